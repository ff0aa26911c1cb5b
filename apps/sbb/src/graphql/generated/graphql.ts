/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Stand van een erkenning door SBB. */
export type AccreditationStatus =
  /** Erkend: het leerbedrijf mag stages en leerbanen aanbieden. */
  | 'ACTIVE'
  /** Geschorst: tijdelijk geen nieuwe stages of leerbanen. */
  | 'SUSPENDED'
  /** Ingetrokken: geen nieuwe stages of leerbanen meer. */
  | 'WITHDRAWN';

export type CaseDecision =
  /** Verbeterafspraken */
  | 'IMPROVEMENT_AGREEMENTS'
  /** Schorsing van de erkenning */
  | 'SUSPENSION'
  /** Ongegrond */
  | 'UNFOUNDED'
  /** Intrekking van de erkenning */
  | 'WITHDRAWAL';

export type CaseDecisionInput = {
  /** Schorsing of intrekking: de erkenningen waarvoor het geldt; leeg: alle erkenningen van het leerbedrijf. */
  accreditationIds?: Array<string> | null | undefined;
  agreements?: Array<ImprovementAgreementInput> | null | undefined;
  decision: CaseDecision;
  /** Schriftelijke motivering (ten minste 20 tekens). */
  motivation: string;
};

export type CaseStatus =
  /** Ontvangst bevestigd */
  | 'ACKNOWLEDGED'
  /** Afgesloten */
  | 'CLOSED'
  /** Hoor en wederhoor */
  | 'HEARING'
  /** In onderzoek */
  | 'INVESTIGATING'
  /** Verbeterafspraken worden gevolgd */
  | 'MONITORING'
  /** Ontvangen door SBB */
  | 'RECEIVED';

export type HearingParty =
  /** Leerbedrijf */
  | 'COMPANY'
  /** Onderwijsinstelling */
  | 'INSTITUTION'
  /** Student */
  | 'STUDENT';

export type ImprovementAgreementInput = {
  description: string;
  /** De termijn: in de toekomst, binnen twee jaar. */
  dueOn: string;
  kind: ImprovementAgreementKind;
};

export type ImprovementAgreementKind =
  /** Een bpv-plan */
  | 'BPV_PLAN'
  /** Een onafhankelijke vertrouwenspersoon */
  | 'CONFIDENTIAL_ADVISER'
  /** Een cursus of training */
  | 'COURSE'
  /** Anders */
  | 'OTHER'
  /** Een andere praktijkopleider */
  | 'OTHER_SUPERVISOR';

export type ImprovementAgreementStatus =
  /** Niet nagekomen */
  | 'BREACHED'
  /** Nagekomen */
  | 'FULFILLED'
  /** Loopt nog */
  | 'OPEN';

export type ReportChannel =
  /** De antidiscriminatievoorziening (ADV) van de gemeente */
  | 'ADV'
  /** Het meldpunt van de eigen school */
  | 'INSTITUTION_DESK'
  /** SBB rechtstreeks */
  | 'SBB';

export type ReportKind =
  /** Discriminatie */
  | 'DISCRIMINATION'
  /** Misbruik van een stagiair (stagemisbruik of oneigenlijk gebruik) */
  | 'MISUSE';

export type ReportMoment =
  /** Tijdens de stage of leerbaan */
  | 'DURING_INTERNSHIP'
  /** Bij de selectie voor een stage of leerbaan */
  | 'SELECTION';

export type SbbCasesQueryVariables = Exact<{
  includeClosed?: boolean | null | undefined;
}>;


export type SbbCasesQuery = { sbbCases: Array<{ id: string, status: CaseStatus, statusLabel: string, receivedAt: string, ageInDays: number, acknowledgeDueOn: string, acknowledgeOverdue: boolean, decisionLabel: string | null, company: { id: string, name: string } }> | null };

export type SbbCaseQueryVariables = Exact<{
  id: string;
}>;


