import { graphql } from './generated/index.ts';

export const agreementFieldsFragment = graphql(`
  fragment AgreementFields on Agreement {
    id
    status
    version
    pathway
    startsOn
    endsOn
    hoursPerWeek
    practicalTrainerName
    practicalTrainerEmail
    workProcesses
    assessment
    dissolutionTerms
    supervisionFrequency
    expenseAllowance
    internshipWage
    guardianRequired
    guardianName
    requiredParties
    signatures {
      party
      signedBy
      signedAt
      version
      note
    }
    signedAt
    history {
      what
      party
      by
      at
      version
      detail
    }
    contactMoments {
      id
      kind
      plannedOn
      plannedMode
      plannedBy
      heldOn
      heldMode
      notes
      recordedBy
      recordedAt
    }
    contactMomentExceptions {
      reason
      explanation
      recordedBy
      recordedAt
    }
    allowanceStatus {
      agreedMonthly
      paidMonths
      missingMonths
      upToDate
    }
    allowancePayments {
      id
      month
      kind
      amount
      recordedBy
      recordedAt
    }
  }
`);

/** One agreement in full: content, signatures, history, contact moments and allowances. */
export const agreementQuery = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementFields
    }
  }
`);

export const signAgreementMutation = graphql(`
  mutation SignAgreement($agreementId: ID!, $party: AgreementParty!, $idempotencyKey: IdempotencyKey) {
    signAgreement(agreementId: $agreementId, party: $party, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Agreement {
        id
        status
      }
      ... on UserError {
        message
        code
        field
      }
    }
  }
`);

export const planContactMomentMutation = graphql(`
  mutation PlanContactMoment(
    $agreementId: ID!
    $kind: ContactMomentKind!
    $plannedOn: Date!
    $mode: ContactMode!
    $idempotencyKey: IdempotencyKey!
  ) {
    planContactMoment(
      agreementId: $agreementId
      kind: $kind
      plannedOn: $plannedOn
      mode: $mode
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on ContactMoment {
        id
      }
      ... on UserError {
        message
        code
        field
      }
    }
  }
`);

export const recordContactMomentMutation = graphql(`
  mutation RecordContactMoment($contactMomentId: ID!, $heldOn: Date!, $mode: ContactMode!, $notes: String) {
    recordContactMoment(contactMomentId: $contactMomentId, heldOn: $heldOn, mode: $mode, notes: $notes) {
      __typename
      ... on ContactMoment {
        id
        heldOn
      }
      ... on UserError {
        message
        code
        field
      }
    }
  }
`);

export const recordAllowancePaymentMutation = graphql(`
  mutation RecordAllowancePayment(
    $agreementId: ID!
    $month: String!
    $amount: Money!
    $kind: AllowanceKind!
    $idempotencyKey: IdempotencyKey!
  ) {
    recordAllowancePayment(
      agreementId: $agreementId
      month: $month
      amount: $amount
      kind: $kind
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on Agreement {
        id
      }
      ... on UserError {
        message
        code
        field
      }
    }
  }
`);
