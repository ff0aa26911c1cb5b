import { graphql } from './generated/index.ts';

/** The published allocation tables of both schemes with their totals. */
export const allocationsQuery = graphql(`
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
    transitionRecipient
    institutionKey: institution {
      id
    }
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
    basis
    regulation {
      name
      citation
    }
  }
`);
