import { graphql } from './generated/index.ts';

// The company and its places: what it may offer (accreditations) and the places it publishes.

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
        ...AccreditationFields
        qualification {
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
    expired
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
      ...UserErrorFields
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
      ...UserErrorFields
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
      ...UserErrorFields
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
      ...UserErrorFields
    }
  }
`);

/** Students matched to this company, only after their institution confirmed. */
