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
    "\n  query StudentPlaceDetails($id: ID!) {\n    place(id: $id) {\n      id\n      title\n      description\n      pathway\n      level\n      qualification {\n        crebo\n        name\n      }\n      startsOn\n      endsOn\n      hoursPerWeek\n      expenseAllowance\n      internshipWage\n      address\n      city\n      municipality {\n        name\n      }\n      status\n      inclusiveMarkers\n      company {\n        name\n      }\n    }\n  }\n": typeof types.StudentPlaceDetailsDocument,
    "\n  query StudentMyPlacement {\n    me {\n      id\n      givenName\n      familyName\n      level\n      pathway\n      placementStatus\n      qualification {\n        crebo\n        name\n      }\n      institution {\n        id\n        name\n      }\n      placement {\n        id\n        status\n        needsReplacement\n        respondBy\n        responseOverdue\n        company {\n          name\n        }\n        place {\n          id\n          title\n          city\n          startsOn\n          endsOn\n        }\n        agreement {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": typeof types.StudentMyPlacementDocument,
    "\n  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Agreement {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.StudentSignAgreementDocument,
    "\n  fragment StudentPlace on Place {\n    id\n    title\n    city\n    startsOn\n    endsOn\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n": typeof types.StudentPlaceFragmentDoc,
    "\n  query StudentMyRounds {\n    me {\n      id\n      level\n      pathway\n      placementStatus\n      placement {\n        id\n        place {\n          id\n        }\n      }\n      qualification {\n        crebo\n        name\n      }\n      matchingRounds {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n        maxChoices\n        requestsAccessiblePlace\n        choicesSubmittedAt\n        confirmedAt\n        choices {\n          rank\n          place {\n            ...StudentPlace\n          }\n        }\n        outcome {\n          rank\n          reason\n          place {\n            ...StudentPlace\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudentMyRoundsDocument,
    "\n  query StudentEligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...StudentPlace\n      }\n      hasNextPage\n    }\n  }\n": typeof types.StudentEligiblePlacesDocument,
    "\n  mutation StudentSubmitChoices(\n    $roundId: ID!\n    $studentId: ID!\n    $placeIds: [ID!]!\n    $requestsAccessiblePlace: Boolean!\n  ) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": typeof types.StudentSubmitChoicesDocument,
    "\n  query StudentTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n": typeof types.StudentTasksDocument,
    "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}": typeof types.AgreementFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query StudentPlaceDetails($id: ID!) {\n    place(id: $id) {\n      id\n      title\n      description\n      pathway\n      level\n      qualification {\n        crebo\n        name\n      }\n      startsOn\n      endsOn\n      hoursPerWeek\n      expenseAllowance\n      internshipWage\n      address\n      city\n      municipality {\n        name\n      }\n      status\n      inclusiveMarkers\n      company {\n        name\n      }\n    }\n  }\n": types.StudentPlaceDetailsDocument,
    "\n  query StudentMyPlacement {\n    me {\n      id\n      givenName\n      familyName\n      level\n      pathway\n      placementStatus\n      qualification {\n        crebo\n        name\n      }\n      institution {\n        id\n        name\n      }\n      placement {\n        id\n        status\n        needsReplacement\n        respondBy\n        responseOverdue\n        company {\n          name\n        }\n        place {\n          id\n          title\n          city\n          startsOn\n          endsOn\n        }\n        agreement {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": types.StudentMyPlacementDocument,
    "\n  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Agreement {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.StudentSignAgreementDocument,
    "\n  fragment StudentPlace on Place {\n    id\n    title\n    city\n    startsOn\n    endsOn\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n": types.StudentPlaceFragmentDoc,
    "\n  query StudentMyRounds {\n    me {\n      id\n      level\n      pathway\n      placementStatus\n      placement {\n        id\n        place {\n          id\n        }\n      }\n      qualification {\n        crebo\n        name\n      }\n      matchingRounds {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n        maxChoices\n        requestsAccessiblePlace\n        choicesSubmittedAt\n        confirmedAt\n        choices {\n          rank\n          place {\n            ...StudentPlace\n          }\n        }\n        outcome {\n          rank\n          reason\n          place {\n            ...StudentPlace\n          }\n        }\n      }\n    }\n  }\n": types.StudentMyRoundsDocument,
    "\n  query StudentEligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...StudentPlace\n      }\n      hasNextPage\n    }\n  }\n": types.StudentEligiblePlacesDocument,
    "\n  mutation StudentSubmitChoices(\n    $roundId: ID!\n    $studentId: ID!\n    $placeIds: [ID!]!\n    $requestsAccessiblePlace: Boolean!\n  ) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n": types.StudentSubmitChoicesDocument,
    "\n  query StudentTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n": types.StudentTasksDocument,
    "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}": types.AgreementFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentPlaceDetails($id: ID!) {\n    place(id: $id) {\n      id\n      title\n      description\n      pathway\n      level\n      qualification {\n        crebo\n        name\n      }\n      startsOn\n      endsOn\n      hoursPerWeek\n      expenseAllowance\n      internshipWage\n      address\n      city\n      municipality {\n        name\n      }\n      status\n      inclusiveMarkers\n      company {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StudentPlaceDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentMyPlacement {\n    me {\n      id\n      givenName\n      familyName\n      level\n      pathway\n      placementStatus\n      qualification {\n        crebo\n        name\n      }\n      institution {\n        id\n        name\n      }\n      placement {\n        id\n        status\n        needsReplacement\n        respondBy\n        responseOverdue\n        company {\n          name\n        }\n        place {\n          id\n          title\n          city\n          startsOn\n          endsOn\n        }\n        agreement {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudentMyPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Agreement {\n        id\n        status\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').StudentSignAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudentPlace on Place {\n    id\n    title\n    city\n    startsOn\n    endsOn\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n"): typeof import('./graphql').StudentPlaceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentMyRounds {\n    me {\n      id\n      level\n      pathway\n      placementStatus\n      placement {\n        id\n        place {\n          id\n        }\n      }\n      qualification {\n        crebo\n        name\n      }\n      matchingRounds {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n        maxChoices\n        requestsAccessiblePlace\n        choicesSubmittedAt\n        confirmedAt\n        choices {\n          rank\n          place {\n            ...StudentPlace\n          }\n        }\n        outcome {\n          rank\n          reason\n          place {\n            ...StudentPlace\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudentMyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentEligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...StudentPlace\n      }\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').StudentEligiblePlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudentSubmitChoices(\n    $roundId: ID!\n    $studentId: ID!\n    $placeIds: [ID!]!\n    $requestsAccessiblePlace: Boolean!\n  ) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ... on UserError {\n        message\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').StudentSubmitChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n"): typeof import('./graphql').StudentTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}"): typeof import('./graphql').AgreementFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
