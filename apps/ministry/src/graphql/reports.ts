import { graphql } from './generated/index.ts';

/** Issue 10 (ministry): report figures without personal data, small cells suppressed, and desks still missing. */
export const reportStatisticsQuery = graphql(`
  query MinistryReportStatistics($year: Int!) {
    reportStatistics(year: $year) {
      year
      hasData
      threshold
      total
      suppressed
      byGround {
        ground {
          code
          label
        }
        count
        suppressed
      }
      byNature {
        code
        label
        count
        suppressed
      }
      byChannel {
        code
        label
        count
        suppressed
      }
      byOutcome {
        code
        label
        count
        suppressed
      }
      byRegion {
        code
        label
        count
        suppressed
      }
      bySector {
        code
        label
        count
        suppressed
      }
    }
    institutionsWithoutReportDesk {
      id
      name
    }
  }
`);
