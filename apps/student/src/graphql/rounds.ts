import { graphql } from './generated/index.ts';

export const studentPlaceFragment = graphql(`
  fragment StudentPlace on Place {
    ...RoundPlaceFields
  }
`);

/**
 * The rounds the logged-in student takes part in: own choices, and the own outcome only after the
 * institution confirmed the round (the back end leaves it empty before that). The placement status is
 * the same field "Mijn stage" shows, so both pages say the same about the placement.
 */
export const myRoundsQuery = graphql(`
  query StudentMyRounds {
    me {
      id
      level
      pathway
      placementStatus
      placement {
        id
        place {
          id
        }
      }
      qualification {
        crebo
        name
      }
      matchingRounds {
        id
        name
        status
        periodStart
        periodEnd
        maxChoices
        requestsAccessiblePlace
        choicesSubmittedAt
        confirmedAt
        choices {
          rank
          place {
            ...StudentPlace
          }
        }
        outcome {
          rank
          reason
          place {
            ...StudentPlace
          }
        }
      }
    }
  }
`);

/** Open places that fit the student: same qualification (equivalent codes count), level and pathway. */
export const eligiblePlacesQuery = graphql(`
  query StudentEligiblePlaces($filter: PlaceFilter!) {
    places(filter: $filter, first: 200) {
      places {
        ...StudentPlace
      }
      hasNextPage
    }
  }
`);

export const submitChoicesMutation = graphql(`
  mutation StudentSubmitChoices(
    $roundId: ID!
    $studentId: ID!
    $placeIds: [ID!]!
    $requestsAccessiblePlace: Boolean!
  ) {
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
