import { graphql } from './generated/index.ts';

/** Shortages of the municipality's own labour-market region (the back end restricts them to it). */
export const regionShortagesQuery = graphql(`
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
`);
