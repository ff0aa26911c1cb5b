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

/** One page of shortages (cursor), with the total count, totals over every page and why "Onbekend" exists. */
export const shortagesPageQuery = graphql(`
  query MinistryShortagesPage(
    $filter: ShortageFilter
    $search: String
    $sort: ShortageSort
    $direction: ShortageSortDirection
    $first: Int
    $after: String
  ) {
    shortagesConnection(
      filter: $filter
      search: $search
      sort: $sort
      direction: $direction
      first: $first
      after: $after
    ) {
      totalCount
      nodes {
        ...ShortageRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totals {
        ...ShortageTotalsFields
      }
      unknownRegion {
        institutions
        places
      }
      byRegion {
        region {
          code
          name
        }
        demand
        supply
        shortage
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
