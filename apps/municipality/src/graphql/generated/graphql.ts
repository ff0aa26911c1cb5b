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

export type MunicipalityIntroWeekQueryVariables = Exact<{
  code: string;
  thisYear: number;
  lastYear: number;
  earlier1: number;
  earlier2: number;
  earlier3: number;
  earlier4: number;
}>;


export type MunicipalityIntroWeekQuery = { municipality: { code: string, name: string, thisYear: { year: number, status: IntroWeekStatus, note: string | null } | null, lastYear: { year: number, status: IntroWeekStatus, note: string | null } | null, earlier1: { year: number, status: IntroWeekStatus, note: string | null } | null, earlier2: { year: number, status: IntroWeekStatus, note: string | null } | null, earlier3: { year: number, status: IntroWeekStatus, note: string | null } | null, earlier4: { year: number, status: IntroWeekStatus, note: string | null } | null } | null };

export type IntroWeekFieldsFragment = { year: number, status: IntroWeekStatus, note: string | null };

export type MunicipalityShortagesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityShortagesQuery = { shortages: { rows: Array<{ pathway: Pathway, demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressed: boolean, region: { code: string, name: string }, qualification: { crebo: string, name: string, level: number } }>, totals: { demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressedRows: number } } | null };

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
export const IntroWeekFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntroWeekFields on IntroWeek {
  year
  status
  note
}
    `, {"fragmentName":"IntroWeekFields"}) as unknown as TypedDocumentString<IntroWeekFieldsFragment, unknown>;
export const MunicipalityIntroWeekDocument = {"__meta__":{"operationName":"MunicipalityIntroWeek","hash":"b6c518c5ac9dc4e59e2adcb85e6abcc123c71d441759dc75b0b0d67a88378a63"}} as unknown as TypedDocumentString<MunicipalityIntroWeekQuery, MunicipalityIntroWeekQueryVariables>;
export const MunicipalityShortagesDocument = {"__meta__":{"operationName":"MunicipalityShortages","hash":"9408a6d083357b775616418e38461ef416d4e55365cc4ca9490c261438239555"}} as unknown as TypedDocumentString<MunicipalityShortagesQuery, MunicipalityShortagesQueryVariables>;