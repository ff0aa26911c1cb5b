import { useQuery } from '@stelsel/client';
import { ReportStatisticsState, ReportStatisticsTables, ReportYearField } from '@stelsel/reports-react';
import { Heading, Paragraph } from '@stelsel/ui';
import { useState } from 'react';
import { regionReportStatisticsQuery } from '../graphql/reports.ts';

/**
 * "Meldingen in uw regio" (issue 10): how many reports of internship discrimination and misuse concern companies in
 * the municipality's labour-market region, per year; only aggregates, small cells suppressed. The municipality funds
 * the anti-discrimination service (ADV), one of the places a student may report.
 */
export function ReportsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const result = useQuery(regionReportStatisticsQuery, { year });
  return (
    <section aria-labelledby="meldingen-title">
      <Heading level={1} id="meldingen-title">
        Meldingen van stagediscriminatie in uw regio
      </Heading>
      <Paragraph>
        Hoeveel meldingen van discriminatie en misbruik van stagiairs er binnenkwamen over leerbedrijven in uw
        arbeidsmarktregio, zonder persoonsgegevens: bij de meldpunten van de scholen, bij SBB en bij de
        antidiscriminatievoorziening (ADV).
      </Paragraph>
      <ReportYearField year={year} onChange={setYear} />
      <ReportStatisticsState result={result} />
      {result.status === 'done' ? (
        result.data.reportStatistics ? (
          <ReportStatisticsTables figures={result.data.reportStatistics} />
        ) : (
          <Paragraph>De cijfers over meldingen zijn nu niet beschikbaar.</Paragraph>
        )
      ) : null}
    </section>
  );
}
