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
export const MunicipalityIntroWeekDocument = new TypedDocumentString(`
    query MunicipalityIntroWeek($code: CbsCode!, $thisYear: Int!, $lastYear: Int!, $earlier1: Int!, $earlier2: Int!, $earlier3: Int!, $earlier4: Int!) {
  municipality(code: $code) {
    code
    name
    thisYear: introWeek(year: $thisYear) {
      ...IntroWeekFields
    }
    lastYear: introWeek(year: $lastYear) {
      ...IntroWeekFields
    }
    earlier1: introWeek(year: $earlier1) {
      ...IntroWeekFields
    }
    earlier2: introWeek(year: $earlier2) {
      ...IntroWeekFields
    }
    earlier3: introWeek(year: $earlier3) {
      ...IntroWeekFields
    }
    earlier4: introWeek(year: $earlier4) {
      ...IntroWeekFields
    }
  }
}
    fragment IntroWeekFields on IntroWeek {
  year
  status
  note
}`) as unknown as TypedDocumentString<MunicipalityIntroWeekQuery, MunicipalityIntroWeekQueryVariables>;
export const MunicipalityShortagesDocument = new TypedDocumentString(`
    query MunicipalityShortages {
  shortages {
    rows {
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
    totals {
      demand
      supply
      shortage
      surplus
      suppressedRows
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityShortagesQuery, MunicipalityShortagesQueryVariables>;