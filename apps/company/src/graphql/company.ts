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
  mutation PublishPlace($input: PlaceInput!) {
    publishPlace(input: $input) {
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
    }
  }
`);

export const respondToMatchMutation = graphql(`
  mutation RespondToMatch(
    $placementId: ID!
    $accept: Boolean!
    $declineReason: DeclineReason
    $declineExplanation: String
    $idempotencyKey: String
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
