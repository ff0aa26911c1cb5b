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
    "\n  query CompanyCases {\n    companyCases {\n      id\n      status\n      statusLabel\n      receivedAt\n      kind\n      kindLabel\n      moment\n      momentLabel\n      grounds {\n        label\n      }\n      occurredInMonth\n      mayGiveStatement\n      ownStatements {\n        givenOn\n        summary\n      }\n      decisionLabel\n      motivation\n      agreements {\n        ...ImprovementAgreementFields\n        companyReportedAt\n        assessment\n      }\n    }\n  }\n": typeof types.CompanyCasesDocument,
    "\n  mutation CompanyGiveStatement($caseId: ID!, $text: String!) {\n    giveCaseStatement(caseId: $caseId, text: $text) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.CompanyGiveStatementDocument,
    "\n  mutation CompanyReportFulfilment($agreementId: ID!, $text: String!) {\n    reportAgreementFulfilment(agreementId: $agreementId, text: $text) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.CompanyReportFulfilmentDocument,
    "\n  query MyMatches {\n    myMatches {\n      id\n      status\n      confirmedAt\n      respondBy\n      responseOverdue\n      respondedAt\n      declineReason\n      declineExplanation\n      ...CompanyPlacementParties\n      agreement {\n        ...CompanyAgreementSignatures\n      }\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  mutation RespondToMatch(\n    $placementId: ID!\n    $accept: Boolean!\n    $declineReason: DeclineReason\n    $declineExplanation: String\n    $idempotencyKey: IdempotencyKey!\n  ) {\n    respondToMatch(\n      placementId: $placementId\n      accept: $accept\n      declineReason: $declineReason\n      declineExplanation: $declineExplanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  fragment CompanyPlacementParties on Placement {\n    id\n    status\n    student {\n      id\n      givenName\n      familyName\n      email\n      level\n      pathway\n      qualification {\n        name\n      }\n    }\n    place {\n      id\n      title\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.CompanyPlacementPartiesFragmentDoc,
    "\n  fragment CompanyAgreementSignatures on Agreement {\n    id\n    status\n    version\n    requiredParties\n    signatures {\n      party\n      version\n      signedBy\n      signedAt\n    }\n  }\n": typeof types.CompanyAgreementSignaturesFragmentDoc,
    "\n  query MyPlacements {\n    myMatches {\n      ...CompanyPlacementParties\n      company {\n        id\n        name\n      }\n      agreement {\n        ...CompanyAgreementSignatures\n        contactMoments {\n          id\n          kind\n          plannedOn\n          plannedMode\n          heldOn\n          heldMode\n        }\n        contactMomentExceptions {\n          reason\n        }\n        allowanceStatus {\n          upToDate\n          missingMonths\n        }\n      }\n    }\n  }\n": typeof types.MyPlacementsDocument,
    "\n  query CompanyPlacement($placementId: ID!) {\n    placement(id: $placementId) {\n      ...CompanyPlacementParties\n      company {\n        id\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n": typeof types.CompanyPlacementDocument,
    "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      municipality {\n        code\n      }\n      accreditations {\n        ...AccreditationFields\n        qualification {\n          level\n        }\n        equivalentQualifications {\n          crebo\n          name\n        }\n        history {\n          status\n          at\n          reason\n        }\n      }\n      places {\n        ...PlaceFields\n      }\n    }\n  }\n": typeof types.MyCompanyDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    title\n    description\n    pathway\n    level\n    capacity\n    startsOn\n    endsOn\n    municipality {\n      code\n    }\n    address\n    city\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    inclusiveMarkers\n    status\n    expired\n    closedReason\n    seatsTaken\n    qualification {\n      crebo\n      name\n      level\n    }\n  }\n": typeof types.PlaceFieldsFragmentDoc,
    "\n  mutation PublishPlace($input: PlaceInput!, $idempotencyKey: IdempotencyKey!) {\n    publishPlace(input: $input, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Place {\n        id\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.PublishPlaceDocument,
    "\n  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n    updatePlace(id: $id, input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.UpdatePlaceDocument,
    "\n  mutation ClosePlace($id: ID!, $reason: String!) {\n    closePlace(id: $id, reason: $reason) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.ClosePlaceDocument,
    "\n  mutation ReopenPlace($id: ID!) {\n    reopenPlace(id: $id) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.ReopenPlaceDocument,
    "\n  query CompanyPraktijkleren($companyId: ID!, $year: Int!) {\n    praktijkleren(year: $year) {\n      ...PraktijklerenYearFields\n    }\n    praktijklerenPlacements(companyId: $companyId, year: $year) {\n      placementId\n      title\n      crebo\n      level\n      startsOn\n      endsOn\n      applied\n    }\n    praktijklerenApplications(companyId: $companyId) {\n      id\n      year\n      placeTitle\n      crebo\n      appliedAt\n      expectedAmount\n      finalAmount\n    }\n  }\n": typeof types.CompanyPraktijklerenDocument,
    "\n  mutation CompanyApplyForPraktijkleren($companyId: ID!, $year: Int!, $placementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    applyForPraktijkleren(companyId: $companyId, year: $year, placementId: $placementId, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on PraktijklerenApplication {\n        id\n        expectedAmount\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.CompanyApplyForPraktijklerenDocument,
    "\n  query CompanyTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n": typeof types.CompanyTasksDocument,
    "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}": typeof types.UserErrorFieldsFragmentDoc,
    "fragment PraktijklerenYearFields on PraktijklerenYear {\n  year\n  maximumPerPlace\n  closed\n  categories {\n    category\n    ceiling\n    applications\n    amountPerPlace\n    forecastPlaces\n    expectedAmountPerPlace\n  }\n}": typeof types.PraktijklerenYearFieldsFragmentDoc,
    "fragment AccreditationFields on Accreditation {\n  id\n  status\n  since\n  reassessmentDue\n  needsReassessment\n  qualification {\n    crebo\n    name\n  }\n}": typeof types.AccreditationFieldsFragmentDoc,
    "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}": typeof types.AgreementFieldsFragmentDoc,
    "mutation PlanContactMoment($agreementId: ID!, $kind: ContactMomentKind!, $plannedOn: Date!, $mode: ContactMode!, $idempotencyKey: IdempotencyKey!) {\n  planContactMoment(\n    agreementId: $agreementId\n    kind: $kind\n    plannedOn: $plannedOn\n    mode: $mode\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on ContactMoment {\n      id\n    }\n    ...UserErrorFields\n  }\n}\n\nmutation RecordContactMoment($contactMomentId: ID!, $heldOn: Date!, $mode: ContactMode!, $notes: String) {\n  recordContactMoment(\n    contactMomentId: $contactMomentId\n    heldOn: $heldOn\n    mode: $mode\n    notes: $notes\n  ) {\n    __typename\n    ... on ContactMoment {\n      id\n      heldOn\n    }\n    ...UserErrorFields\n  }\n}\n\nmutation RecordAllowancePayment($agreementId: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!, $idempotencyKey: IdempotencyKey!) {\n  recordAllowancePayment(\n    agreementId: $agreementId\n    month: $month\n    amount: $amount\n    kind: $kind\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on Agreement {\n      id\n    }\n    ...UserErrorFields\n  }\n}": typeof types.PlanContactMomentDocument,
    "query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementFields\n  }\n}\n\nmutation SignAgreement($agreementId: ID!, $party: AgreementParty!, $note: String, $idempotencyKey: IdempotencyKey) {\n  signAgreement(\n    agreementId: $agreementId\n    party: $party\n    note: $note\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on Agreement {\n      id\n      status\n    }\n    ...UserErrorFields\n  }\n}": typeof types.AgreementDocument,
    "fragment ImprovementAgreementFields on ImprovementAgreement {\n  id\n  kindLabel\n  description\n  dueOn\n  status\n  overdue\n  companyReport\n}": typeof types.ImprovementAgreementFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query CompanyCases {\n    companyCases {\n      id\n      status\n      statusLabel\n      receivedAt\n      kind\n      kindLabel\n      moment\n      momentLabel\n      grounds {\n        label\n      }\n      occurredInMonth\n      mayGiveStatement\n      ownStatements {\n        givenOn\n        summary\n      }\n      decisionLabel\n      motivation\n      agreements {\n        ...ImprovementAgreementFields\n        companyReportedAt\n        assessment\n      }\n    }\n  }\n": types.CompanyCasesDocument,
    "\n  mutation CompanyGiveStatement($caseId: ID!, $text: String!) {\n    giveCaseStatement(caseId: $caseId, text: $text) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.CompanyGiveStatementDocument,
    "\n  mutation CompanyReportFulfilment($agreementId: ID!, $text: String!) {\n    reportAgreementFulfilment(agreementId: $agreementId, text: $text) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.CompanyReportFulfilmentDocument,
    "\n  query MyMatches {\n    myMatches {\n      id\n      status\n      confirmedAt\n      respondBy\n      responseOverdue\n      respondedAt\n      declineReason\n      declineExplanation\n      ...CompanyPlacementParties\n      agreement {\n        ...CompanyAgreementSignatures\n      }\n    }\n  }\n": types.MyMatchesDocument,
    "\n  mutation RespondToMatch(\n    $placementId: ID!\n    $accept: Boolean!\n    $declineReason: DeclineReason\n    $declineExplanation: String\n    $idempotencyKey: IdempotencyKey!\n  ) {\n    respondToMatch(\n      placementId: $placementId\n      accept: $accept\n      declineReason: $declineReason\n      declineExplanation: $declineExplanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  fragment CompanyPlacementParties on Placement {\n    id\n    status\n    student {\n      id\n      givenName\n      familyName\n      email\n      level\n      pathway\n      qualification {\n        name\n      }\n    }\n    place {\n      id\n      title\n      startsOn\n      endsOn\n    }\n  }\n": types.CompanyPlacementPartiesFragmentDoc,
    "\n  fragment CompanyAgreementSignatures on Agreement {\n    id\n    status\n    version\n    requiredParties\n    signatures {\n      party\n      version\n      signedBy\n      signedAt\n    }\n  }\n": types.CompanyAgreementSignaturesFragmentDoc,
    "\n  query MyPlacements {\n    myMatches {\n      ...CompanyPlacementParties\n      company {\n        id\n        name\n      }\n      agreement {\n        ...CompanyAgreementSignatures\n        contactMoments {\n          id\n          kind\n          plannedOn\n          plannedMode\n          heldOn\n          heldMode\n        }\n        contactMomentExceptions {\n          reason\n        }\n        allowanceStatus {\n          upToDate\n          missingMonths\n        }\n      }\n    }\n  }\n": types.MyPlacementsDocument,
    "\n  query CompanyPlacement($placementId: ID!) {\n    placement(id: $placementId) {\n      ...CompanyPlacementParties\n      company {\n        id\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n": types.CompanyPlacementDocument,
    "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      municipality {\n        code\n      }\n      accreditations {\n        ...AccreditationFields\n        qualification {\n          level\n        }\n        equivalentQualifications {\n          crebo\n          name\n        }\n        history {\n          status\n          at\n          reason\n        }\n      }\n      places {\n        ...PlaceFields\n      }\n    }\n  }\n": types.MyCompanyDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    title\n    description\n    pathway\n    level\n    capacity\n    startsOn\n    endsOn\n    municipality {\n      code\n    }\n    address\n    city\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    inclusiveMarkers\n    status\n    expired\n    closedReason\n    seatsTaken\n    qualification {\n      crebo\n      name\n      level\n    }\n  }\n": types.PlaceFieldsFragmentDoc,
    "\n  mutation PublishPlace($input: PlaceInput!, $idempotencyKey: IdempotencyKey!) {\n    publishPlace(input: $input, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Place {\n        id\n      }\n      ...UserErrorFields\n    }\n  }\n": types.PublishPlaceDocument,
    "\n  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n    updatePlace(id: $id, input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ...UserErrorFields\n    }\n  }\n": types.UpdatePlaceDocument,
    "\n  mutation ClosePlace($id: ID!, $reason: String!) {\n    closePlace(id: $id, reason: $reason) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": types.ClosePlaceDocument,
    "\n  mutation ReopenPlace($id: ID!) {\n    reopenPlace(id: $id) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": types.ReopenPlaceDocument,
    "\n  query CompanyPraktijkleren($companyId: ID!, $year: Int!) {\n    praktijkleren(year: $year) {\n      ...PraktijklerenYearFields\n    }\n    praktijklerenPlacements(companyId: $companyId, year: $year) {\n      placementId\n      title\n      crebo\n      level\n      startsOn\n      endsOn\n      applied\n    }\n    praktijklerenApplications(companyId: $companyId) {\n      id\n      year\n      placeTitle\n      crebo\n      appliedAt\n      expectedAmount\n      finalAmount\n    }\n  }\n": types.CompanyPraktijklerenDocument,
    "\n  mutation CompanyApplyForPraktijkleren($companyId: ID!, $year: Int!, $placementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    applyForPraktijkleren(companyId: $companyId, year: $year, placementId: $placementId, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on PraktijklerenApplication {\n        id\n        expectedAmount\n      }\n      ...UserErrorFields\n    }\n  }\n": types.CompanyApplyForPraktijklerenDocument,
    "\n  query CompanyTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n": types.CompanyTasksDocument,
    "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}": types.UserErrorFieldsFragmentDoc,
    "fragment PraktijklerenYearFields on PraktijklerenYear {\n  year\n  maximumPerPlace\n  closed\n  categories {\n    category\n    ceiling\n    applications\n    amountPerPlace\n    forecastPlaces\n    expectedAmountPerPlace\n  }\n}": types.PraktijklerenYearFieldsFragmentDoc,
    "fragment AccreditationFields on Accreditation {\n  id\n  status\n  since\n  reassessmentDue\n  needsReassessment\n  qualification {\n    crebo\n    name\n  }\n}": types.AccreditationFieldsFragmentDoc,
    "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}": types.AgreementFieldsFragmentDoc,
    "mutation PlanContactMoment($agreementId: ID!, $kind: ContactMomentKind!, $plannedOn: Date!, $mode: ContactMode!, $idempotencyKey: IdempotencyKey!) {\n  planContactMoment(\n    agreementId: $agreementId\n    kind: $kind\n    plannedOn: $plannedOn\n    mode: $mode\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on ContactMoment {\n      id\n    }\n    ...UserErrorFields\n  }\n}\n\nmutation RecordContactMoment($contactMomentId: ID!, $heldOn: Date!, $mode: ContactMode!, $notes: String) {\n  recordContactMoment(\n    contactMomentId: $contactMomentId\n    heldOn: $heldOn\n    mode: $mode\n    notes: $notes\n  ) {\n    __typename\n    ... on ContactMoment {\n      id\n      heldOn\n    }\n    ...UserErrorFields\n  }\n}\n\nmutation RecordAllowancePayment($agreementId: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!, $idempotencyKey: IdempotencyKey!) {\n  recordAllowancePayment(\n    agreementId: $agreementId\n    month: $month\n    amount: $amount\n    kind: $kind\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on Agreement {\n      id\n    }\n    ...UserErrorFields\n  }\n}": types.PlanContactMomentDocument,
    "query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementFields\n  }\n}\n\nmutation SignAgreement($agreementId: ID!, $party: AgreementParty!, $note: String, $idempotencyKey: IdempotencyKey) {\n  signAgreement(\n    agreementId: $agreementId\n    party: $party\n    note: $note\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on Agreement {\n      id\n      status\n    }\n    ...UserErrorFields\n  }\n}": types.AgreementDocument,
    "fragment ImprovementAgreementFields on ImprovementAgreement {\n  id\n  kindLabel\n  description\n  dueOn\n  status\n  overdue\n  companyReport\n}": types.ImprovementAgreementFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCases {\n    companyCases {\n      id\n      status\n      statusLabel\n      receivedAt\n      kind\n      kindLabel\n      moment\n      momentLabel\n      grounds {\n        label\n      }\n      occurredInMonth\n      mayGiveStatement\n      ownStatements {\n        givenOn\n        summary\n      }\n      decisionLabel\n      motivation\n      agreements {\n        ...ImprovementAgreementFields\n        companyReportedAt\n        assessment\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyGiveStatement($caseId: ID!, $text: String!) {\n    giveCaseStatement(caseId: $caseId, text: $text) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').CompanyGiveStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyReportFulfilment($agreementId: ID!, $text: String!) {\n    reportAgreementFulfilment(agreementId: $agreementId, text: $text) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').CompanyReportFulfilmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatches {\n    myMatches {\n      id\n      status\n      confirmedAt\n      respondBy\n      responseOverdue\n      respondedAt\n      declineReason\n      declineExplanation\n      ...CompanyPlacementParties\n      agreement {\n        ...CompanyAgreementSignatures\n      }\n    }\n  }\n"): typeof import('./graphql').MyMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch(\n    $placementId: ID!\n    $accept: Boolean!\n    $declineReason: DeclineReason\n    $declineExplanation: String\n    $idempotencyKey: IdempotencyKey!\n  ) {\n    respondToMatch(\n      placementId: $placementId\n      accept: $accept\n      declineReason: $declineReason\n      declineExplanation: $declineExplanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').RespondToMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyPlacementParties on Placement {\n    id\n    status\n    student {\n      id\n      givenName\n      familyName\n      email\n      level\n      pathway\n      qualification {\n        name\n      }\n    }\n    place {\n      id\n      title\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').CompanyPlacementPartiesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyAgreementSignatures on Agreement {\n    id\n    status\n    version\n    requiredParties\n    signatures {\n      party\n      version\n      signedBy\n      signedAt\n    }\n  }\n"): typeof import('./graphql').CompanyAgreementSignaturesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlacements {\n    myMatches {\n      ...CompanyPlacementParties\n      company {\n        id\n        name\n      }\n      agreement {\n        ...CompanyAgreementSignatures\n        contactMoments {\n          id\n          kind\n          plannedOn\n          plannedMode\n          heldOn\n          heldMode\n        }\n        contactMomentExceptions {\n          reason\n        }\n        allowanceStatus {\n          upToDate\n          missingMonths\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPlacement($placementId: ID!) {\n    placement(id: $placementId) {\n      ...CompanyPlacementParties\n      company {\n        id\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      municipality {\n        code\n      }\n      accreditations {\n        ...AccreditationFields\n        qualification {\n          level\n        }\n        equivalentQualifications {\n          crebo\n          name\n        }\n        history {\n          status\n          at\n          reason\n        }\n      }\n      places {\n        ...PlaceFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceFields on Place {\n    id\n    title\n    description\n    pathway\n    level\n    capacity\n    startsOn\n    endsOn\n    municipality {\n      code\n    }\n    address\n    city\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    inclusiveMarkers\n    status\n    expired\n    closedReason\n    seatsTaken\n    qualification {\n      crebo\n      name\n      level\n    }\n  }\n"): typeof import('./graphql').PlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlace($input: PlaceInput!, $idempotencyKey: IdempotencyKey!) {\n    publishPlace(input: $input, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Place {\n        id\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').PublishPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n    updatePlace(id: $id, input: $input) {\n      __typename\n      ... on Place {\n        id\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').UpdatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePlace($id: ID!, $reason: String!) {\n    closePlace(id: $id, reason: $reason) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').ClosePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPlace($id: ID!) {\n    reopenPlace(id: $id) {\n      __typename\n      ... on Place {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').ReopenPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPraktijkleren($companyId: ID!, $year: Int!) {\n    praktijkleren(year: $year) {\n      ...PraktijklerenYearFields\n    }\n    praktijklerenPlacements(companyId: $companyId, year: $year) {\n      placementId\n      title\n      crebo\n      level\n      startsOn\n      endsOn\n      applied\n    }\n    praktijklerenApplications(companyId: $companyId) {\n      id\n      year\n      placeTitle\n      crebo\n      appliedAt\n      expectedAmount\n      finalAmount\n    }\n  }\n"): typeof import('./graphql').CompanyPraktijklerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyApplyForPraktijkleren($companyId: ID!, $year: Int!, $placementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    applyForPraktijkleren(companyId: $companyId, year: $year, placementId: $placementId, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on PraktijklerenApplication {\n        id\n        expectedAmount\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').CompanyApplyForPraktijklerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n"): typeof import('./graphql').CompanyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PraktijklerenYearFields on PraktijklerenYear {\n  year\n  maximumPerPlace\n  closed\n  categories {\n    category\n    ceiling\n    applications\n    amountPerPlace\n    forecastPlaces\n    expectedAmountPerPlace\n  }\n}"): typeof import('./graphql').PraktijklerenYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccreditationFields on Accreditation {\n  id\n  status\n  since\n  reassessmentDue\n  needsReassessment\n  qualification {\n    crebo\n    name\n  }\n}"): typeof import('./graphql').AccreditationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}"): typeof import('./graphql').AgreementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanContactMoment($agreementId: ID!, $kind: ContactMomentKind!, $plannedOn: Date!, $mode: ContactMode!, $idempotencyKey: IdempotencyKey!) {\n  planContactMoment(\n    agreementId: $agreementId\n    kind: $kind\n    plannedOn: $plannedOn\n    mode: $mode\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on ContactMoment {\n      id\n    }\n    ...UserErrorFields\n  }\n}\n\nmutation RecordContactMoment($contactMomentId: ID!, $heldOn: Date!, $mode: ContactMode!, $notes: String) {\n  recordContactMoment(\n    contactMomentId: $contactMomentId\n    heldOn: $heldOn\n    mode: $mode\n    notes: $notes\n  ) {\n    __typename\n    ... on ContactMoment {\n      id\n      heldOn\n    }\n    ...UserErrorFields\n  }\n}\n\nmutation RecordAllowancePayment($agreementId: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!, $idempotencyKey: IdempotencyKey!) {\n  recordAllowancePayment(\n    agreementId: $agreementId\n    month: $month\n    amount: $amount\n    kind: $kind\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on Agreement {\n      id\n    }\n    ...UserErrorFields\n  }\n}"): typeof import('./graphql').PlanContactMomentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agreement($id: ID!) {\n  agreement(id: $id) {\n    ...AgreementFields\n  }\n}\n\nmutation SignAgreement($agreementId: ID!, $party: AgreementParty!, $note: String, $idempotencyKey: IdempotencyKey) {\n  signAgreement(\n    agreementId: $agreementId\n    party: $party\n    note: $note\n    idempotencyKey: $idempotencyKey\n  ) {\n    __typename\n    ... on Agreement {\n      id\n      status\n    }\n    ...UserErrorFields\n  }\n}"): typeof import('./graphql').AgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImprovementAgreementFields on ImprovementAgreement {\n  id\n  kindLabel\n  description\n  dueOn\n  status\n  overdue\n  companyReport\n}"): typeof import('./graphql').ImprovementAgreementFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
