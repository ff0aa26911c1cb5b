/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Stand van de introductieweek voor mbo-studenten in een gemeente (Werkagenda mbo). */
export type IntroWeekStatus =
  /** Er zijn gesprekken gaande over deelname van mbo-studenten. */
  | 'IN_TALKS'
  /** mbo-studenten kunnen (nog) niet deelnemen. */
  | 'NOT_YET'
  /** mbo-studenten kunnen deelnemen aan de algemene introductieweek. */
  | 'OPEN'
  /** Er is een apart introductieprogramma voor mbo-studenten. */
  | 'SEPARATE_PROGRAMME';

/** Leerweg. */
export type Pathway =
  /** Beroepsbegeleidende leerweg: werken en leren, met een leerbaan. */
  | 'BBL'
  /** Beroepsopleidende leerweg: vooral op school, met stages. */
  | 'BOL';

/** Of mbo-studenten in een stad de studentensport kunnen gebruiken. */
export type StudentSportAccess =
  /** mbo-studenten kunnen de studentensportvoorzieningen (nog) niet gebruiken. */
  | 'NOT_OPEN'
  /** mbo-studenten kunnen de studentensportvoorzieningen gebruiken. */
  | 'OPEN'
  /** Een pilot: mbo-studenten kunnen de voorzieningen (onder voorwaarden) gebruiken. */
  | 'PILOT';

export type MunicipalityCityMeasuresQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type MunicipalityCityMeasuresQuery = { institutions: Array<{ id: string, name: string }> | null, municipality: { code: string, name: string, introWeek: { contributions: Array<{ amount: string, institution: { id: string, name: string } }> } | null, studentSport: { access: StudentSportAccess, facilities: Array<string>, conditions: string | null, openFrom: string | null } | null } | null, equalTreatmentOverview: { year: number, cities: Array<{ introWeek: IntroWeekStatus | null, introWeekLastYear: IntroWeekStatus | null, studentSport: StudentSportAccess | null, studentSportLastYear: StudentSportAccess | null, municipality: { code: string, name: string } }> } | null };

export type RecordIntroWeekMutationVariables = Exact<{
  code: string;
  year: number;
  status: IntroWeekStatus;
  organiser?: string | null | undefined;
  participants?: number | null | undefined;
  note?: string | null | undefined;
  idempotencyKey: string;
}>;


export type RecordIntroWeekMutation = { recordIntroWeek:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'IntroWeek', year: number, status: IntroWeekStatus }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type RecordStudentSportMutationVariables = Exact<{
  code: string;
  year: number;
  access: StudentSportAccess;
  facilities: Array<string> | string;
  conditions?: string | null | undefined;
  openFrom?: string | null | undefined;
  idempotencyKey: string;
}>;


export type RecordStudentSportMutation = { recordStudentSport:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'StudentSport', year: number, access: StudentSportAccess }
   };

export type MunicipalityRecordContributionMutationVariables = Exact<{
  code: string;
  year: number;
  institutionId: string;
  amount: string;
  idempotencyKey: string;
}>;


export type MunicipalityRecordContributionMutation = { recordIntroWeekContribution:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'IntroWeekContribution', amount: string, institution: { name: string } }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type MunicipalFundingQueryVariables = Exact<{
  y1: number;
  y2: number;
  y3: number;
  y4: number;
}>;


export type MunicipalFundingQuery = { y1: Array<{ id: string, name: string, year: number, budget: string | null, source: string, note: string | null }> | null, y2: Array<{ id: string, name: string, year: number, budget: string | null, source: string, note: string | null }> | null, y3: Array<{ id: string, name: string, year: number, budget: string | null, source: string, note: string | null }> | null, y4: Array<{ id: string, name: string, year: number, budget: string | null, source: string, note: string | null }> | null };

export type MunicipalFundingLineFragment = { id: string, name: string, year: number, budget: string | null, source: string, note: string | null };

export type MunicipalityIntroWeekQueryVariables = Exact<{
  code: string;
  thisYear: number;
  lastYear: number;
  earlier1: number;
  earlier2: number;
  earlier3: number;
  earlier4: number;
}>;


export type MunicipalityIntroWeekQuery = { municipality: { code: string, name: string, thisYear: { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null } | null, lastYear: { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null } | null, earlier1: { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null } | null, earlier2: { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null } | null, earlier3: { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null } | null, earlier4: { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null } | null } | null };

export type IntroWeekFieldsFragment = { year: number, status: IntroWeekStatus, note: string | null, organiser: string | null, participants: number | null, source: string | null };

export type MunicipalityReportStatisticsQueryVariables = Exact<{
  year: number;
}>;


export type MunicipalityReportStatisticsQuery = { reportStatistics: { year: number, hasData: boolean, threshold: number, total: number | null, suppressed: boolean, scope: string, byGround: Array<{ count: number | null, suppressed: boolean, ground: { code: string, label: string } }>, byNature: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byChannel: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byOutcome: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byRegion: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, bySector: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byDesk: Array<{ code: string, label: string, count: number | null, suppressed: boolean }> } | null };

export type MunicipalityShortagesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityShortagesQuery = { shortages: { rows: Array<{ pathway: Pathway, demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressed: boolean, region: { code: string, name: string }, qualification: { crebo: string, name: string, level: number } }>, totals: { demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressedRows: number } } | null };

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

export type ShortageRowFieldsFragment = { pathway: Pathway, demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressed: boolean, region: { code: string, name: string }, qualification: { crebo: string, name: string, level: number } };

export type ShortageTotalsFieldsFragment = { demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressedRows: number };

