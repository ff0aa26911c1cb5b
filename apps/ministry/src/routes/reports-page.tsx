import { useQuery } from '@stelsel/client';
import { ReportStatisticsState, ReportStatisticsTables, ReportYearField } from '@stelsel/reports-react';
import { Heading, Paragraph } from '@stelsel/ui';
import { useState } from 'react';
import type { MinistryReportStatisticsQuery } from '../graphql/generated/graphql.ts';
import { reportStatisticsQuery } from '../graphql/reports.ts';

/** "Meldingen" (issue 10): reports of internship discrimination per year, only aggregates, small cells suppressed. */
export function ReportsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const result = useQuery(reportStatisticsQuery, { year });
  return (
    <section aria-labelledby="meldingen-title">
      <Heading level={1} id="meldingen-title">
        Meldingen van stagediscriminatie
      </Heading>
      <Paragraph>
        Hoeveel meldingen van discriminatie en misbruik van stagiairs er binnenkwamen, zonder persoonsgegevens: bij de
        meldpunten van de scholen, bij SBB en bij de antidiscriminatievoorzieningen.
      </Paragraph>
      <ReportYearField year={year} onChange={setYear} />
      <ReportStatisticsState result={result} />
      {result.status === 'done' ? <Figures data={result.data} /> : null}
    </section>
  );
}

function Figures({ data }: { data: MinistryReportStatisticsQuery }) {
  const figures = data.reportStatistics;
  if (!figures) return <Paragraph>De cijfers over meldingen zijn nu niet beschikbaar.</Paragraph>;
  const without = data.institutionsWithoutReportDesk ?? [];
  return (
    <>
      <ReportStatisticsTables figures={figures} />
      <Heading level={2}>Instellingen zonder meldpunt</Heading>
      {without.length === 0 ? (
        <Paragraph>Alle instellingen hebben een meldpunt geregistreerd.</Paragraph>
      ) : (
        <>
          <Paragraph>
            {without.length} instellingen hebben nog geen meldpunt stagediscriminatie geregistreerd.
          </Paragraph>
          <ul aria-label="Instellingen zonder meldpunt">
            {without.map((i) => (
              <li key={i.id}>{i.name ?? i.id}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
