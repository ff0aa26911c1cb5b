/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MinistryAllocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryAllocationsQuery = { salarismix: Array<{ year: number, amount: string, institution: { id: string, name: string } }>, carriereperspectief: Array<{ year: number, amount: string, institution: { id: string, name: string } }>, salarismixSummary: { institutionCount: number, sum: string, statedTotal: string | null, difference: string | null }, carriereperspectiefSummary: { institutionCount: number, sum: string, statedTotal: string | null, difference: string | null } };

export type AllocationRowFragment = { year: number, amount: string, institution: { id: string, name: string } };

export type AllocationTotalsFragment = { institutionCount: number, sum: string, statedTotal: string | null, difference: string | null };

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
export const AllocationRowFragmentDoc = new TypedDocumentString(`
    fragment AllocationRow on Allocation {
  year
  amount
  institution {
    id
    name
  }
}
    `, {"fragmentName":"AllocationRow"}) as unknown as TypedDocumentString<AllocationRowFragment, unknown>;
export const AllocationTotalsFragmentDoc = new TypedDocumentString(`
    fragment AllocationTotals on AllocationSummary {
  institutionCount
  sum
  statedTotal
  difference
}
    `, {"fragmentName":"AllocationTotals"}) as unknown as TypedDocumentString<AllocationTotalsFragment, unknown>;
export const MinistryAllocationsDocument = new TypedDocumentString(`
    query MinistryAllocations {
  salarismix: allocations(scheme: SALARISMIX) {
    ...AllocationRow
  }
  carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {
    ...AllocationRow
  }
  salarismixSummary: allocationSummary(scheme: SALARISMIX) {
    ...AllocationTotals
  }
  carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {
    ...AllocationTotals
  }
}
    fragment AllocationRow on Allocation {
  year
  amount
  institution {
    id
    name
  }
}
fragment AllocationTotals on AllocationSummary {
  institutionCount
  sum
  statedTotal
  difference
}`) as unknown as TypedDocumentString<MinistryAllocationsQuery, MinistryAllocationsQueryVariables>;