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
    "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      municipality {\n        code\n      }\n      accreditations {\n        id\n        status\n        since\n        reassessmentDue\n        qualification {\n          crebo\n          name\n          level\n        }\n        equivalentQualifications {\n          crebo\n          name\n        }\n        history {\n          status\n          at\n          reason\n        }\n      }\n      places {\n        ...PlaceFields\n      }\n    }\n  }\n": typeof types.MyCompanyDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    title\n    description\n    pathway\n    level\n    capacity\n    startsOn\n    endsOn\n    municipality {\n      code\n    }\n    address\n    city\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    inclusiveMarkers\n    status\n    closedReason\n    seatsTaken\n    qualification {\n      crebo\n      name\n      level\n    }\n  }\n": typeof types.PlaceFieldsFragmentDoc,
    "\n  mutation PublishPlace($input: PlaceInput!) {\n    publishPlace(input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.PublishPlaceDocument,
    "\n  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n    updatePlace(id: $id, input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.UpdatePlaceDocument,
    "\n  mutation ClosePlace($id: ID!, $reason: String!) {\n    closePlace(id: $id, reason: $reason) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.ClosePlaceDocument,
    "\n  mutation ReopenPlace($id: ID!) {\n    reopenPlace(id: $id) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.ReopenPlaceDocument,
    "\n  query MyMatches {\n    myMatches {\n      id\n      status\n      confirmedAt\n      respondedAt\n      declineReason\n      declineExplanation\n      student {\n        id\n        givenName\n        familyName\n        email\n        level\n        pathway\n        qualification {\n          name\n        }\n      }\n      place {\n        id\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  mutation RespondToMatch(\n    $placementId: ID!\n    $accept: Boolean!\n    $declineReason: DeclineReason\n    $declineExplanation: String\n    $idempotencyKey: String\n  ) {\n    respondToMatch(\n      placementId: $placementId\n      accept: $accept\n      declineReason: $declineReason\n      declineExplanation: $declineExplanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.RespondToMatchDocument,
};
const documents: Documents = {
    "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      municipality {\n        code\n      }\n      accreditations {\n        id\n        status\n        since\n        reassessmentDue\n        qualification {\n          crebo\n          name\n          level\n        }\n        equivalentQualifications {\n          crebo\n          name\n        }\n        history {\n          status\n          at\n          reason\n        }\n      }\n      places {\n        ...PlaceFields\n      }\n    }\n  }\n": types.MyCompanyDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    title\n    description\n    pathway\n    level\n    capacity\n    startsOn\n    endsOn\n    municipality {\n      code\n    }\n    address\n    city\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    inclusiveMarkers\n    status\n    closedReason\n    seatsTaken\n    qualification {\n      crebo\n      name\n      level\n    }\n  }\n": types.PlaceFieldsFragmentDoc,
    "\n  mutation PublishPlace($input: PlaceInput!) {\n    publishPlace(input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.PublishPlaceDocument,
    "\n  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n    updatePlace(id: $id, input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.UpdatePlaceDocument,
    "\n  mutation ClosePlace($id: ID!, $reason: String!) {\n    closePlace(id: $id, reason: $reason) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.ClosePlaceDocument,
    "\n  mutation ReopenPlace($id: ID!) {\n    reopenPlace(id: $id) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.ReopenPlaceDocument,
    "\n  query MyMatches {\n    myMatches {\n      id\n      status\n      confirmedAt\n      respondedAt\n      declineReason\n      declineExplanation\n      student {\n        id\n        givenName\n        familyName\n        email\n        level\n        pathway\n        qualification {\n          name\n        }\n      }\n      place {\n        id\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.MyMatchesDocument,
    "\n  mutation RespondToMatch(\n    $placementId: ID!\n    $accept: Boolean!\n    $declineReason: DeclineReason\n    $declineExplanation: String\n    $idempotencyKey: String\n  ) {\n    respondToMatch(\n      placementId: $placementId\n      accept: $accept\n      declineReason: $declineReason\n      declineExplanation: $declineExplanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.RespondToMatchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      municipality {\n        code\n      }\n      accreditations {\n        id\n        status\n        since\n        reassessmentDue\n        qualification {\n          crebo\n          name\n          level\n        }\n        equivalentQualifications {\n          crebo\n          name\n        }\n        history {\n          status\n          at\n          reason\n        }\n      }\n      places {\n        ...PlaceFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceFields on Place {\n    id\n    title\n    description\n    pathway\n    level\n    capacity\n    startsOn\n    endsOn\n    municipality {\n      code\n    }\n    address\n    city\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    inclusiveMarkers\n    status\n    closedReason\n    seatsTaken\n    qualification {\n      crebo\n      name\n      level\n    }\n  }\n"): typeof import('./graphql').PlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlace($input: PlaceInput!) {\n    publishPlace(input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').PublishPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n    updatePlace(id: $id, input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').UpdatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePlace($id: ID!, $reason: String!) {\n    closePlace(id: $id, reason: $reason) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ClosePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPlace($id: ID!) {\n    reopenPlace(id: $id) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ReopenPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatches {\n    myMatches {\n      id\n      status\n      confirmedAt\n      respondedAt\n      declineReason\n      declineExplanation\n      student {\n        id\n        givenName\n        familyName\n        email\n        level\n        pathway\n        qualification {\n          name\n        }\n      }\n      place {\n        id\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): typeof import('./graphql').MyMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch(\n    $placementId: ID!\n    $accept: Boolean!\n    $declineReason: DeclineReason\n    $declineExplanation: String\n    $idempotencyKey: String\n  ) {\n    respondToMatch(\n      placementId: $placementId\n      accept: $accept\n      declineReason: $declineReason\n      declineExplanation: $declineExplanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').RespondToMatchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
