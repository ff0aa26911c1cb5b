import { graphql } from './generated/index.ts';

/** One placement of an own student, with the student and the place (what the company sees too, and the history). */
export const schoolPlacementQuery = graphql(`
  query SchoolPlacement($placementId: ID!) {
    placement(id: $placementId) {
      id
      status
      confirmedAt
      respondedAt
      respondedBy
      declineReason
      declineExplanation
      needsReplacement
      history {
        what
        by
        at
        detail
      }
      student {
        id
        givenName
        familyName
        email
        level
        pathway
        qualification {
          crebo
          name
        }
      }
      institution {
        id
        name
      }
      place {
        id
        title
        city
        address
        startsOn
        endsOn
        hoursPerWeek
        expenseAllowance
        internshipWage
      }
      company {
        id
        name
      }
      agreement {
        id
        status
      }
    }
  }
`);

/** The student's date of birth, for the guardian rule: only the student record has it, never the placement. */
export const studentBirthQuery = graphql(`
  query StudentBirth($id: ID!) {
    student(id: $id) {
      id
      dateOfBirth
    }
  }
`);

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
    supersededBy
    createdBy
    history {
      what
      party
      by
      at
      version
      detail
    }
    allowancePayments {
      id
      month
      kind
      amount
      recordedBy
      recordedAt
    }
    allowanceStatus {
      agreedMonthly
      paidMonths
      missingMonths
      upToDate
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
  }
`);

export const agreementQuery = graphql(`
  query SchoolAgreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementFields
    }
  }
`);

export const placementsMissingContactMomentsQuery = graphql(`
  query PlacementsMissingContactMoments {
    placementsMissingContactMoments {
      missing
      missingKinds
      missingInPerson
      agreement {
        id
        status
        startsOn
        endsOn
      }
      placement {
        id
        student {
          id
          givenName
          familyName
        }
        company {
          name
        }
        place {
          title
        }
      }
    }
  }
`);

export const draftAgreementMutation = graphql(`
  mutation DraftAgreement($placementId: ID!, $input: AgreementInput!, $idempotencyKey: IdempotencyKey!) {
    draftAgreement(placementId: $placementId, input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Agreement {
        id
        status
        version
      }
      ... on UserError {
        message
        code
        field
      }
    }
  }
`);

export const signAgreementMutation = graphql(`
  mutation SignAgreement($agreementId: ID!, $party: AgreementParty!, $note: String, $idempotencyKey: IdempotencyKey) {
    signAgreement(agreementId: $agreementId, party: $party, note: $note, idempotencyKey: $idempotencyKey) {
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
      }
      ... on UserError {
        message
        code
        field
      }
    }
  }
`);

export const recordContactMomentExceptionMutation = graphql(`
  mutation RecordContactMomentException(
    $agreementId: ID!
    $reason: ContactMomentExceptionReason!
    $explanation: String!
  ) {
    recordContactMomentException(agreementId: $agreementId, reason: $reason, explanation: $explanation) {
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
