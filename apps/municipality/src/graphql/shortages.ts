import { graphql } from './generated/index.ts';

/** Shortages of the municipality's own labour-market region (the back end restricts them to it). */
export const regionShortagesQuery = graphql(`
  query MunicipalityShortages {
    shortages {
      rows {
        ...ShortageRowFields
      }
      totals {
        ...ShortageTotalsFields
      }
    }
  }
`);
