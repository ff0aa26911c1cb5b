import { graphql } from './generated/index.ts';

/** Issue 10 (company): the SBB cases about the own company, without the reporter; statements and agreements. */
export const companyCasesQuery = graphql(`
  query CompanyCases {
    companyCases {
      id
      status
      statusLabel
      receivedAt
      kind
      kindLabel
      moment
      momentLabel
      grounds {
        label
      }
      occurredInMonth
      mayGiveStatement
      ownStatements {
        givenOn
        summary
      }
      decisionLabel
      motivation
      agreements {
        ...ImprovementAgreementFields
        companyReportedAt
        assessment
      }
    }
  }
`);

export const giveStatementMutation = graphql(`
  mutation CompanyGiveStatement($caseId: ID!, $text: String!) {
    giveCaseStatement(caseId: $caseId, text: $text) {
      __typename
      ...UserErrorFields
    }
  }
`);

export const reportFulfilmentMutation = graphql(`
  mutation CompanyReportFulfilment($agreementId: ID!, $text: String!) {
    reportAgreementFulfilment(agreementId: $agreementId, text: $text) {
      __typename
      ...UserErrorFields
    }
  }
`);
