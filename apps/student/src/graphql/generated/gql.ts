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
    "\n  query MyEntitlements($schoolYear: String!, $year: Int!) {\n    me {\n      id\n      studyCity {\n        code\n        name\n        introWeek(year: $year) {\n          status\n          openToMbo\n          organiser\n        }\n        studentSport(year: $year) {\n          access\n          openToMbo\n          facilities\n          conditions\n          openFrom\n        }\n      }\n      institution {\n        id\n      }\n      basicSkillsBooks(schoolYear: $schoolYear) {\n        ...BasicSkillsBooksFields\n      }\n      studentCard {\n        ...StudentCardFields\n      }\n      refundRequests {\n        ...RefundRequestFields\n      }\n    }\n  }\n": typeof types.MyEntitlementsDocument,
    "\n  query StudentSchoolYear {\n    currentSchoolYear\n  }\n": typeof types.StudentSchoolYearDocument,
    "\n  query InstitutionPublications($institutionId: ID!, $schoolYear: String!) {\n    learningMaterials(institutionId: $institutionId, schoolYear: $schoolYear) {\n      ...LearningMaterialsFields\n    }\n    studentFund(institutionId: $institutionId) {\n      ...StudentFundFields\n    }\n  }\n": typeof types.InstitutionPublicationsDocument,
    "\n  mutation RequestRefund(\n    $studentId: ID!\n    $schoolYear: String!\n    $materials: String!\n    $amount: Money!\n    $explanation: String!\n    $idempotencyKey: IdempotencyKey!\n  ) {\n    requestRefund(\n      studentId: $studentId\n      schoolYear: $schoolYear\n      materials: $materials\n      amount: $amount\n      explanation: $explanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on RefundRequest {\n        id\n        decideBy\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.RequestRefundDocument,
    "\n  query StudentMyPlacement {\n    me {\n      id\n      givenName\n      familyName\n      level\n      pathway\n      placementStatus\n      qualification {\n        crebo\n        name\n      }\n      institution {\n        id\n        name\n      }\n      placement {\n        id\n        status\n        needsReplacement\n        respondBy\n        responseOverdue\n        company {\n          name\n        }\n        place {\n          id\n          title\n          city\n          startsOn\n          endsOn\n        }\n        agreement {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": typeof types.StudentMyPlacementDocument,
    "\n  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Agreement {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.StudentSignAgreementDocument,
    "\n  query StudentReportStart {\n    me {\n      id\n      institution {\n        id\n        name\n        reportDesk {\n          available\n          ...ReportDeskFields\n        }\n      }\n    }\n    reportAlternatives {\n      name\n      description\n      url\n    }\n    ...ReportFormOptions\n    myReports {\n      id\n      kind\n      statusLabel\n      receivedAt\n      channel\n      company {\n        name\n      }\n    }\n  }\n": typeof types.StudentReportStartDocument,
    "\n  mutation StudentSubmitReport($input: SubmitReportInput!, $idempotencyKey: IdempotencyKey!) {\n    submitReport(input: $input, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on ReportReceipt {\n        receiptCode\n        progress {\n          statusLabel\n        }\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.StudentSubmitReportDocument,
    "\n  query StudentReportByReceipt($code: String!) {\n    reportByReceipt(code: $code) {\n      status\n      statusLabel\n      channel\n      receivedAt\n      forwardedAt\n      history {\n        status\n        statusLabel\n        at\n      }\n    }\n  }\n": typeof types.StudentReportByReceiptDocument,
    "\n  fragment StudentPlace on Place {\n    ...RoundPlaceFields\n  }\n": typeof types.StudentPlaceFragmentDoc,
    "\n  query StudentMyRounds {\n    me {\n      id\n      level\n      pathway\n      placementStatus\n      placement {\n        id\n        place {\n          id\n        }\n      }\n      qualification {\n        crebo\n        name\n      }\n      matchingRounds {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n        maxChoices\n        requestsAccessiblePlace\n        choicesSubmittedAt\n        confirmedAt\n        choices {\n          rank\n          place {\n            ...StudentPlace\n          }\n        }\n        outcome {\n          rank\n          reason\n          place {\n            ...StudentPlace\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudentMyRoundsDocument,
    "\n  query StudentEligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...StudentPlace\n      }\n      hasNextPage\n    }\n  }\n": typeof types.StudentEligiblePlacesDocument,
    "\n  mutation StudentSubmitChoices(\n    $roundId: ID!\n    $studentId: ID!\n    $placeIds: [ID!]!\n    $requestsAccessiblePlace: Boolean!\n  ) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.StudentSubmitChoicesDocument,
    "\n  query StudentTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n": typeof types.StudentTasksDocument,
    "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}": typeof types.UserErrorFieldsFragmentDoc,
    "fragment BasicSkillsBooksFields on BasicSkillsBooks {\n  schoolYear\n  entitled\n  reason\n  notYetProvided\n  provisions {\n    id\n    subject\n    kind\n    providedOn\n  }\n}": typeof types.BasicSkillsBooksFieldsFragmentDoc,
    "fragment StudentCardFields on StudentCard {\n  cardNumber\n  issuedOn\n  validUntil\n}": typeof types.StudentCardFieldsFragmentDoc,
    "fragment LearningMaterialsFields on LearningMaterials {\n  published\n  terms\n  decisionDays\n  books {\n    id\n    title\n    price\n  }\n}\n\nfragment StudentFundFields on StudentFundInfo {\n  summary\n  howToApply\n  contact\n  url\n}": typeof types.LearningMaterialsFieldsFragmentDoc,
    "fragment RefundRequestFields on RefundRequest {\n  id\n  schoolYear\n  materials\n  amount\n  status\n  requestedOn\n  decideBy\n  overdue\n  decisionReason\n}": typeof types.RefundRequestFieldsFragmentDoc,
    "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}": typeof types.AgreementFieldsFragmentDoc,
    "query PlaceDetails($id: ID!) {\n  place(id: $id) {\n    id\n    title\n    description\n    pathway\n    level\n    qualification {\n      crebo\n      name\n    }\n    startsOn\n    endsOn\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    address\n    city\n    municipality {\n      name\n    }\n    status\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n}": typeof types.PlaceDetailsDocument,
    "fragment RoundPlaceFields on Place {\n  id\n  title\n  city\n  startsOn\n  endsOn\n  inclusiveMarkers\n  company {\n    name\n  }\n}": typeof types.RoundPlaceFieldsFragmentDoc,
    "fragment ReportDeskFields on ReportDesk {\n  description\n  contactUrl\n  email\n  phone\n  handlers\n  availability\n  alternatives\n}\n\nfragment ReportFormOptions on Query {\n  accreditedCompanies {\n    id\n    name\n  }\n  discriminationGrounds {\n    code\n    label\n  }\n}": typeof types.ReportDeskFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query MyEntitlements($schoolYear: String!, $year: Int!) {\n    me {\n      id\n      studyCity {\n        code\n        name\n        introWeek(year: $year) {\n          status\n          openToMbo\n          organiser\n        }\n        studentSport(year: $year) {\n          access\n          openToMbo\n          facilities\n          conditions\n          openFrom\n        }\n      }\n      institution {\n        id\n      }\n      basicSkillsBooks(schoolYear: $schoolYear) {\n        ...BasicSkillsBooksFields\n      }\n      studentCard {\n        ...StudentCardFields\n      }\n      refundRequests {\n        ...RefundRequestFields\n      }\n    }\n  }\n": types.MyEntitlementsDocument,
    "\n  query StudentSchoolYear {\n    currentSchoolYear\n  }\n": types.StudentSchoolYearDocument,
    "\n  query InstitutionPublications($institutionId: ID!, $schoolYear: String!) {\n    learningMaterials(institutionId: $institutionId, schoolYear: $schoolYear) {\n      ...LearningMaterialsFields\n    }\n    studentFund(institutionId: $institutionId) {\n      ...StudentFundFields\n    }\n  }\n": types.InstitutionPublicationsDocument,
    "\n  mutation RequestRefund(\n    $studentId: ID!\n    $schoolYear: String!\n    $materials: String!\n    $amount: Money!\n    $explanation: String!\n    $idempotencyKey: IdempotencyKey!\n  ) {\n    requestRefund(\n      studentId: $studentId\n      schoolYear: $schoolYear\n      materials: $materials\n      amount: $amount\n      explanation: $explanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on RefundRequest {\n        id\n        decideBy\n      }\n      ...UserErrorFields\n    }\n  }\n": types.RequestRefundDocument,
    "\n  query StudentMyPlacement {\n    me {\n      id\n      givenName\n      familyName\n      level\n      pathway\n      placementStatus\n      qualification {\n        crebo\n        name\n      }\n      institution {\n        id\n        name\n      }\n      placement {\n        id\n        status\n        needsReplacement\n        respondBy\n        responseOverdue\n        company {\n          name\n        }\n        place {\n          id\n          title\n          city\n          startsOn\n          endsOn\n        }\n        agreement {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": types.StudentMyPlacementDocument,
    "\n  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Agreement {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": types.StudentSignAgreementDocument,
    "\n  query StudentReportStart {\n    me {\n      id\n      institution {\n        id\n        name\n        reportDesk {\n          available\n          ...ReportDeskFields\n        }\n      }\n    }\n    reportAlternatives {\n      name\n      description\n      url\n    }\n    ...ReportFormOptions\n    myReports {\n      id\n      kind\n      statusLabel\n      receivedAt\n      channel\n      company {\n        name\n      }\n    }\n  }\n": types.StudentReportStartDocument,
    "\n  mutation StudentSubmitReport($input: SubmitReportInput!, $idempotencyKey: IdempotencyKey!) {\n    submitReport(input: $input, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on ReportReceipt {\n        receiptCode\n        progress {\n          statusLabel\n        }\n      }\n      ...UserErrorFields\n    }\n  }\n": types.StudentSubmitReportDocument,
    "\n  query StudentReportByReceipt($code: String!) {\n    reportByReceipt(code: $code) {\n      status\n      statusLabel\n      channel\n      receivedAt\n      forwardedAt\n      history {\n        status\n        statusLabel\n        at\n      }\n    }\n  }\n": types.StudentReportByReceiptDocument,
    "\n  fragment StudentPlace on Place {\n    ...RoundPlaceFields\n  }\n": types.StudentPlaceFragmentDoc,
    "\n  query StudentMyRounds {\n    me {\n      id\n      level\n      pathway\n      placementStatus\n      placement {\n        id\n        place {\n          id\n        }\n      }\n      qualification {\n        crebo\n        name\n      }\n      matchingRounds {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n        maxChoices\n        requestsAccessiblePlace\n        choicesSubmittedAt\n        confirmedAt\n        choices {\n          rank\n          place {\n            ...StudentPlace\n          }\n        }\n        outcome {\n          rank\n          reason\n          place {\n            ...StudentPlace\n          }\n        }\n      }\n    }\n  }\n": types.StudentMyRoundsDocument,
    "\n  query StudentEligiblePlaces($filter: PlaceFilter!) {\n    places(filter: $filter, first: 200) {\n      places {\n        ...StudentPlace\n      }\n      hasNextPage\n    }\n  }\n": types.StudentEligiblePlacesDocument,
    "\n  mutation StudentSubmitChoices(\n    $roundId: ID!\n    $studentId: ID!\n    $placeIds: [ID!]!\n    $requestsAccessiblePlace: Boolean!\n  ) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ...UserErrorFields\n    }\n  }\n": types.StudentSubmitChoicesDocument,
    "\n  query StudentTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n": types.StudentTasksDocument,
    "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}": types.UserErrorFieldsFragmentDoc,
    "fragment BasicSkillsBooksFields on BasicSkillsBooks {\n  schoolYear\n  entitled\n  reason\n  notYetProvided\n  provisions {\n    id\n    subject\n    kind\n    providedOn\n  }\n}": types.BasicSkillsBooksFieldsFragmentDoc,
    "fragment StudentCardFields on StudentCard {\n  cardNumber\n  issuedOn\n  validUntil\n}": types.StudentCardFieldsFragmentDoc,
    "fragment LearningMaterialsFields on LearningMaterials {\n  published\n  terms\n  decisionDays\n  books {\n    id\n    title\n    price\n  }\n}\n\nfragment StudentFundFields on StudentFundInfo {\n  summary\n  howToApply\n  contact\n  url\n}": types.LearningMaterialsFieldsFragmentDoc,
    "fragment RefundRequestFields on RefundRequest {\n  id\n  schoolYear\n  materials\n  amount\n  status\n  requestedOn\n  decideBy\n  overdue\n  decisionReason\n}": types.RefundRequestFieldsFragmentDoc,
    "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}": types.AgreementFieldsFragmentDoc,
    "query PlaceDetails($id: ID!) {\n  place(id: $id) {\n    id\n    title\n    description\n    pathway\n    level\n    qualification {\n      crebo\n      name\n    }\n    startsOn\n    endsOn\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    address\n    city\n    municipality {\n      name\n    }\n    status\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n}": types.PlaceDetailsDocument,
    "fragment RoundPlaceFields on Place {\n  id\n  title\n  city\n  startsOn\n  endsOn\n  inclusiveMarkers\n  company {\n    name\n  }\n}": types.RoundPlaceFieldsFragmentDoc,
    "fragment ReportDeskFields on ReportDesk {\n  description\n  contactUrl\n  email\n  phone\n  handlers\n  availability\n  alternatives\n}\n\nfragment ReportFormOptions on Query {\n  accreditedCompanies {\n    id\n    name\n  }\n  discriminationGrounds {\n    code\n    label\n  }\n}": types.ReportDeskFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEntitlements($schoolYear: String!, $year: Int!) {\n    me {\n      id\n      studyCity {\n        code\n        name\n        introWeek(year: $year) {\n          status\n          openToMbo\n          organiser\n        }\n        studentSport(year: $year) {\n          access\n          openToMbo\n          facilities\n          conditions\n          openFrom\n        }\n      }\n      institution {\n        id\n      }\n      basicSkillsBooks(schoolYear: $schoolYear) {\n        ...BasicSkillsBooksFields\n      }\n      studentCard {\n        ...StudentCardFields\n      }\n      refundRequests {\n        ...RefundRequestFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyEntitlementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentSchoolYear {\n    currentSchoolYear\n  }\n"): typeof import('./graphql').StudentSchoolYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionPublications($institutionId: ID!, $schoolYear: String!) {\n    learningMaterials(institutionId: $institutionId, schoolYear: $schoolYear) {\n      ...LearningMaterialsFields\n    }\n    studentFund(institutionId: $institutionId) {\n      ...StudentFundFields\n    }\n  }\n"): typeof import('./graphql').InstitutionPublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRefund(\n    $studentId: ID!\n    $schoolYear: String!\n    $materials: String!\n    $amount: Money!\n    $explanation: String!\n    $idempotencyKey: IdempotencyKey!\n  ) {\n    requestRefund(\n      studentId: $studentId\n      schoolYear: $schoolYear\n      materials: $materials\n      amount: $amount\n      explanation: $explanation\n      idempotencyKey: $idempotencyKey\n    ) {\n      __typename\n      ... on RefundRequest {\n        id\n        decideBy\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').RequestRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentMyPlacement {\n    me {\n      id\n      givenName\n      familyName\n      level\n      pathway\n      placementStatus\n      qualification {\n        crebo\n        name\n      }\n      institution {\n        id\n        name\n      }\n      placement {\n        id\n        status\n        needsReplacement\n        respondBy\n        responseOverdue\n        company {\n          name\n        }\n        place {\n          id\n          title\n          city\n          startsOn\n          endsOn\n        }\n        agreement {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudentMyPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {\n    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on Agreement {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').StudentSignAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentReportStart {\n    me {\n      id\n      institution {\n        id\n        name\n        reportDesk {\n          available\n          ...ReportDeskFields\n        }\n      }\n    }\n    reportAlternatives {\n      name\n      description\n      url\n    }\n    ...ReportFormOptions\n    myReports {\n      id\n      kind\n      statusLabel\n      receivedAt\n      channel\n      company {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StudentReportStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudentSubmitReport($input: SubmitReportInput!, $idempotencyKey: IdempotencyKey!) {\n    submitReport(input: $input, idempotencyKey: $idempotencyKey) {\n      __typename\n      ... on ReportReceipt {\n        receiptCode\n        progress {\n          statusLabel\n        }\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').StudentSubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentReportByReceipt($code: String!) {\n    reportByReceipt(code: $code) {\n      status\n      statusLabel\n      channel\n      receivedAt\n      forwardedAt\n      history {\n        status\n        statusLabel\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').StudentReportByReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudentPlace on Place {\n    ...RoundPlaceFields\n  }\n"): typeof import('./graphql').StudentPlaceFragmentDoc;
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
export function graphql(source: "\n  mutation StudentSubmitChoices(\n    $roundId: ID!\n    $studentId: ID!\n    $placeIds: [ID!]!\n    $requestsAccessiblePlace: Boolean!\n  ) {\n    submitChoices(\n      roundId: $roundId\n      studentId: $studentId\n      placeIds: $placeIds\n      requestsAccessiblePlace: $requestsAccessiblePlace\n    ) {\n      __typename\n      ... on MatchingRoundStudent {\n        requestsAccessiblePlace\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').StudentSubmitChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentTasks {\n    myTasks {\n      kind\n      count\n    }\n  }\n"): typeof import('./graphql').StudentTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BasicSkillsBooksFields on BasicSkillsBooks {\n  schoolYear\n  entitled\n  reason\n  notYetProvided\n  provisions {\n    id\n    subject\n    kind\n    providedOn\n  }\n}"): typeof import('./graphql').BasicSkillsBooksFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StudentCardFields on StudentCard {\n  cardNumber\n  issuedOn\n  validUntil\n}"): typeof import('./graphql').StudentCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LearningMaterialsFields on LearningMaterials {\n  published\n  terms\n  decisionDays\n  books {\n    id\n    title\n    price\n  }\n}\n\nfragment StudentFundFields on StudentFundInfo {\n  summary\n  howToApply\n  contact\n  url\n}"): typeof import('./graphql').LearningMaterialsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RefundRequestFields on RefundRequest {\n  id\n  schoolYear\n  materials\n  amount\n  status\n  requestedOn\n  decideBy\n  overdue\n  decisionReason\n}"): typeof import('./graphql').RefundRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementFields on Agreement {\n  id\n  status\n  version\n  pathway\n  startsOn\n  endsOn\n  hoursPerWeek\n  practicalTrainerName\n  practicalTrainerEmail\n  workProcesses\n  assessment\n  dissolutionTerms\n  supervisionFrequency\n  expenseAllowance\n  internshipWage\n  guardianRequired\n  guardianName\n  requiredParties\n  signatures {\n    party\n    signedBy\n    signedAt\n    version\n    note\n  }\n  signedAt\n  supersededBy\n  createdBy\n  history {\n    what\n    party\n    by\n    at\n    version\n    detail\n  }\n  allowancePayments {\n    id\n    month\n    kind\n    amount\n    recordedBy\n    recordedAt\n  }\n  allowanceStatus {\n    agreedMonthly\n    paidMonths\n    missingMonths\n    upToDate\n  }\n  contactMoments {\n    id\n    kind\n    plannedOn\n    plannedMode\n    plannedBy\n    heldOn\n    heldMode\n    notes\n    recordedBy\n    recordedAt\n  }\n  contactMomentExceptions {\n    reason\n    explanation\n    recordedBy\n    recordedAt\n  }\n}"): typeof import('./graphql').AgreementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaceDetails($id: ID!) {\n  place(id: $id) {\n    id\n    title\n    description\n    pathway\n    level\n    qualification {\n      crebo\n      name\n    }\n    startsOn\n    endsOn\n    hoursPerWeek\n    expenseAllowance\n    internshipWage\n    address\n    city\n    municipality {\n      name\n    }\n    status\n    inclusiveMarkers\n    company {\n      name\n    }\n  }\n}"): typeof import('./graphql').PlaceDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoundPlaceFields on Place {\n  id\n  title\n  city\n  startsOn\n  endsOn\n  inclusiveMarkers\n  company {\n    name\n  }\n}"): typeof import('./graphql').RoundPlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportDeskFields on ReportDesk {\n  description\n  contactUrl\n  email\n  phone\n  handlers\n  availability\n  alternatives\n}\n\nfragment ReportFormOptions on Query {\n  accreditedCompanies {\n    id\n    name\n  }\n  discriminationGrounds {\n    code\n    label\n  }\n}"): typeof import('./graphql').ReportDeskFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
