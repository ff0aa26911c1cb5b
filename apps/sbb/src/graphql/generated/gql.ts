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
    "\n  query SbbCases($includeClosed: Boolean) {\n    sbbCases(includeClosed: $includeClosed) {\n      id\n      status\n      statusLabel\n      receivedAt\n      ageInDays\n      acknowledgeDueOn\n      acknowledgeOverdue\n      decisionLabel\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SbbCasesDocument,
    "\n  query SbbCase($id: ID!) {\n    sbbCase(id: $id) {\n      id\n      status\n      statusLabel\n      receivedAt\n      ageInDays\n      acknowledgeDueOn\n      acknowledgedAt\n      acknowledgeOverdue\n      decisionLabel\n      decidedAt\n      motivation\n      company {\n        id\n        name\n        accreditations {\n          id\n          status\n          qualification {\n            crebo\n            name\n          }\n        }\n      }\n      statements {\n        party\n        partyLabel\n        givenOn\n        source\n        summary\n      }\n      agreements {\n        ...ImprovementAgreementFields\n      }\n      report {\n        id\n        kind\n        kindLabel\n        moment\n        momentLabel\n        occurredOn\n        channel\n        anonymous\n        description\n        grounds {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.SbbCaseDocument,
    "\n  mutation SbbAcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on SbbCaseSummary {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbAcknowledgeCaseDocument,
    "\n  mutation SbbStartInvestigation($caseId: ID!) {\n    startCaseInvestigation(caseId: $caseId) {\n      __typename\n      ... on SbbCaseSummary {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbStartInvestigationDocument,
    "\n  query SbbReassessments($withinDays: Int) {\n    accreditationsDueForReassessment(withinDays: $withinDays) {\n      ...AccreditationFields\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SbbReassessmentsDocument,
    "\n  mutation SbbStartHearing($caseId: ID!) {\n    startCaseHearing(caseId: $caseId) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbStartHearingDocument,
    "\n  mutation SbbRecordStatement(\n    $caseId: ID!\n    $party: HearingParty!\n    $givenOn: Date!\n    $source: String!\n    $summary: String!\n  ) {\n    recordCaseStatement(caseId: $caseId, party: $party, givenOn: $givenOn, source: $source, summary: $summary) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbRecordStatementDocument,
    "\n  mutation SbbDecideCase($caseId: ID!, $input: CaseDecisionInput!) {\n    decideCase(caseId: $caseId, input: $input) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbDecideCaseDocument,
    "\n  mutation SbbAssessAgreement($agreementId: ID!, $fulfilled: Boolean!, $note: String!) {\n    assessImprovementAgreement(agreementId: $agreementId, fulfilled: $fulfilled, note: $note) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbAssessAgreementDocument,
    "\n  mutation SbbCloseCase($caseId: ID!) {\n    closeCase(caseId: $caseId) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": typeof types.SbbCloseCaseDocument,
    "\n  query SbbCaseAudit($caseId: ID!) {\n    caseAuditLog(caseId: $caseId) {\n      at\n      subject\n      role\n      action\n      entity\n      fields\n    }\n  }\n": typeof types.SbbCaseAuditDocument,
    "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}": typeof types.UserErrorFieldsFragmentDoc,
    "fragment AccreditationFields on Accreditation {\n  id\n  status\n  since\n  reassessmentDue\n  needsReassessment\n  qualification {\n    crebo\n    name\n  }\n}": typeof types.AccreditationFieldsFragmentDoc,
    "fragment ImprovementAgreementFields on ImprovementAgreement {\n  id\n  kindLabel\n  description\n  dueOn\n  status\n  overdue\n  companyReport\n}": typeof types.ImprovementAgreementFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query SbbCases($includeClosed: Boolean) {\n    sbbCases(includeClosed: $includeClosed) {\n      id\n      status\n      statusLabel\n      receivedAt\n      ageInDays\n      acknowledgeDueOn\n      acknowledgeOverdue\n      decisionLabel\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.SbbCasesDocument,
    "\n  query SbbCase($id: ID!) {\n    sbbCase(id: $id) {\n      id\n      status\n      statusLabel\n      receivedAt\n      ageInDays\n      acknowledgeDueOn\n      acknowledgedAt\n      acknowledgeOverdue\n      decisionLabel\n      decidedAt\n      motivation\n      company {\n        id\n        name\n        accreditations {\n          id\n          status\n          qualification {\n            crebo\n            name\n          }\n        }\n      }\n      statements {\n        party\n        partyLabel\n        givenOn\n        source\n        summary\n      }\n      agreements {\n        ...ImprovementAgreementFields\n      }\n      report {\n        id\n        kind\n        kindLabel\n        moment\n        momentLabel\n        occurredOn\n        channel\n        anonymous\n        description\n        grounds {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.SbbCaseDocument,
    "\n  mutation SbbAcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on SbbCaseSummary {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": types.SbbAcknowledgeCaseDocument,
    "\n  mutation SbbStartInvestigation($caseId: ID!) {\n    startCaseInvestigation(caseId: $caseId) {\n      __typename\n      ... on SbbCaseSummary {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n": types.SbbStartInvestigationDocument,
    "\n  query SbbReassessments($withinDays: Int) {\n    accreditationsDueForReassessment(withinDays: $withinDays) {\n      ...AccreditationFields\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.SbbReassessmentsDocument,
    "\n  mutation SbbStartHearing($caseId: ID!) {\n    startCaseHearing(caseId: $caseId) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.SbbStartHearingDocument,
    "\n  mutation SbbRecordStatement(\n    $caseId: ID!\n    $party: HearingParty!\n    $givenOn: Date!\n    $source: String!\n    $summary: String!\n  ) {\n    recordCaseStatement(caseId: $caseId, party: $party, givenOn: $givenOn, source: $source, summary: $summary) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.SbbRecordStatementDocument,
    "\n  mutation SbbDecideCase($caseId: ID!, $input: CaseDecisionInput!) {\n    decideCase(caseId: $caseId, input: $input) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.SbbDecideCaseDocument,
    "\n  mutation SbbAssessAgreement($agreementId: ID!, $fulfilled: Boolean!, $note: String!) {\n    assessImprovementAgreement(agreementId: $agreementId, fulfilled: $fulfilled, note: $note) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.SbbAssessAgreementDocument,
    "\n  mutation SbbCloseCase($caseId: ID!) {\n    closeCase(caseId: $caseId) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n": types.SbbCloseCaseDocument,
    "\n  query SbbCaseAudit($caseId: ID!) {\n    caseAuditLog(caseId: $caseId) {\n      at\n      subject\n      role\n      action\n      entity\n      fields\n    }\n  }\n": types.SbbCaseAuditDocument,
    "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}": types.UserErrorFieldsFragmentDoc,
    "fragment AccreditationFields on Accreditation {\n  id\n  status\n  since\n  reassessmentDue\n  needsReassessment\n  qualification {\n    crebo\n    name\n  }\n}": types.AccreditationFieldsFragmentDoc,
    "fragment ImprovementAgreementFields on ImprovementAgreement {\n  id\n  kindLabel\n  description\n  dueOn\n  status\n  overdue\n  companyReport\n}": types.ImprovementAgreementFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SbbCases($includeClosed: Boolean) {\n    sbbCases(includeClosed: $includeClosed) {\n      id\n      status\n      statusLabel\n      receivedAt\n      ageInDays\n      acknowledgeDueOn\n      acknowledgeOverdue\n      decisionLabel\n      company {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SbbCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SbbCase($id: ID!) {\n    sbbCase(id: $id) {\n      id\n      status\n      statusLabel\n      receivedAt\n      ageInDays\n      acknowledgeDueOn\n      acknowledgedAt\n      acknowledgeOverdue\n      decisionLabel\n      decidedAt\n      motivation\n      company {\n        id\n        name\n        accreditations {\n          id\n          status\n          qualification {\n            crebo\n            name\n          }\n        }\n      }\n      statements {\n        party\n        partyLabel\n        givenOn\n        source\n        summary\n      }\n      agreements {\n        ...ImprovementAgreementFields\n      }\n      report {\n        id\n        kind\n        kindLabel\n        moment\n        momentLabel\n        occurredOn\n        channel\n        anonymous\n        description\n        grounds {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SbbCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbAcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on SbbCaseSummary {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbAcknowledgeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbStartInvestigation($caseId: ID!) {\n    startCaseInvestigation(caseId: $caseId) {\n      __typename\n      ... on SbbCaseSummary {\n        id\n        status\n      }\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbStartInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SbbReassessments($withinDays: Int) {\n    accreditationsDueForReassessment(withinDays: $withinDays) {\n      ...AccreditationFields\n      company {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SbbReassessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbStartHearing($caseId: ID!) {\n    startCaseHearing(caseId: $caseId) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbStartHearingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbRecordStatement(\n    $caseId: ID!\n    $party: HearingParty!\n    $givenOn: Date!\n    $source: String!\n    $summary: String!\n  ) {\n    recordCaseStatement(caseId: $caseId, party: $party, givenOn: $givenOn, source: $source, summary: $summary) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbRecordStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbDecideCase($caseId: ID!, $input: CaseDecisionInput!) {\n    decideCase(caseId: $caseId, input: $input) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbDecideCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbAssessAgreement($agreementId: ID!, $fulfilled: Boolean!, $note: String!) {\n    assessImprovementAgreement(agreementId: $agreementId, fulfilled: $fulfilled, note: $note) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbAssessAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SbbCloseCase($caseId: ID!) {\n    closeCase(caseId: $caseId) {\n      __typename\n      ...UserErrorFields\n    }\n  }\n"): typeof import('./graphql').SbbCloseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SbbCaseAudit($caseId: ID!) {\n    caseAuditLog(caseId: $caseId) {\n      at\n      subject\n      role\n      action\n      entity\n      fields\n    }\n  }\n"): typeof import('./graphql').SbbCaseAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserErrorFields on UserError {\n  message\n  code\n  field\n}"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccreditationFields on Accreditation {\n  id\n  status\n  since\n  reassessmentDue\n  needsReassessment\n  qualification {\n    crebo\n    name\n  }\n}"): typeof import('./graphql').AccreditationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImprovementAgreementFields on ImprovementAgreement {\n  id\n  kindLabel\n  description\n  dueOn\n  status\n  overdue\n  companyReport\n}"): typeof import('./graphql').ImprovementAgreementFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
