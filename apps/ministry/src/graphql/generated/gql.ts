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
    "\n  query MinistryAllocations {\n    salarismix: allocations(scheme: SALARISMIX) {\n      ...AllocationRow\n    }\n    carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationRow\n    }\n    salarismixSummary: allocationSummary(scheme: SALARISMIX) {\n      ...AllocationTotals\n    }\n    carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationTotals\n    }\n  }\n\n  fragment AllocationRow on Allocation {\n    year\n    amount\n    transitionRecipient\n    institutionKey: institution {\n      id\n    }\n    institution {\n      id\n      name\n    }\n  }\n\n  fragment AllocationTotals on AllocationSummary {\n    institutionCount\n    sum\n    statedTotal\n    difference\n    basis\n    regulation {\n      name\n      citation\n    }\n  }\n": typeof types.MinistryAllocationsDocument,
    "\n  query MinistryBblShare {\n    bblShare {\n      national {\n        students\n        bbl\n        share\n        ambition\n        gap\n      }\n      perInstitution {\n        institution {\n          id\n          name\n        }\n        students\n        bbl\n        share\n        suppressed\n      }\n    }\n  }\n": typeof types.MinistryBblShareDocument,
    "\n  query MinistryLabourMarketRegions {\n    labourMarketRegions {\n      code\n      name\n    }\n  }\n": typeof types.MinistryLabourMarketRegionsDocument,
    "\n  query MinistryShortagesPage(\n    $filter: ShortageFilter\n    $search: String\n    $sort: ShortageSort\n    $direction: ShortageSortDirection\n    $first: Int\n    $after: String\n  ) {\n    shortagesConnection(\n      filter: $filter\n      search: $search\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        region {\n          code\n          name\n        }\n        qualification {\n          crebo\n          name\n          level\n        }\n        pathway\n        demand\n        supply\n        shortage\n        surplus\n        suppressed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        demand\n        supply\n        shortage\n        surplus\n        suppressedRows\n      }\n      unknownRegion {\n        institutions\n        places\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        demand\n        supply\n        shortage\n      }\n    }\n  }\n": typeof types.MinistryShortagesPageDocument,
    "\n  query MinistryPlacementMonitor {\n    placementMonitor {\n      placements\n      declined\n      declines {\n        reason\n        count\n      }\n      signedAgreements\n      threeContactMomentsShare\n      expenseAllowanceShare\n    }\n  }\n": typeof types.MinistryPlacementMonitorDocument,
    "\n  query StudentMeasures($schoolYear: String!) {\n    bookProvisionOverview(schoolYear: $schoolYear) {\n      schoolYear\n      national {\n        ...StudentMeasuresFields\n      }\n      institutions {\n        ...StudentMeasuresFields\n      }\n    }\n    institutions {\n      id\n      name\n    }\n  }\n  fragment StudentMeasuresFields on StudentMeasuresRow {\n    institutionId\n    students { count suppressed }\n    entitledStudents { count suppressed }\n    studentsWithAllBooks { count suppressed }\n    shareWithAllBooks\n    cardsIssued { count suppressed }\n    refundRequests { count suppressed }\n    refundsDecided { count suppressed }\n    refundsOverdue { count suppressed }\n    medianDaysToDecide\n  }\n": typeof types.StudentMeasuresDocument,
    "\n  query MinistrySchoolYear {\n    currentSchoolYear\n  }\n": typeof types.MinistrySchoolYearDocument,
};
const documents: Documents = {
    "\n  query MinistryAllocations {\n    salarismix: allocations(scheme: SALARISMIX) {\n      ...AllocationRow\n    }\n    carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationRow\n    }\n    salarismixSummary: allocationSummary(scheme: SALARISMIX) {\n      ...AllocationTotals\n    }\n    carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationTotals\n    }\n  }\n\n  fragment AllocationRow on Allocation {\n    year\n    amount\n    transitionRecipient\n    institutionKey: institution {\n      id\n    }\n    institution {\n      id\n      name\n    }\n  }\n\n  fragment AllocationTotals on AllocationSummary {\n    institutionCount\n    sum\n    statedTotal\n    difference\n    basis\n    regulation {\n      name\n      citation\n    }\n  }\n": types.MinistryAllocationsDocument,
    "\n  query MinistryBblShare {\n    bblShare {\n      national {\n        students\n        bbl\n        share\n        ambition\n        gap\n      }\n      perInstitution {\n        institution {\n          id\n          name\n        }\n        students\n        bbl\n        share\n        suppressed\n      }\n    }\n  }\n": types.MinistryBblShareDocument,
    "\n  query MinistryLabourMarketRegions {\n    labourMarketRegions {\n      code\n      name\n    }\n  }\n": types.MinistryLabourMarketRegionsDocument,
    "\n  query MinistryShortagesPage(\n    $filter: ShortageFilter\n    $search: String\n    $sort: ShortageSort\n    $direction: ShortageSortDirection\n    $first: Int\n    $after: String\n  ) {\n    shortagesConnection(\n      filter: $filter\n      search: $search\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        region {\n          code\n          name\n        }\n        qualification {\n          crebo\n          name\n          level\n        }\n        pathway\n        demand\n        supply\n        shortage\n        surplus\n        suppressed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        demand\n        supply\n        shortage\n        surplus\n        suppressedRows\n      }\n      unknownRegion {\n        institutions\n        places\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        demand\n        supply\n        shortage\n      }\n    }\n  }\n": types.MinistryShortagesPageDocument,
    "\n  query MinistryPlacementMonitor {\n    placementMonitor {\n      placements\n      declined\n      declines {\n        reason\n        count\n      }\n      signedAgreements\n      threeContactMomentsShare\n      expenseAllowanceShare\n    }\n  }\n": types.MinistryPlacementMonitorDocument,
    "\n  query StudentMeasures($schoolYear: String!) {\n    bookProvisionOverview(schoolYear: $schoolYear) {\n      schoolYear\n      national {\n        ...StudentMeasuresFields\n      }\n      institutions {\n        ...StudentMeasuresFields\n      }\n    }\n    institutions {\n      id\n      name\n    }\n  }\n  fragment StudentMeasuresFields on StudentMeasuresRow {\n    institutionId\n    students { count suppressed }\n    entitledStudents { count suppressed }\n    studentsWithAllBooks { count suppressed }\n    shareWithAllBooks\n    cardsIssued { count suppressed }\n    refundRequests { count suppressed }\n    refundsDecided { count suppressed }\n    refundsOverdue { count suppressed }\n    medianDaysToDecide\n  }\n": types.StudentMeasuresDocument,
    "\n  query MinistrySchoolYear {\n    currentSchoolYear\n  }\n": types.MinistrySchoolYearDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryAllocations {\n    salarismix: allocations(scheme: SALARISMIX) {\n      ...AllocationRow\n    }\n    carriereperspectief: allocations(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationRow\n    }\n    salarismixSummary: allocationSummary(scheme: SALARISMIX) {\n      ...AllocationTotals\n    }\n    carriereperspectiefSummary: allocationSummary(scheme: CARRIEREPERSPECTIEF) {\n      ...AllocationTotals\n    }\n  }\n\n  fragment AllocationRow on Allocation {\n    year\n    amount\n    transitionRecipient\n    institutionKey: institution {\n      id\n    }\n    institution {\n      id\n      name\n    }\n  }\n\n  fragment AllocationTotals on AllocationSummary {\n    institutionCount\n    sum\n    statedTotal\n    difference\n    basis\n    regulation {\n      name\n      citation\n    }\n  }\n"): typeof import('./graphql').MinistryAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryBblShare {\n    bblShare {\n      national {\n        students\n        bbl\n        share\n        ambition\n        gap\n      }\n      perInstitution {\n        institution {\n          id\n          name\n        }\n        students\n        bbl\n        share\n        suppressed\n      }\n    }\n  }\n"): typeof import('./graphql').MinistryBblShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryLabourMarketRegions {\n    labourMarketRegions {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').MinistryLabourMarketRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryShortagesPage(\n    $filter: ShortageFilter\n    $search: String\n    $sort: ShortageSort\n    $direction: ShortageSortDirection\n    $first: Int\n    $after: String\n  ) {\n    shortagesConnection(\n      filter: $filter\n      search: $search\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        region {\n          code\n          name\n        }\n        qualification {\n          crebo\n          name\n          level\n        }\n        pathway\n        demand\n        supply\n        shortage\n        surplus\n        suppressed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totals {\n        demand\n        supply\n        shortage\n        surplus\n        suppressedRows\n      }\n      unknownRegion {\n        institutions\n        places\n      }\n      byRegion {\n        region {\n          code\n          name\n        }\n        demand\n        supply\n        shortage\n      }\n    }\n  }\n"): typeof import('./graphql').MinistryShortagesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryPlacementMonitor {\n    placementMonitor {\n      placements\n      declined\n      declines {\n        reason\n        count\n      }\n      signedAgreements\n      threeContactMomentsShare\n      expenseAllowanceShare\n    }\n  }\n"): typeof import('./graphql').MinistryPlacementMonitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentMeasures($schoolYear: String!) {\n    bookProvisionOverview(schoolYear: $schoolYear) {\n      schoolYear\n      national {\n        ...StudentMeasuresFields\n      }\n      institutions {\n        ...StudentMeasuresFields\n      }\n    }\n    institutions {\n      id\n      name\n    }\n  }\n  fragment StudentMeasuresFields on StudentMeasuresRow {\n    institutionId\n    students { count suppressed }\n    entitledStudents { count suppressed }\n    studentsWithAllBooks { count suppressed }\n    shareWithAllBooks\n    cardsIssued { count suppressed }\n    refundRequests { count suppressed }\n    refundsDecided { count suppressed }\n    refundsOverdue { count suppressed }\n    medianDaysToDecide\n  }\n"): typeof import('./graphql').StudentMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistrySchoolYear {\n    currentSchoolYear\n  }\n"): typeof import('./graphql').MinistrySchoolYearDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
