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


export type SbbCaseQuery = { sbbCase: { id: string, status: CaseStatus, statusLabel: string, receivedAt: string, ageInDays: number, acknowledgeDueOn: string, acknowledgedAt: string | null, acknowledgeOverdue: boolean, decisionLabel: string | null, decidedAt: string | null, motivation: string | null, company: { id: string, name: string }, report: { id: string, kind: ReportKind, moment: ReportMoment, occurredOn: string, channel: ReportChannel, anonymous: boolean, description: string, grounds: Array<{ code: string, label: string }> } } | null };

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


export type SbbReassessmentsQuery = { accreditationsDueForReassessment: Array<{ id: string, status: AccreditationStatus, since: string, reassessmentDue: string, needsReassessment: boolean, qualification: { crebo: string, name: string }, company: { id: string, name: string } }> | null };

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

export const SbbCasesDocument = {"__meta__":{"operationName":"SbbCases","hash":"81afbbb6c24530042f089e1503ffc5b558afac29f5446ab5a7a00ff9e7476bba"}} as unknown as TypedDocumentString<SbbCasesQuery, SbbCasesQueryVariables>;
export const SbbCaseDocument = {"__meta__":{"operationName":"SbbCase","hash":"44ca031a6dacee03f96f07d10522fe32088c267a8b9568390bc645ee359ee6fc"}} as unknown as TypedDocumentString<SbbCaseQuery, SbbCaseQueryVariables>;
export const SbbAcknowledgeCaseDocument = {"__meta__":{"operationName":"SbbAcknowledgeCase","hash":"62c54a886d1f9fe940e4374bff206672ba3f900f170031ba1d76b38e83c3ab76"}} as unknown as TypedDocumentString<SbbAcknowledgeCaseMutation, SbbAcknowledgeCaseMutationVariables>;
export const SbbStartInvestigationDocument = {"__meta__":{"operationName":"SbbStartInvestigation","hash":"0c195bd27806b358ed57526d44925744ac94ed28330c04111f1b8b873a0e4615"}} as unknown as TypedDocumentString<SbbStartInvestigationMutation, SbbStartInvestigationMutationVariables>;
export const SbbReassessmentsDocument = {"__meta__":{"operationName":"SbbReassessments","hash":"2c2cfe82cb8e1c744bfd436cfc07f5091f6c0ae9215061ed488badced638728f"}} as unknown as TypedDocumentString<SbbReassessmentsQuery, SbbReassessmentsQueryVariables>;