import { graphql } from './generated/index.ts';

/** Issue 10 (students): the school's meldpunt, reporting, and following a report with the receipt code. */
export const reportStartQuery = graphql(`
  query StudentReportStart {
    me {
      id
      institution {
        id
        name
        reportDesk {
          available
          ...ReportDeskFields
        }
      }
    }
    reportAlternatives {
      name
      description
      url
    }
    ...ReportFormOptions
    myReports {
      id
      kind
      statusLabel
      receivedAt
      channel
      company {
        name
      }
    }
  }
`);

export const submitReportMutation = graphql(`
  mutation StudentSubmitReport($input: SubmitReportInput!, $idempotencyKey: IdempotencyKey!) {
    submitReport(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on ReportReceipt {
        receiptCode
        progress {
          statusLabel
        }
      }
      ...UserErrorFields
    }
  }
`);

export const reportByReceiptQuery = graphql(`
  query StudentReportByReceipt($code: String!) {
    reportByReceipt(code: $code) {
      status
      statusLabel
      channel
      receivedAt
      forwardedAt
      history {
        status
        statusLabel
        at
      }
    }
  }
`);
