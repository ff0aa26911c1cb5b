import { graphql } from './generated/index.ts';

export const matchingRoundsQuery = graphql(`
  query MatchingRounds {
    matchingRounds {
      id
      name
      status
      periodStart
      periodEnd
      createdAt
      progress {
        students
        studentsWithChoices
        matched
        unmatched
      }
    }
  }
`);

export const roundPlaceFragment = graphql(`
  fragment RoundPlace on Place {
    ...RoundPlaceFields
    capacity
  }
`);

export const matchingRoundQuery = graphql(`
  query MatchingRound($id: ID!) {
    matchingRound(id: $id) {
      id
      name
      status
      periodStart
      periodEnd
      maxChoices
      seed
      ranAt
      confirmedAt
      progress {
        status
        students
        studentsWithChoices
        matched
        unmatched
        adjusted
        droppedAtConfirmation
      }
      students {
        requestsAccessiblePlace
        student {
          id
          givenName
          familyName
          level
          pathway
          qualification {
            crebo
            name
          }
        }
        choices {
          ...RoundPlace
        }
      }
      results {
        student {
          id
        }
        place {
          ...RoundPlace
        }
        rank
        adjusted
        adjustmentReason
        droppedAtConfirmation
        explanation {
          assignedRank
          reason
          betterChoicesFull {
            ...RoundPlace
          }
          notEligibleChoices {
            ...RoundPlace
          }
        }
      }
    }
  }
`);

/** Open places a student may choose: same qualification (equivalent codes count), level and pathway. */
export const eligiblePlacesQuery = graphql(`
  query EligiblePlaces($filter: PlaceFilter!) {
    places(filter: $filter, first: 200) {
      places {
        ...RoundPlace
      }
      hasNextPage
    }
  }
`);

export const createMatchingRoundMutation = graphql(`
  mutation CreateMatchingRound($input: CreateMatchingRoundInput!, $idempotencyKey: IdempotencyKey!) {
    createMatchingRound(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on MatchingRound {
        id
      }
      ...UserErrorFields
    }
  }
`);

export const submitChoicesMutation = graphql(`
  mutation SubmitChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $requestsAccessiblePlace: Boolean!) {
    submitChoices(
      roundId: $roundId
      studentId: $studentId
      placeIds: $placeIds
      requestsAccessiblePlace: $requestsAccessiblePlace
    ) {
      __typename
      ... on MatchingRoundStudent {
        requestsAccessiblePlace
      }
      ...UserErrorFields
    }
  }
`);

export const runMatchingRoundMutation = graphql(`
  mutation RunMatchingRound($roundId: ID!) {
    runMatchingRound(roundId: $roundId) {
      __typename
      ... on MatchingRound {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

export const adjustMatchMutation = graphql(`
  mutation AdjustMatch($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {
    adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {
      __typename
      ... on MatchResult {
        adjusted
      }
      ...UserErrorFields
    }
  }
`);

export const confirmMatchingRoundMutation = graphql(`
  mutation ConfirmMatchingRound($roundId: ID!, $idempotencyKey: IdempotencyKey!) {
    confirmMatchingRound(roundId: $roundId, idempotencyKey: $idempotencyKey) {
      __typename
      ... on MatchingRoundConfirmation {
        message
        placements {
          id
        }
      }
      ...UserErrorFields
    }
  }
`);
