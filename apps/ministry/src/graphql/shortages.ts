import { graphql } from './generated/index.ts';

/** The national bbl share against the 35% ambition, and the share per institution. */
export const bblShareQuery = graphql(`
  query MinistryBblShare {
    bblShare {
      national {
        students
        bbl
        share
        ambition
        gap
      }
      perInstitution {
        institution {
          id
          name
        }
        students
        bbl
        share
        suppressed
      }
    }
  }
`);

/** The labour-market regions for the region filter. */
export const labourMarketRegionsQuery = graphql(`
  query MinistryLabourMarketRegions {
    labourMarketRegions {
      code
      name
    }
  }
`);

/** Shortages per region, qualification and pathway, optionally for one region. */
export const shortagesQuery = graphql(`
  query MinistryShortages($filter: ShortageFilter) {
    shortages(filter: $filter) {
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
`);

/** The placement monitor: declined matches per reason, contact moments and expense allowances. */
export const placementMonitorQuery = graphql(`
  query MinistryPlacementMonitor {
    placementMonitor {
      placements
      declined
      declines {
        reason
        count
      }
      signedAgreements
      threeContactMomentsShare
      expenseAllowanceShare
    }
  }
`);
