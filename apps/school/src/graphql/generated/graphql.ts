/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Leerweg. */
export type Pathway =
  /** Beroepsbegeleidende leerweg: werken en leren, met een leerbaan. */
  | 'BBL'
  /** Beroepsopleidende leerweg: vooral op school, met stages. */
  | 'BOL';

export type SchoolStudentsQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolStudentsQuery = { institution: { id: string, name: string, students: Array<{ id: string, givenName: string, familyName: string, level: number, pathway: Pathway, cohort: number, qualification: { crebo: string, name: string } }> } | null };

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

export const SchoolStudentsDocument = new TypedDocumentString(`
    query SchoolStudents($institutionId: ID!) {
  institution(id: $institutionId) {
    id
    name
    students {
      id
      givenName
      familyName
      level
      pathway
      cohort
      qualification {
        crebo
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolStudentsQuery, SchoolStudentsQueryVariables>;