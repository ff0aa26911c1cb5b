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
    "\n  query MinistryAllocations {\n    salarismix: allocations(scheme: SALARISMIX) {\n      ...AllocationRow\n    }\n    carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationRow\n    }\n    salarismixSummary: allocationSummary(scheme: SALARISMIX) {\n      ...AllocationTotals\n    }\n    carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationTotals\n    }\n  }\n\n  fragment AllocationRow on Allocation {\n    year\n    amount\n    institution {\n      id\n      name\n    }\n  }\n\n  fragment AllocationTotals on AllocationSummary {\n    institutionCount\n    sum\n    statedTotal\n    difference\n  }\n": typeof types.MinistryAllocationsDocument,
};
const documents: Documents = {
    "\n  query MinistryAllocations {\n    salarismix: allocations(scheme: SALARISMIX) {\n      ...AllocationRow\n    }\n    carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationRow\n    }\n    salarismixSummary: allocationSummary(scheme: SALARISMIX) {\n      ...AllocationTotals\n    }\n    carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationTotals\n    }\n  }\n\n  fragment AllocationRow on Allocation {\n    year\n    amount\n    institution {\n      id\n      name\n    }\n  }\n\n  fragment AllocationTotals on AllocationSummary {\n    institutionCount\n    sum\n    statedTotal\n    difference\n  }\n": types.MinistryAllocationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryAllocations {\n    salarismix: allocations(scheme: SALARISMIX) {\n      ...AllocationRow\n    }\n    carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationRow\n    }\n    salarismixSummary: allocationSummary(scheme: SALARISMIX) {\n      ...AllocationTotals\n    }\n    carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationTotals\n    }\n  }\n\n  fragment AllocationRow on Allocation {\n    year\n    amount\n    institution {\n      id\n      name\n    }\n  }\n\n  fragment AllocationTotals on AllocationSummary {\n    institutionCount\n    sum\n    statedTotal\n    difference\n  }\n"): typeof import('./graphql').MinistryAllocationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
