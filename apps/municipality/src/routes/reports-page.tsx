import { useQuery } from '@stelsel/client';
import { ReportStatisticsTables } from '@stelsel/reports-react';
import { Failed, Heading, Loading, Paragraph, SelectField } from '@stelsel/ui';
import { useState } from 'react';
import { regionReportStatisticsQuery } from '../graphql/reports.ts';

/**
 * "Meldingen in uw regio" (issue 10): how many reports of internship discrimination and misuse concern companies in
 * the municipality's labour-market region, per year; only aggregates, small cells suppressed. The municipality funds
 * the anti-discrimination service (ADV), one of the places a student may report.
 */
export function ReportsPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
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
      <SelectField
        id="meldingen-jaar"
        label="Jaar"
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        options={[0, 1, 2, 3, 4].map((back) => ({ value: String(thisYear - back), label: String(thisYear - back) }))}
      />
      {result.status === 'loading' ? <Loading>De cijfers worden opgehaald…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de cijfers over meldingen" message={result.error.message} onRetry={result.reload} />
      ) : null}
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
