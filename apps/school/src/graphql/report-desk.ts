import { graphql } from './generated/index.ts';

/** Issue 10 (school): the institution's own meldpunt and the reports that came in there. */
export const reportDeskQuery = graphql(`
  query SchoolReportDesk($institutionId: ID!) {
    institution(id: $institutionId) {
      id
      name
      reportDesk {
        description
        contactUrl
        email
        phone
        handlers
        availability
        alternatives
        updatedAt
      }
    }
    deskReports {
      id
      kind
      kindLabel
      moment
      momentLabel
      occurredOn
      channel
      anonymous
      statusLabel
      status
      receivedAt
      forwardDueOn
      forwardedAt
      overdue
      company {
        name
      }
      grounds {
        label
      }
    }
  }
`);

export const saveReportDeskMutation = graphql(`
  mutation SchoolSaveReportDesk($input: ReportDeskInput!) {
    saveReportDesk(input: $input) {
      __typename
      ...UserErrorFields
    }
  }
`);

export const forwardReportMutation = graphql(`
  mutation SchoolForwardReport($reportId: ID!) {
    forwardReportToSbb(reportId: $reportId) {
      __typename
      ... on ReportSummary {
        id
        statusLabel
      }
      ...UserErrorFields
    }
  }
`);