export type SbbCaseQuery = { sbbCase: { id: string, status: CaseStatus, statusLabel: string, receivedAt: string, ageInDays: number, acknowledgeDueOn: string, acknowledgedAt: string | null, acknowledgeOverdue: boolean, decisionLabel: string | null, decidedAt: string | null, motivation: string | null, company: { id: string, name: string, accreditations: Array<{ id: string, status: AccreditationStatus, qualification: { crebo: string, name: string } }> }, statements: Array<{ party: HearingParty, partyLabel: string, givenOn: string, source: string, summary: string }>, agreements: Array<{ id: string, kindLabel: string, description: string, dueOn: string, status: ImprovementAgreementStatus, overdue: boolean, companyReport: string | null }>, report: { id: string, kind: ReportKind, kindLabel: string, moment: ReportMoment, momentLabel: string, occurredOn: string, channel: ReportChannel, anonymous: boolean, description: string, grounds: Array<{ code: string, label: string }> } } | null };

export type SbbAcknowledgeCaseMutationVariables = Exact<{
  caseId: string;
}>;


export type SbbAcknowledgeCaseMutation = { acknowledgeCase:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'SbbCaseSummary', id: string, status: CaseStatus }
   };

export type SbbStartInvestigationMutationVariables = Exact<{
  caseId: string;
}>;


export type SbbStartInvestigationMutation = { startCaseInvestigation:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'SbbCaseSummary', id: string, status: CaseStatus }
   };

export type SbbReassessmentsQueryVariables = Exact<{
  withinDays?: number | null | undefined;
}>;


export type SbbReassessmentsQuery = { accreditationsDueForReassessment: Array<{ id: string, status: AccreditationStatus, since: string, reassessmentDue: string, needsReassessment: boolean, company: { id: string, name: string }, qualification: { crebo: string, name: string } }> | null };

export type SbbStartHearingMutationVariables = Exact<{
  caseId: string;
}>;


export type SbbStartHearingMutation = { startCaseHearing:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'SbbCaseSummary' }
   };

export type SbbRecordStatementMutationVariables = Exact<{
  caseId: string;
  party: HearingParty;
  givenOn: string;
  source: string;
  summary: string;
}>;


export type SbbRecordStatementMutation = { recordCaseStatement:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'SbbCaseSummary' }
   };

export type SbbDecideCaseMutationVariables = Exact<{
  caseId: string;
  input: CaseDecisionInput;
}>;


export type SbbDecideCaseMutation = { decideCase:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'SbbCaseSummary' }
   };

export type SbbAssessAgreementMutationVariables = Exact<{
  agreementId: string;
  fulfilled: boolean;
  note: string;
}>;


export type SbbAssessAgreementMutation = { assessImprovementAgreement:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'ImprovementAgreement' }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type SbbCloseCaseMutationVariables = Exact<{
  caseId: string;
}>;


export type SbbCloseCaseMutation = { closeCase:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'SbbCaseSummary' }
   };

export type SbbCaseAuditQueryVariables = Exact<{
  caseId: string;
}>;


export type SbbCaseAuditQuery = { caseAuditLog: Array<{ at: string, subject: string, role: string, action: string, entity: string, fields: Array<string> }> | null };

type UserErrorFields_ConflictError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_InputError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_NotAllowedError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_NotFoundError_Fragment = { message: string, code: string, field: string | null };

export type UserErrorFieldsFragment =
  | UserErrorFields_ConflictError_Fragment
  | UserErrorFields_InputError_Fragment
  | UserErrorFields_NotAllowedError_Fragment
  | UserErrorFields_NotFoundError_Fragment
;

export type AccreditationFieldsFragment = { id: string, status: AccreditationStatus, since: string, reassessmentDue: string, needsReassessment: boolean, qualification: { crebo: string, name: string } };

export type ImprovementAgreementFieldsFragment = { id: string, kindLabel: string, description: string, dueOn: string, status: ImprovementAgreementStatus, overdue: boolean, companyReport: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  message
  code
  field
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const AccreditationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccreditationFields on Accreditation {
  id
  status
  since
  reassessmentDue
  needsReassessment
  qualification {
    crebo
    name
  }
}
    `, {"fragmentName":"AccreditationFields"}) as unknown as TypedDocumentString<AccreditationFieldsFragment, unknown>;
export const ImprovementAgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImprovementAgreementFields on ImprovementAgreement {
  id
  kindLabel
  description
  dueOn
  status
  overdue
  companyReport
}
    `, {"fragmentName":"ImprovementAgreementFields"}) as unknown as TypedDocumentString<ImprovementAgreementFieldsFragment, unknown>;
