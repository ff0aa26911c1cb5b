import { useQuery } from '@stelsel/client';
import { type Column, DataTable, formatEuro, Heading, Paragraph, QueryStatus } from '@stelsel/ui';
import { municipalFundingQuery } from '../graphql/funding.ts';
import type { MunicipalFundingLineFragment } from '../graphql/generated/graphql.ts';

const COLUMNS: Column<MunicipalFundingLineFragment>[] = [
  { key: 'year', header: 'Jaar', cell: (l) => String(l.year) },
  { key: 'name', header: 'Financieringslijn', rowHeader: true, cell: (l) => l.name },
  {
    key: 'budget',
    header: 'Landelijk budget per jaar',
    numeric: true,
    cell: (l) => (l.budget ? formatEuro(l.budget) : '—'),
  },
  { key: 'note', header: 'Toelichting', cell: (l) => l.note ?? '' },
  { key: 'source', header: 'Bron', cell: (l) => l.source },
];

/** What municipalities receive (issue 11): Doorstroompunt and low literacy, per year, with the source. */
export function FundingPage() {
  const year = new Date().getFullYear();
  const result = useQuery(municipalFundingQuery, { y1: year - 2, y2: year - 1, y3: year, y4: year + 1 });
  return (
    <section aria-labelledby="financiering-title">
      <Heading level={1} id="financiering-title">
        Financiering voor gemeenten
      </Heading>
      <Paragraph>
        De landelijke bedragen die gemeenten ontvangen voor het Doorstroompunt en de aanpak van laaggeletterdheid. De
        verdeling over de gemeenten staat niet in de bronnen; het aandeel van uw gemeente ziet u daarom hier niet.
      </Paragraph>
      <QueryStatus result={result} what="de financiering" loading="Financiering wordt opgehaald…" />
      {result.status === 'done' ? (
        <DataTable
          caption="Financieringslijnen voor gemeenten per jaar"
          columns={COLUMNS}
          rows={[
            ...(result.data.y1 ?? []),
            ...(result.data.y2 ?? []),
            ...(result.data.y3 ?? []),
            ...(result.data.y4 ?? []),
          ]}
          rowKey={(l) => `${l.year}-${l.id}`}
          csvName="financiering-gemeenten"
        />
      ) : null}
    </section>
  );
}
