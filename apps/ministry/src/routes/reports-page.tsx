import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Failed, Heading, Loading, Paragraph, SelectField } from '@stelsel/ui';
import { useState } from 'react';
import type { MinistryReportStatisticsQuery } from '../graphql/generated/graphql.ts';
import { reportStatisticsQuery } from '../graphql/reports.ts';
import { figureText, suppressionNote, totalSentence } from './report-figures.ts';

type Figures = NonNullable<MinistryReportStatisticsQuery['reportStatistics']>;
type Row = { code: string; label: string; count?: number | null; suppressed: boolean };

const BREAKDOWNS: {
  key: 'byNature' | 'byChannel' | 'byOutcome' | 'byRegion' | 'bySector';
  title: string;
  header: string;
}[] = [
  { key: 'byNature', title: 'naar aard', header: 'Aard' },
  { key: 'byChannel', title: 'naar waar gemeld werd', header: 'Gemeld bij' },
  { key: 'byOutcome', title: 'naar uitkomst bij SBB', header: 'Uitkomst' },
  { key: 'byRegion', title: 'naar arbeidsmarktregio van het leerbedrijf', header: 'Arbeidsmarktregio' },
  { key: 'bySector', title: 'naar sector (SBB) van het leerbedrijf', header: 'Sector' },
];

function columns(header: string, figures: Figures): Column<Row>[] {
  return [
    { key: 'label', header, rowHeader: true, cell: (r) => r.label },
    { key: 'count', header: 'Meldingen', numeric: true, cell: (r) => figureText(r, figures) },
  ];
}

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
      <Paragraph role="status">{totalSentence(figures)}</Paragraph>
      {figures.hasData ? (
        <>
          <DataTable
            caption={`Meldingen van discriminatie in ${figures.year} naar grond`}
            columns={columns('Grond', figures)}
            rows={figures.byGround.map((g) => ({ code: g.ground.code, label: g.ground.label, ...g }))}
            rowKey={(r) => r.code}
          />
          {BREAKDOWNS.map((b) => (
            <DataTable
              key={b.key}
              caption={`Meldingen in ${figures.year} ${b.title}`}
              columns={columns(b.header, figures)}
              rows={figures[b.key]}
              rowKey={(r) => r.code}
            />
          ))}
          <Paragraph>{suppressionNote(figures.threshold)}</Paragraph>
        </>
      ) : null}
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