export const SbbCasesDocument = {"__meta__":{"operationName":"SbbCases","hash":"81afbbb6c24530042f089e1503ffc5b558afac29f5446ab5a7a00ff9e7476bba"}} as unknown as TypedDocumentString<SbbCasesQuery, SbbCasesQueryVariables>;
export const SbbCaseDocument = {"__meta__":{"operationName":"SbbCase","hash":"ca40e546fede55ab8b7d54eaad49a6250d2f310387e8b29fea7f8e039f3eaafb"}} as unknown as TypedDocumentString<SbbCaseQuery, SbbCaseQueryVariables>;
export const SbbAcknowledgeCaseDocument = {"__meta__":{"operationName":"SbbAcknowledgeCase","hash":"2c535ccd9ad7223aa75d53c35416e5c0fbc8d32c1dc950f07fd2d5efd03dd04d"}} as unknown as TypedDocumentString<SbbAcknowledgeCaseMutation, SbbAcknowledgeCaseMutationVariables>;
export const SbbStartInvestigationDocument = {"__meta__":{"operationName":"SbbStartInvestigation","hash":"9ffe05eef2130386e374ddd2928fc8187fb4a983342255c725ea21b9821e277d"}} as unknown as TypedDocumentString<SbbStartInvestigationMutation, SbbStartInvestigationMutationVariables>;
export const SbbReassessmentsDocument = {"__meta__":{"operationName":"SbbReassessments","hash":"13ac159e024024a98679243f3a7865a10cc0e9b66b2ca3f9fd7579ca36e3d360"}} as unknown as TypedDocumentString<SbbReassessmentsQuery, SbbReassessmentsQueryVariables>;
export const SbbStartHearingDocument = {"__meta__":{"operationName":"SbbStartHearing","hash":"c74aab97fbdf4731b23f2392039d5ed637a09922974ec75c469541e0d021ae23"}} as unknown as TypedDocumentString<SbbStartHearingMutation, SbbStartHearingMutationVariables>;
export const SbbRecordStatementDocument = {"__meta__":{"operationName":"SbbRecordStatement","hash":"0225e14200f851c4a3e40317182784d9f85f5be4ade27f97d60a29e4fc3bbce8"}} as unknown as TypedDocumentString<SbbRecordStatementMutation, SbbRecordStatementMutationVariables>;
export const SbbDecideCaseDocument = {"__meta__":{"operationName":"SbbDecideCase","hash":"dbbbdd3c4486b2701a1b2a0ccf6106c3a646b5ae20c4c75aea0d8dd9b35c7e56"}} as unknown as TypedDocumentString<SbbDecideCaseMutation, SbbDecideCaseMutationVariables>;
export const SbbAssessAgreementDocument = {"__meta__":{"operationName":"SbbAssessAgreement","hash":"d0e9554a77802360ae3e4b5e5160937ce5d3b18cef5caf0473119c361e3dc1cd"}} as unknown as TypedDocumentString<SbbAssessAgreementMutation, SbbAssessAgreementMutationVariables>;
export const SbbCloseCaseDocument = {"__meta__":{"operationName":"SbbCloseCase","hash":"671075fbcd5e5e55c72af58646fb90803c293a8983d13049cfc0c87896b9418c"}} as unknown as TypedDocumentString<SbbCloseCaseMutation, SbbCloseCaseMutationVariables>;
export const SbbCaseAuditDocument = {"__meta__":{"operationName":"SbbCaseAudit","hash":"cec1b00fc13c4d122cc70026cb2ff7a7b32bc5396262e458c0dce746bedbbabe"}} as unknown as TypedDocumentString<SbbCaseAuditQuery, SbbCaseAuditQueryVariables>;