import { graphql } from './generated/index.ts';

/** The company the logged-in person works for: its accreditations (with history) and its places. */
export const myCompanyQuery = graphql(`
  query MyCompany {
    myCompany {
      id
      name
      kvkNumber
      municipality {
        code
      }
      accreditations {
        id
        status
        since
        reassessmentDue
        qualification {
          crebo
          name
          level
        }
        equivalentQualifications {
          crebo
          name
        }
        history {
          status
          at
          reason
        }
      }
      places {
        ...PlaceFields
      }
    }
  }
`);

export const placeFieldsFragment = graphql(`
  fragment PlaceFields on Place {
    id
    title
    description
    pathway
    level
    capacity
    startsOn
    endsOn
    municipality {
      code
    }
    address
    city
    hoursPerWeek
    expenseAllowance
    internshipWage
    inclusiveMarkers
    status
    closedReason
    seatsTaken
    qualification {
      crebo
      name
      level
    }
  }
`);

export const publishPlaceMutation = graphql(`
  mutation PublishPlace($input: PlaceInput!, $idempotencyKey: IdempotencyKey!) {
    publishPlace(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Place {
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

export const updatePlaceMutation = graphql(`
  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {
    updatePlace(id: $id, input: $input) {
      __typename
      ... on Place {
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

export const closePlaceMutation = graphql(`
  mutation ClosePlace($id: ID!, $reason: String!) {
    closePlace(id: $id, reason: $reason) {
      __typename
      ... on Place {
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

export const reopenPlaceMutation = graphql(`
  mutation ReopenPlace($id: ID!) {
    reopenPlace(id: $id) {
      __typename
      ... on Place {
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

/** Students matched to this company, only after their institution confirmed. */
export const myMatchesQuery = graphql(`
  query MyMatches {
    myMatches {
      id
      status
      confirmedAt
      respondedAt
      declineReason
      declineExplanation
      student {
        id
        givenName
        familyName
        email
        level
        pathway
        qualification {
          name
        }
      }
      place {
        id
        title
        startsOn
        endsOn
      }
      agreement {
        id
        status
        version
        requiredParties
        signatures {
          party
          version
          signedBy
          signedAt
        }
      }
    }
  }
`);

export const respondToMatchMutation = graphql(`
  mutation RespondToMatch(
    $placementId: ID!
    $accept: Boolean!
    $declineReason: DeclineReason
    $declineExplanation: String
    $idempotencyKey: IdempotencyKey
  ) {
    respondToMatch(
      placementId: $placementId
      accept: $accept
      declineReason: $declineReason
      declineExplanation: $declineExplanation
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on Placement {
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

/**
 * The company's placements with what the company must follow up: the agreement's signatures,
 * the contact moments and whether the allowances are paid.
 */
export const myPlacementsQuery = graphql(`
  query MyPlacements {
    myMatches {
      id
      status
      student {
        id
        givenName
        familyName
        email
        level
        pathway
        qualification {
          name
        }
      }
      place {
        id
        title
        startsOn
        endsOn
      }
      company {
        id
        name
      }
      agreement {
        id
        status
        version
        requiredParties
        signatures {
          party
          version
          signedBy
          signedAt
        }
        contactMoments {
          id
          kind
          plannedOn
          plannedMode
          heldOn
          heldMode
        }
        contactMomentExceptions {
          reason
        }
        allowanceStatus {
          upToDate
          missingMonths
        }
      }
    }
  }
`);

/** One placement of the company (only after the institution confirmed it): the header of its page. */
export const companyPlacementQuery = graphql(`
  query CompanyPlacement($placementId: ID!) {
    placement(id: $placementId) {
      id
      status
      student {
        id
        givenName
        familyName
        email
        level
        pathway
        qualification {
          name
        }
      }
      place {
        id
        title
        startsOn
        endsOn
      }
      company {
        id
        name
      }
      agreement {
        id
      }
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
    $idempotencyKey: IdempotencyKey
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
