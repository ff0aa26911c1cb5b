import { useQuery } from '@stelsel/client';
import {
  BarChart,
  Failed,
  formatInteger,
  Heading,
  Loading,
  Notice,
  Paragraph,
  ShortagesTable,
  type TableFilter,
  type TableState,
  useTableState,
} from '@stelsel/ui';
import { formatCount } from '@stelsel/ui/shortages';
import { useRef, useState } from 'react';
import type { MinistryShortagesPageQuery, Pathway, ShortageSort } from '../graphql/generated/graphql.ts';
import { labourMarketRegionsQuery, shortagesPageQuery } from '../graphql/shortages.ts';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['regio', 'leerweg'] as const;
const SORT_FIELDS: Record<string, ShortageSort> = {
  region: 'REGION',
  qualification: 'QUALIFICATION',
  demand: 'DEMAND',
  supply: 'SUPPLY',
  shortage: 'SHORTAGE',
  surplus: 'SURPLUS',
};

type ShortagesPageData = NonNullable<MinistryShortagesPageQuery['shortagesConnection']>;

/** Why rows say "Onbekend": the institutions without a known seat, named, so the gap can be fixed at its source. */
function UnknownRegionNotice({ unknown }: { unknown: NonNullable<ShortagesPageData['unknownRegion']> }) {
  return (
    <Notice title="Waarom staat er “Onbekend” bij de regio?">
      <Paragraph>
        De vraag telt mee in de regio van de vestigingsgemeente van de instelling. Van{' '}
        {formatInteger(unknown.institutions.length)}{' '}
        {unknown.institutions.length === 1 ? 'instelling is' : 'instellingen is'} die gemeente niet bekend in de
        referentiegegevens, of niet aan een arbeidsmarktregio gekoppeld. Hun studenten staan daarom onder “Onbekend”
        {unknown.places > 0 ? `, net als ${formatInteger(unknown.places)} open plaatsen in zo’n gemeente` : ''}. Dit
        verdwijnt zodra de vestigingsgemeente van deze instellingen is vastgelegd.
      </Paragraph>
      {unknown.institutions.length > 0 ? (
        <details>
          <summary>Instellingen zonder bekende vestigingsgemeente</summary>
          <ul>
            {unknown.institutions.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </Notice>
  );
}

/** Shortages per qualification and region: a server-side filtered, sorted and paged table. */
export function ShortagesSection() {
  const [state, setState] = useTableState(FILTER_KEYS);
  // Cursors of the pages before this one, so "Vorige pagina" works; empty after a reload on a later page.
  const [previous, setPrevious] = useState<{ after: string | null; offset: number | null }[]>([]);
  const [offset, setOffset] = useState<number | null>(state.after ? null : 0);
  const regions = useQuery(labourMarketRegionsQuery, {});
  const regionCode = state.filters.regio ?? null;
  const pathway = (state.filters.leerweg as Pathway | undefined) ?? null;
  const variables = {
    filter: regionCode || pathway ? { regionCode, pathway } : null,
    search: state.search.trim() || null,
    sort: state.sort ? (SORT_FIELDS[state.sort] ?? null) : null,
    direction: state.sort ? (state.direction === 'desc' ? ('DESC' as const) : ('ASC' as const)) : null,
    first: PAGE_SIZE,
    after: state.after,
  };
  const result = useQuery(shortagesPageQuery, variables);
  // Keep the last page on screen while the next one loads, so the page does not jump.
  const last = useRef<ShortagesPageData | null>(null);
  // The range under the table belongs to the rows shown, so it changes when they do. Right after the
  // variables change, the result still holds the previous page until the new request starts.
  const shownOffset = useRef(offset);
  const requested = useRef<string | null>(null);
  const key = JSON.stringify(variables);
  if (result.status === 'loading') requested.current = key;
  if (result.status === 'done') {
    last.current = result.data.shortagesConnection ?? null;
    if (requested.current === key) shownOffset.current = offset;
  }
  const data =
    result.status === 'done'
      ? (result.data.shortagesConnection ?? null)
      : result.status === 'loading'
        ? last.current
        : null;

  const change = (patch: Partial<TableState>) => {
    setPrevious([]);
    setOffset(0);
    setState(patch);
  };
  const regionName =
    regions.status === 'done'
      ? (regions.data.labourMarketRegions ?? []).find((r) => r.code === regionCode)?.name
      : undefined;
  const filters: TableFilter[] = [
    {
      key: 'regio',
      label: 'Arbeidsmarktregio',
      allLabel: "Alle regio's",
      options:
        regions.status === 'done'
          ? (regions.data.labourMarketRegions ?? []).map((r) => ({ value: r.code, label: r.name }))
          : [],
    },
    {
      key: 'leerweg',
      label: 'Leerweg',
      allLabel: 'Bol en bbl',
      options: [
        { value: 'BOL', label: 'Bol' },
        { value: 'BBL', label: 'Bbl' },
      ],
    },
  ];
  return (
    <section aria-labelledby="shortages-title">
      <Heading level={2} id="shortages-title">
        Stagetekorten per regio, kwalificatie en leerweg
      </Heading>
      {regions.status === 'failed' ? (
        <Failed
          what="de arbeidsmarktregio's om op te filteren"
          message={`${regions.error.message} De tabel toont alle regio's.`}
          onRetry={regions.reload}
        />
      ) : null}
      {result.status === 'failed' ? (
        <Failed what="de stagetekorten" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'loading' && !data ? <Loading>De stagetekorten worden geladen…</Loading> : null}
      {data ? (
        <>
          <dl className="stelsel-totals" aria-label="Totalen over alle rijen">
            <div>
              <dt>Rijen</dt>
              <dd>{formatInteger(data.totalCount)}</dd>
            </div>
            <div>
              <dt>Vraag (studenten)</dt>
              <dd>{formatCount(data.totals.demand)}</dd>
            </div>
            <div>
              <dt>Aanbod (vrije plekken)</dt>
              <dd>{formatCount(data.totals.supply)}</dd>
            </div>
            <div>
              <dt>Tekort</dt>
              <dd>{formatCount(data.totals.shortage)}</dd>
            </div>
            <div>
              <dt>Overschot</dt>
              <dd>{formatCount(data.totals.surplus)}</dd>
            </div>
          </dl>
          {data.byRegion.length > 1 ? (
            <BarChart
              title="Tekort per arbeidsmarktregio"
              summary={`Het tekort opgeteld per regio, over alle ${formatInteger(data.totalCount)} rijen die aan het filter voldoen; grootste tekort eerst.`}
              labelHeader="Arbeidsmarktregio"
              valueHeader="Tekort"
              data={data.byRegion.map((r) => ({
                key: r.region.code,
                label: r.region.name,
                value: r.shortage,
                display: formatInteger(r.shortage),
              }))}
            />
          ) : null}
          {data.unknownRegion ? <UnknownRegionNotice unknown={data.unknownRegion} /> : null}
          <ShortagesTable
            caption={
              regionName
                ? `Stagetekorten in ${regionName} per kwalificatie en leerweg, met totalen`
                : "Stagetekorten per arbeidsmarktregio, kwalificatie en leerweg (alle regio's), met totalen"
            }
            rows={data.nodes}
            totals={data.totals}
            totalsLabel={`Totaal over alle ${formatInteger(data.totalCount)} rijen`}
            csvName="stagetekorten"
            empty={
              state.search || regionCode || pathway
                ? 'Geen stagetekorten of overschotten die aan de zoekopdracht of het filter voldoen.'
                : 'Er zijn geen stagetekorten of overschotten bekend.'
            }
            controls={{
              state,
              onChange: change,
              search: { label: 'Zoek op kwalificatie, crebocode of regio' },
              filters,
              pagination: {
                totalCount: data.totalCount,
                offset: shownOffset.current,
                hasNextPage: data.pageInfo.hasNextPage,
                endCursor: data.pageInfo.endCursor,
                onNext: (cursor) => {
                  setPrevious([...previous, { after: state.after, offset }]);
                  setOffset(offset === null ? null : offset + data.nodes.length);
                  setState({ after: cursor });
                },
                onPrevious:
                  previous.length > 0
                    ? () => {
                        const back = previous[previous.length - 1];
                        setPrevious(previous.slice(0, -1));
                        setOffset(back?.offset ?? null);
                        setState({ after: back?.after ?? null });
                      }
                    : undefined,
                onFirst:
                  state.after !== null
                    ? () => {
                        setPrevious([]);
                        setOffset(0);
                        setState({ after: null });
                      }
                    : undefined,
              },
            }}
          />
        </>
      ) : null}
    </section>
  );
}
