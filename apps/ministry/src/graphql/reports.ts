import { graphql } from './generated/index.ts';

/**
 * Issue 10 (ministry): report figures without personal data, small cells suppressed (the shared
 * `ReportStatisticsFields`, packages/reports-react/src/graphql), and desks still missing.
 */
export const reportStatisticsQuery = graphql(`
  query MinistryReportStatistics($year: Int!) {
    reportStatistics(year: $year) {
      ...ReportStatisticsFields
    }
    institutionsWithoutReportDesk {
      id
      name
    }
  }
`);
