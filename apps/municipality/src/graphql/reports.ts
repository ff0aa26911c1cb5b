import { graphql } from './generated/index.ts';

/** Issue 10 (municipality): report figures about companies in the own labour-market region, small cells suppressed. */
export const regionReportStatisticsQuery = graphql(`
  query MunicipalityReportStatistics($year: Int!) {
    reportStatistics(year: $year) {
      ...ReportStatisticsFields
    }
  }
`);
