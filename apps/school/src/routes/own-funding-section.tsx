import { useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import { type Column, DataTable, formatEuro, Heading, Paragraph, QueryStatus } from '@stelsel/ui';
import { schoolFundingQuery } from '../graphql/funding.ts';
import type { SchoolFundingLineFragment } from '../graphql/generated/graphql.ts';

interface Row {
  key: string;
  year: number;
  line: string;
  amount: string | null;
  national: string | null;
  estimate: boolean;
  source: string;
}

/** One row per line and year: the institution's own amount where the source gives one per institution. */
export function ownFundingRows(lines: readonly SchoolFundingLineFragment[], institutionId: string): Row[] {
  return lines
    .filter((l) => l.id !== 'mbo-structureel')
    .map((l) => ({
      key: `${l.year}-${l.id}`,
      year: l.year,
      line: l.name,
      amount: l.recipients.find((r) => r.institution?.id === institutionId)?.amount ?? null,
      national: l.budget ?? null,
      estimate: l.estimate,
      source: l.source,
    }));
}

const COLUMNS: Column<Row>[] = [
  { key: 'year', header: 'Jaar', cell: (r) => String(r.year) },
  { key: 'line', header: 'Financieringslijn', rowHeader: true, cell: (r) => r.line },
  {
    key: 'amount',
    header: 'Uw instelling',
    numeric: true,
    cell: (r) => (r.amount ? `${formatEuro(r.amount)}${r.estimate ? ' (raming)' : ''}` : 'niet per instelling bekend'),
  },
  {
    key: 'national',
    header: 'Landelijk budget',
    numeric: true,
    cell: (r) => (r.national ? formatEuro(r.national) : '—'),
  },
  { key: 'source', header: 'Bron', cell: (r) => r.source },
];

/** The institution's own funding lines and amounts per year (issue 11). */
export function OwnFundingSection({ institutionId }: { institutionId: string }) {
  const year = Number(todayInNetherlands().slice(0, 4));
  const result = useQuery(schoolFundingQuery, { y1: year - 3, y2: year - 2, y3: year - 1, y4: year });
  return (
    <section aria-labelledby="eigen-financiering-title">
      <Heading level={2} id="eigen-financiering-title">
        Financiering van uw instelling per jaar
      </Heading>
      <Paragraph>
        De bedragen per instelling komen uit de gepubliceerde allocatietabel: een raming op de ongecontroleerde teldatum
        1 oktober 2022. De werkelijke bedragen zullen afwijken.
      </Paragraph>
      <QueryStatus result={result} what="de financiering" loading="Financiering wordt opgehaald…" />
      {result.status === 'done' ? (
        <DataTable
          caption="Financieringslijnen van uw instelling per jaar"
          columns={COLUMNS}
          rows={ownFundingRows(
            [
              ...(result.data.y1 ?? []),
              ...(result.data.y2 ?? []),
              ...(result.data.y3 ?? []),
              ...(result.data.y4 ?? []),
            ],
            institutionId,
          )}
          rowKey={(r) => r.key}
          csvName="financiering-instelling"
        />
      ) : null}
    </section>
  );
}
