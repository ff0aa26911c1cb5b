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

/** Leerweg. */
export type Pathway =
  /** Beroepsbegeleidende leerweg: werken en leren, met een leerbaan. */
  | 'BBL'
  /** Beroepsopleidende leerweg: vooral op school, met stages. */
  | 'BOL';

/** Of een plaats nog open staat. */
export type PlaceStatus =
  /** Gesloten. */
  | 'CLOSED'
  /** Open voor nieuwe studenten. */
  | 'OPEN';

export type MyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanyQuery = { myCompany: { id: string, name: string, kvkNumber: string, accreditations: Array<{ id: string, status: AccreditationStatus, since: string, reassessmentDue: string, qualification: { crebo: string, name: string, level: number } }>, places: Array<{ id: string, title: string, pathway: Pathway, level: number, capacity: number, startsOn: string, endsOn: string, status: PlaceStatus, qualification: { name: string } }> } | null };

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

export const MyCompanyDocument = new TypedDocumentString(`
    query MyCompany {
  myCompany {
    id
    name
    kvkNumber
    accreditations {
      id
      status
      since
      reassessmentDue
      qualification {
        crebo
        name
        level
      }
    }
    places {
      id
      title
      pathway
      level
      capacity
      startsOn
      endsOn
      status
      qualification {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCompanyQuery, MyCompanyQueryVariables>;