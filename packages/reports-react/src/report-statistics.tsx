import { type Column, DataTable, Failed, Loading, Paragraph, SelectField } from '@stelsel/ui';
import { figureText, suppressionNote, totalSentence } from './report-figures.ts';

interface Cell {
  count?: number | null;
  suppressed: boolean;
}
interface CategoryRow extends Cell {
  code: string;
  label: string;
}

/** The statistics as `...ReportStatisticsFields` (src/graphql/report-statistics.graphql) asks them. */
export interface ReportFigures {
  year: number;
  hasData: boolean;
  threshold: number;
  total?: number | null;
  suppressed: boolean;
  scope: string;
  byGround: ReadonlyArray<Cell & { ground: { code: string; label: string } }>;
  byNature: readonly CategoryRow[];
  byChannel: readonly CategoryRow[];
  byOutcome: readonly CategoryRow[];
  byRegion: readonly CategoryRow[];
  bySector: readonly CategoryRow[];
  byDesk: readonly CategoryRow[];
}

type Breakdown = 'byNature' | 'byChannel' | 'byOutcome' | 'byRegion' | 'bySector' | 'byDesk';

const BREAKDOWNS: { key: Breakdown; title: string; header: string }[] = [
  { key: 'byNature', title: 'naar aard', header: 'Aard' },
  { key: 'byChannel', title: 'naar waar gemeld werd', header: 'Gemeld bij' },
  { key: 'byOutcome', title: 'naar uitkomst bij SBB', header: 'Uitkomst' },
  { key: 'byRegion', title: 'naar arbeidsmarktregio van het leerbedrijf', header: 'Arbeidsmarktregio' },
  { key: 'bySector', title: 'naar sector (SBB) van het leerbedrijf', header: 'Sector' },
  { key: 'byDesk', title: 'naar meldpunt van de school', header: 'Meldpunt' },
];

function columns(header: string, figures: ReportFigures): Column<CategoryRow>[] {
  return [
    { key: 'label', header, rowHeader: true, cell: (r) => r.label },
    { key: 'count', header: 'Meldingen', numeric: true, cell: (r) => figureText(r, figures) },
  ];
}

/**
 * A year's report statistics (issue 10): the total in a sentence, what the figures cover, and a table per breakdown
 * with "afgeschermd" for suppressed cells and "geen gegevens" for a year without data — never a count of 1 to 9.
 */
export function ReportStatisticsTables({ figures }: { figures: ReportFigures }) {
  return (
    <>
      <Paragraph role="status">
        {totalSentence(figures)} De cijfers gaan over {figures.scope}.
      </Paragraph>
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
              rows={[...figures[b.key]]}
              rowKey={(r) => r.code}
            />
          ))}
          <Paragraph>{suppressionNote(figures.threshold)}</Paragraph>
        </>
      ) : null}
    </>
  );
}

/** The year the statistics are about: this year and the four before it. */
export function ReportYearField({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const thisYear = new Date().getFullYear();
  return (
    <SelectField
      id="meldingen-jaar"
      label="Jaar"
      value={String(year)}
      onChange={(v) => onChange(Number(v))}
      options={[0, 1, 2, 3, 4].map((back) => ({ value: String(thisYear - back), label: String(thisYear - back) }))}
    />
  );
}

/** While the statistics load, or when they could not be fetched (with a retry). */
export function ReportStatisticsState({ result }: { result: { status: string; error?: Error; reload: () => void } }) {
  if (result.status === 'loading') return <Loading>De cijfers worden opgehaald…</Loading>;
  if (result.status === 'failed') {
    return <Failed what="de cijfers over meldingen" message={result.error?.message ?? ''} onRetry={result.reload} />;
  }
  return null;
}
