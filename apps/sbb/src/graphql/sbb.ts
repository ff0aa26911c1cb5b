import { graphql } from './generated/index.ts';

/** SBB's case list: every open case with its deadlines, without the content of the report (that is read, and logged, per case). */
export const casesQuery = graphql(`
  query SbbCases($includeClosed: Boolean) {
    sbbCases(includeClosed: $includeClosed) {
      id
      status
      statusLabel
      receivedAt
      ageInDays
      acknowledgeDueOn
      acknowledgeOverdue
      decisionLabel
      company {
        id
        name
      }
    }
  }
`);

/** One case with its report: every read is recorded in the audit log by the reports service. */
export const caseQuery = graphql(`
  query SbbCase($id: ID!) {
    sbbCase(id: $id) {
      id
      status
      statusLabel
      receivedAt
      ageInDays
      acknowledgeDueOn
      acknowledgedAt
      acknowledgeOverdue
      decisionLabel
      decidedAt
      motivation
      company {
        id
        name
        accreditations {
          id
          status
          qualification {
            crebo
            name
          }
        }
      }
      statements {
        party
        partyLabel
        givenOn
        source
        summary
      }
      agreements {
        ...ImprovementAgreementFields
      }
      report {
        id
        kind
        kindLabel
        moment
        momentLabel
        occurredOn
        channel
        anonymous
        description
        grounds {
          code
          label
        }
      }
    }
  }
`);

export const acknowledgeMutation = graphql(`
  mutation SbbAcknowledgeCase($caseId: ID!) {
    acknowledgeCase(caseId: $caseId) {
      __typename
      ... on SbbCaseSummary {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

export const investigateMutation = graphql(`
  mutation SbbStartInvestigation($caseId: ID!) {
    startCaseInvestigation(caseId: $caseId) {
      __typename
      ... on SbbCaseSummary {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

/** Accreditations past (or near) their four-yearly reassessment: SBB plans each one. */
export const reassessmentsQuery = graphql(`
  query SbbReassessments($withinDays: Int) {
    accreditationsDueForReassessment(withinDays: $withinDays) {
      ...AccreditationFields
      company {
        id
        name
      }
    }
  }
`);

export const startHearingMutation = graphql(`
  mutation SbbStartHearing($caseId: ID!) {
    startCaseHearing(caseId: $caseId) {
      __typename
      ...UserErrorFields
    }
  }
`);

export const recordStatementMutation = graphql(`
  mutation SbbRecordStatement(
    $caseId: ID!
    $party: HearingParty!
    $givenOn: Date!
    $source: String!
    $summary: String!
  ) {
    recordCaseStatement(caseId: $caseId, party: $party, givenOn: $givenOn, source: $source, summary: $summary) {
      __typename
      ...UserErrorFields
    }
  }
`);

export const decideCaseMutation = graphql(`
  mutation SbbDecideCase($caseId: ID!, $input: CaseDecisionInput!) {
    decideCase(caseId: $caseId, input: $input) {
      __typename
      ...UserErrorFields
    }
  }
`);

export const assessAgreementMutation = graphql(`
  mutation SbbAssessAgreement($agreementId: ID!, $fulfilled: Boolean!, $note: String!) {
    assessImprovementAgreement(agreementId: $agreementId, fulfilled: $fulfilled, note: $note) {
      __typename
      ...UserErrorFields
    }
  }
`);

export const closeCaseMutation = graphql(`
  mutation SbbCloseCase($caseId: ID!) {
    closeCase(caseId: $caseId) {
      __typename
      ...UserErrorFields
    }
  }
`);

/** Who read this case's details, when, and which fields (the reads themselves are logged by the service). */
export const caseAuditQuery = graphql(`
  query SbbCaseAudit($caseId: ID!) {
    caseAuditLog(caseId: $caseId) {
      at
      subject
      role
      action
      entity
      fields
    }
  }
`);
