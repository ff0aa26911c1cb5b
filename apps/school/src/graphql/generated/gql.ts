/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MatchingRounds {\n    matchingRounds {\n      id\n      name\n      status\n      periodStart\n      periodEnd\n      createdAt\n      progress {\n        students\n        studentsWithChoices\n        matched\n        unmatched\n      }\n    }\n  }\n": typeof types.MatchingRoundsDocument,
    "\n  fragment RoundPlace on Place {\n    id\n    title\n    city\n    startsOn\n    endsOn\n    capacity\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n": typeof types.RoundPlaceFragmentDoc,
    "\n  query MatchingRound($id: ID!) {\n    matchingRound(id: $id) {\n      id\n      name\n      status\n      periodStart\n      periodEnd\n      seed\n      ranAt\n      confirmedAt\n      progress {\n        status\n        students\n        studentsWithChoices\n        matched\n        unmatched\n        adjusted\n        droppedAtConfirmation\n      }\n      students {\n        requestsAccessiblePlace\n        student {\n          id\n          givenName\n          familyName\n          level\n          pathway\n          qualification {\n            crebo\n            name\n          }\n        }\n        choices {\n          ...RoundPlace\n        }\n      }\n      results {\n        student {\n          id\n        }\n        place {\n          ...RoundPlace\n        }\n        rank\n        adjusted\n        adjustmentReason\n        droppedAtConfirmation\n        explanation {\n          assignedRank\n          reason\n          betterChoicesFull {\n            ...RoundPlace\n          }\n          notEligibleChoices {\n            ...RoundPlace\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatchingRoundDocument,
    "\n  query EligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...RoundPlace\n      }\n      hasNextPage\n    }\n  }\n": typeof types.EligiblePlacesDocument,
    "\n  mutation CreateMatchingRound($input: CreateMatchingRoundInput!) {\n    createMatchingRound(input: $input) {\n      __typename\n      ... on MatchingRound {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.CreateMatchingRoundDocument,
    "\n  mutation SubmitChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $requestsAccessiblePlace: Boolean!) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.SubmitChoicesDocument,
    "\n  mutation RunMatchingRound($roundId: ID!) {\n    runMatchingRound(roundId: $roundId) {\n      __typename\n      ... on MatchingRound {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.RunMatchingRoundDocument,
    "\n  mutation AdjustMatch($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {\n    adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {\n      __typename\n      ... on MatchResult {\n        adjusted\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.AdjustMatchDocument,
    "\n  mutation ConfirmMatchingRound($roundId: ID!, $idempotencyKey: String!) {\n    confirmMatchingRound(roundId: $roundId, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on MatchingRoundConfirmation {\n        message\n        placements {\n          id\n        }\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.ConfirmMatchingRoundDocument,
    "\n  query SchoolStudents($institutionId: ID!) {\n    institution(id: $institutionId) {\n      id\n      name\n      students {\n        id\n        givenName\n        familyName\n        level\n        pathway\n        cohort\n        placementStatus\n        needsPlacement\n        qualification {\n          crebo\n          name\n        }\n        placement {\n          id\n          place {\n            title\n          }\n          company {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolStudentsDocument,
};
const documents: Documents = {
    "\n  query MatchingRounds {\n    matchingRounds {\n      id\n      name\n      status\n      periodStart\n      periodEnd\n      createdAt\n      progress {\n        students\n        studentsWithChoices\n        matched\n        unmatched\n      }\n    }\n  }\n": types.MatchingRoundsDocument,
    "\n  fragment RoundPlace on Place {\n    id\n    title\n    city\n    startsOn\n    endsOn\n    capacity\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n": types.RoundPlaceFragmentDoc,
    "\n  query MatchingRound($id: ID!) {\n    matchingRound(id: $id) {\n      id\n      name\n      status\n      periodStart\n      periodEnd\n      seed\n      ranAt\n      confirmedAt\n      progress {\n        status\n        students\n        studentsWithChoices\n        matched\n        unmatched\n        adjusted\n        droppedAtConfirmation\n      }\n      students {\n        requestsAccessiblePlace\n        student {\n          id\n          givenName\n          familyName\n          level\n          pathway\n          qualification {\n            crebo\n            name\n          }\n        }\n        choices {\n          ...RoundPlace\n        }\n      }\n      results {\n        student {\n          id\n        }\n        place {\n          ...RoundPlace\n        }\n        rank\n        adjusted\n        adjustmentReason\n        droppedAtConfirmation\n        explanation {\n          assignedRank\n          reason\n          betterChoicesFull {\n            ...RoundPlace\n          }\n          notEligibleChoices {\n            ...RoundPlace\n          }\n        }\n      }\n    }\n  }\n": types.MatchingRoundDocument,
    "\n  query EligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...RoundPlace\n      }\n      hasNextPage\n    }\n  }\n": types.EligiblePlacesDocument,
    "\n  mutation CreateMatchingRound($input: CreateMatchingRoundInput!) {\n    createMatchingRound(input: $input) {\n      __typename\n      ... on MatchingRound {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.CreateMatchingRoundDocument,
    "\n  mutation SubmitChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $requestsAccessiblePlace: Boolean!) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.SubmitChoicesDocument,
    "\n  mutation RunMatchingRound($roundId: ID!) {\n    runMatchingRound(roundId: $roundId) {\n      __typename\n      ... on MatchingRound {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.RunMatchingRoundDocument,
    "\n  mutation AdjustMatch($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {\n    adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {\n      __typename\n      ... on MatchResult {\n        adjusted\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.AdjustMatchDocument,
    "\n  mutation ConfirmMatchingRound($roundId: ID!, $idempotencyKey: String!) {\n    confirmMatchingRound(roundId: $roundId, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on MatchingRoundConfirmation {\n        message\n        placements {\n          id\n        }\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.ConfirmMatchingRoundDocument,
    "\n  query SchoolStudents($institutionId: ID!) {\n    institution(id: $institutionId) {\n      id\n      name\n      students {\n        id\n        givenName\n        familyName\n        level\n        pathway\n        cohort\n        placementStatus\n        needsPlacement\n        qualification {\n          crebo\n          name\n        }\n        placement {\n          id\n          place {\n            title\n          }\n          company {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SchoolStudentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingRounds {\n    matchingRounds {\n      id\n      name\n      status\n      periodStart\n      periodEnd\n      createdAt\n      progress {\n        students\n        studentsWithChoices\n        matched\n        unmatched\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundPlace on Place {\n    id\n    title\n    city\n    startsOn\n    endsOn\n    capacity\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n"): typeof import('./graphql').RoundPlaceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingRound($id: ID!) {\n    matchingRound(id: $id) {\n      id\n      name\n      status\n      periodStart\n      periodEnd\n      seed\n      ranAt\n      confirmedAt\n      progress {\n        status\n        students\n        studentsWithChoices\n        matched\n        unmatched\n        adjusted\n        droppedAtConfirmation\n      }\n      students {\n        requestsAccessiblePlace\n        student {\n          id\n          givenName\n          familyName\n          level\n          pathway\n          qualification {\n            crebo\n            name\n          }\n        }\n        choices {\n          ...RoundPlace\n        }\n      }\n      results {\n        student {\n          id\n        }\n        place {\n          ...RoundPlace\n        }\n        rank\n        adjusted\n        adjustmentReason\n        droppedAtConfirmation\n        explanation {\n          assignedRank\n          reason\n          betterChoicesFull {\n            ...RoundPlace\n          }\n          notEligibleChoices {\n            ...RoundPlace\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...RoundPlace\n      }\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').EligiblePlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatchingRound($input: CreateMatchingRoundInput!) {\n    createMatchingRound(input: $input) {\n      __typename\n      ... on MatchingRound {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateMatchingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $requestsAccessiblePlace: Boolean!) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMatchingRound($roundId: ID!) {\n    runMatchingRound(roundId: $roundId) {\n      __typename\n      ... on MatchingRound {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').RunMatchingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustMatch($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {\n    adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {\n      __typename\n      ... on MatchResult {\n        adjusted\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').AdjustMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMatchingRound($roundId: ID!, $idempotencyKey: String!) {\n    confirmMatchingRound(roundId: $roundId, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on MatchingRoundConfirmation {\n        message\n        placements {\n          id\n        }\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmMatchingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolStudents($institutionId: ID!) {\n    institution(id: $institutionId) {\n      id\n      name\n      students {\n        id\n        givenName\n        familyName\n        level\n        pathway\n        cohort\n        placementStatus\n        needsPlacement\n        qualification {\n          crebo\n          name\n        }\n        placement {\n          id\n          place {\n            title\n          }\n          company {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SchoolStudentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