export type ReportStatisticsFieldsFragment = { year: number, hasData: boolean, threshold: number, total: number | null, suppressed: boolean, scope: string, byGround: Array<{ count: number | null, suppressed: boolean, ground: { code: string, label: string } }>, byNature: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byChannel: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byOutcome: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byRegion: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, bySector: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byDesk: Array<{ code: string, label: string, count: number | null, suppressed: boolean }> };

export type ReportCategoryFieldsFragment = { code: string, label: string, count: number | null, suppressed: boolean };

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
export const MunicipalFundingLineFragmentDoc = new TypedDocumentString(`
    fragment MunicipalFundingLine on FundingLine {
  id
  name
  year
  budget
  source
  note
}
    `, {"fragmentName":"MunicipalFundingLine"}) as unknown as TypedDocumentString<MunicipalFundingLineFragment, unknown>;
export const IntroWeekFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntroWeekFields on IntroWeek {
  year
  status
  note
  organiser
  participants
  source
}
    `, {"fragmentName":"IntroWeekFields"}) as unknown as TypedDocumentString<IntroWeekFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  message
  code
  field
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ShortageRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShortageRowFields on ShortageRow {
  region {
    code
    name
  }
  qualification {
    crebo
    name
    level
  }
  pathway
  demand
  supply
  shortage
  surplus
  suppressed
}
    `, {"fragmentName":"ShortageRowFields"}) as unknown as TypedDocumentString<ShortageRowFieldsFragment, unknown>;
export const ShortageTotalsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShortageTotalsFields on ShortageTotals {
  demand
  supply
  shortage
  surplus
  suppressedRows
}
    `, {"fragmentName":"ShortageTotalsFields"}) as unknown as TypedDocumentString<ShortageTotalsFieldsFragment, unknown>;
export const ReportCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportCategoryFields on ReportCategoryCount {
  code
  label
  count
  suppressed
}
    `, {"fragmentName":"ReportCategoryFields"}) as unknown as TypedDocumentString<ReportCategoryFieldsFragment, unknown>;
export const ReportStatisticsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportStatisticsFields on ReportStatistics {
  year
  hasData
  threshold
  total
  suppressed
  scope
  byGround {
    ground {
      code
      label
    }
    count
    suppressed
  }
  byNature {
    ...ReportCategoryFields
  }
  byChannel {
    ...ReportCategoryFields
  }
  byOutcome {
    ...ReportCategoryFields
  }
  byRegion {
    ...ReportCategoryFields
  }
  bySector {
    ...ReportCategoryFields
  }
  byDesk {
    ...ReportCategoryFields
  }
}
    fragment ReportCategoryFields on ReportCategoryCount {
  code
  label
  count
  suppressed
}`, {"fragmentName":"ReportStatisticsFields"}) as unknown as TypedDocumentString<ReportStatisticsFieldsFragment, unknown>;
export const MunicipalityCityMeasuresDocument = {"__meta__":{"operationName":"MunicipalityCityMeasures","hash":"c85f726f52a6f0edacf85909cb98d0273e827285a88f18d51ec2fa46b3b22fa9"}} as unknown as TypedDocumentString<MunicipalityCityMeasuresQuery, MunicipalityCityMeasuresQueryVariables>;
export const RecordIntroWeekDocument = {"__meta__":{"operationName":"RecordIntroWeek","hash":"74fbfb3779c5d7e6b1d3fd17d451066b1fc5679d8caf05b3e7cf9770ed4344d5"}} as unknown as TypedDocumentString<RecordIntroWeekMutation, RecordIntroWeekMutationVariables>;
export const RecordStudentSportDocument = {"__meta__":{"operationName":"RecordStudentSport","hash":"2205ef95e9c3712c93dc124ee8e3b0c619784ed3bc26032ff34783941a0e474e"}} as unknown as TypedDocumentString<RecordStudentSportMutation, RecordStudentSportMutationVariables>;
export const MunicipalityRecordContributionDocument = {"__meta__":{"operationName":"MunicipalityRecordContribution","hash":"e9df23e5ac3bc3e6ae022295a0962907bb17995ba46ad5c9060e197245b05ea3"}} as unknown as TypedDocumentString<MunicipalityRecordContributionMutation, MunicipalityRecordContributionMutationVariables>;
export const MunicipalFundingDocument = {"__meta__":{"operationName":"MunicipalFunding","hash":"6651c953f5aa4babe6a1b49514e72dcf4a1f164fffbf4cfe454f646bfdc3c31a"}} as unknown as TypedDocumentString<MunicipalFundingQuery, MunicipalFundingQueryVariables>;
export const MunicipalityIntroWeekDocument = {"__meta__":{"operationName":"MunicipalityIntroWeek","hash":"979b5afefbcaf46573a6c331b1bd7d386fb51f60f5e261b0cd891a9e18583c61"}} as unknown as TypedDocumentString<MunicipalityIntroWeekQuery, MunicipalityIntroWeekQueryVariables>;
export const MunicipalityReportStatisticsDocument = {"__meta__":{"operationName":"MunicipalityReportStatistics","hash":"18dd59e6ee7938f5312054866f9b63ec78c67bef0b12bb9e74136d3f8d0a534f"}} as unknown as TypedDocumentString<MunicipalityReportStatisticsQuery, MunicipalityReportStatisticsQueryVariables>;
export const MunicipalityShortagesDocument = {"__meta__":{"operationName":"MunicipalityShortages","hash":"ee4cc8a1eac854f3d83aedb876c82f86fe3be984780c1dec3e8c5a2c58bb1cde"}} as unknown as TypedDocumentString<MunicipalityShortagesQuery, MunicipalityShortagesQueryVariables>;