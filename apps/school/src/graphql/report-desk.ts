import { graphql } from './generated/index.ts';

/** Issue 10 (school): the institution's own meldpunt and the reports that came in there. */
export const reportDeskQuery = graphql(`
  query SchoolReportDesk($institutionId: ID!) {
    institution(id: $institutionId) {
      id
      name
      reportDesk {
        ...ReportDeskFields
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

/** What the desk needs to write down a report on a student's behalf. */
export const deskRegistrationQuery = graphql(`
  query SchoolDeskRegistration {
    ...ReportFormOptions
  }
`);

export const registerReportMutation = graphql(`
  mutation SchoolRegisterReport($input: RegisterReportInput!, $idempotencyKey: IdempotencyKey!) {
    registerReport(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on ReportReceipt {
        receiptCode
      }
      ...UserErrorFields
    }
  }
`);

/** One desk report in full, with its notes: every read is recorded in the audit log. */
export const deskReportQuery = graphql(`
  query SchoolDeskReport($id: ID!) {
    report(id: $id) {
      id
      kindLabel
      momentLabel
      occurredOn
      description
      statusLabel
      notes {
        at
        text
        by {
          roleLabel
        }
      }
    }
  }
`);

export const addReportNoteMutation = graphql(`
  mutation SchoolAddReportNote($reportId: ID!, $text: String!) {
    addReportNote(reportId: $reportId, text: $text) {
      __typename
      ...UserErrorFields
    }
  }
`);
