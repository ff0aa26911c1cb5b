import { useQuery } from '@stelsel/client';
import { ReportStatisticsTables } from '@stelsel/reports-react';
import { Failed, Heading, Loading, Paragraph, SelectField } from '@stelsel/ui';
import { useState } from 'react';
import type { MinistryReportStatisticsQuery } from '../graphql/generated/graphql.ts';
import { reportStatisticsQuery } from '../graphql/reports.ts';

/** "Meldingen" (issue 10): reports of internship discrimination per year, only aggregates, small cells suppressed. */
export function ReportsPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
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
