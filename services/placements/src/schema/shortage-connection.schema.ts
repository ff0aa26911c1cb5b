import { DomainError } from '@stelsel/graphql-kit';
import { UNKNOWN_REGION } from '../db/labour-market-regions.ts';
import { findUnmappedSources } from '../db/shortages.ts';
import { SHORTAGE_READERS } from '../domain/access.ts';
import { builder } from './builder.ts';
import {
  LabourMarketRegionRef,
  loadShortageRows,
  type NamedShortageRow,
  presentNamedRows,
  ShortageFilterInput,
  ShortageRowRef,
  type ShortageRowShape,
  ShortageTotalsRef,
} from './shortage.schema.ts';

/** Largest page a client may ask for; the ministry's table asks 25. */
export const MAX_PAGE_SIZE = 100;

const SORTS = ['SHORTAGE', 'DEMAND', 'SUPPLY', 'SURPLUS', 'REGION', 'QUALIFICATION'] as const;
type Sort = (typeof SORTS)[number];

const ShortageSort = builder.enumType('ShortageSort', {
  description: 'Waarop de stagetekorten gesorteerd worden; bij gelijke waarden op regio, crebo en leerweg.',
  values: {
    SHORTAGE: { description: 'Tekort (standaard).' },
    DEMAND: { description: 'Vraag.' },
    SUPPLY: { description: 'Aanbod.' },
    SURPLUS: { description: 'Overschot.' },
    REGION: { description: 'Naam van de arbeidsmarktregio.' },
    QUALIFICATION: { description: 'Naam van de kwalificatie.' },
  } satisfies Record<Sort, unknown>,
});

const SortDirection = builder.enumType('ShortageSortDirection', {
  description: 'Oplopend of aflopend.',
  values: { ASC: { description: 'Oplopend (A–Z, klein naar groot).' }, DESC: { description: 'Aflopend.' } },
});

interface ShortageConnectionShape {
  nodes: ShortageRowShape[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  totals: ReturnType<typeof presentNamedRows>['totals'] & { suppressedRows: number };
  hasUnknownRegion: boolean;
  byRegion: RegionTotal[];
}

interface RegionTotal {
  region: { code: string; name: string };
  demand: number;
  supply: number;
  shortage: number;
}

const RegionTotalRef = builder.objectRef<RegionTotal>('ShortageRegionTotal').implement({
  description:
    'Totalen van één regio over de rijen die aan filter en zoekterm voldoen; afgeschermde rijen tellen niet mee.',
  fields: (t) => ({
    region: t.field({ type: LabourMarketRegionRef, resolve: (r) => r.region }),
    demand: t.exposeInt('demand'),
    supply: t.exposeInt('supply'),
    shortage: t.exposeInt('shortage', { description: 'Som van de tekorten per rij.' }),
  }),
});

const PageInfoRef = builder
  .objectRef<{ hasNextPage: boolean; endCursor: string | null }>('ShortagePageInfo')
  .implement({
    description: 'Waar de volgende pagina begint.',
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      endCursor: t.exposeString('endCursor', {
        nullable: true,
        description: 'Geef dit mee als `after` voor de volgende pagina.',
      }),
    }),
  });

const UnknownRegionRef = builder
  .objectRef<{ institutions: string[]; places: number }>('ShortageUnknownRegion')
  .implement({
    description:
      'Waarom er een regio "Onbekend" is: instellingen waarvan de vestigingsgemeente niet bekend of niet aan een ' +
      "arbeidsmarktregio gekoppeld is (hun studenten tellen daar als vraag), en open plaatsen in zo'n gemeente.",
    fields: (t) => ({
      institutions: t.exposeStringList('institutions', { description: 'Namen van die instellingen, op naam.' }),
      places: t.exposeInt('places', { description: 'Aantal open plaatsen zonder regio.' }),
    }),
  });

const ShortageConnectionRef = builder.objectRef<ShortageConnectionShape>('ShortageConnection').implement({
  description:
    'Eén pagina stagetekorten, met het totale aantal rijen en de totalen over álle rijen die aan het filter en de ' +
    'zoekterm voldoen (niet alleen deze pagina).',
  fields: (t) => ({
    nodes: t.field({ type: [ShortageRowRef], resolve: (c) => c.nodes }),
    totalCount: t.exposeInt('totalCount', { description: 'Aantal rijen over alle pagina’s.' }),
    pageInfo: t.field({
      type: PageInfoRef,
      resolve: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
    }),
    totals: t.field({ type: ShortageTotalsRef, resolve: (c) => c.totals }),
    byRegion: t.field({
      type: [RegionTotalRef],
      description: 'Per regio opgeteld (voor een grafiek), grootste tekort eerst.',
      resolve: (c) => c.byRegion,
    }),
    unknownRegion: t.field({
      type: UnknownRegionRef,
      nullable: true,
      description: 'Uitleg bij de regio "Onbekend"; leeg als die regio niet in de rijen voorkomt.',
      resolve: (c, _args, { db }) => (c.hasUnknownRegion ? findUnmappedSources(db) : null),
    }),
  }),
});

/** Opaque cursor: the position after which the next page starts. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`tekort:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^tekort:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw new DomainError('BAD_USER_INPUT', 'Deze cursor is ongeldig of verlopen.', 'after');
  return Number(match[1]);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');
/** Ascending comparisons; counts default to descending (largest first), names to ascending. */
const COMPARE: Record<Sort, (a: NamedShortageRow, b: NamedShortageRow) => number> = {
  SHORTAGE: (a, b) => a.shortage - b.shortage,
  DEMAND: (a, b) => a.demand - b.demand,
  SUPPLY: (a, b) => a.supply - b.supply,
  SURPLUS: (a, b) => a.surplus - b.surplus,
  REGION: (a, b) => byName(a.region.name, b.region.name),
  QUALIFICATION: (a, b) => byName(a.qualification.name, b.qualification.name),
};

/** A row matches the search when the region, the qualification's name or its crebo contains the words. */
export function matchesSearch(row: NamedShortageRow, search: string): boolean {
  const haystack = `${row.region.name} ${row.qualification.name} ${row.qualification.crebo}`.toLocaleLowerCase('nl');
  return search
    .toLocaleLowerCase('nl')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function totalsByRegion(rows: readonly ShortageRowShape[]): RegionTotal[] {
  const byCode = new Map<string, RegionTotal>();
  for (const row of rows) {
    if (row.suppressed) continue;
    const total = byCode.get(row.region.code) ?? { region: row.region, demand: 0, supply: 0, shortage: 0 };
    total.demand += row.demand ?? 0;
    total.supply += row.supply ?? 0;
    total.shortage += row.shortage ?? 0;
    byCode.set(row.region.code, total);
  }
  return [...byCode.values()].sort((a, b) => b.shortage - a.shortage || byName(a.region.name, b.region.name));
}

builder.queryFields((t) => ({
  shortagesConnection: t.field({
    type: ShortageConnectionRef,
    nullable: true,
    description:
      'Stagetekorten als pagina’s (cursor), met zoeken, sorteren en totalen over alle rijen. Zelfde rijen en ' +
      'afscherming als `shortages`; sorteren op een aantal zet afgeschermde rijen achteraan.',
    authScopes: SHORTAGE_READERS,
    args: {
      filter: t.arg({ type: ShortageFilterInput, required: false }),
      search: t.arg.string({ required: false, description: 'Woorden in regio, kwalificatie of crebocode.' }),
      sort: t.arg({ type: ShortageSort, required: false, defaultValue: 'SHORTAGE' }),
      direction: t.arg({
        type: SortDirection,
        required: false,
        description: 'Standaard aflopend voor aantallen en oplopend voor namen.',
      }),
      first: t.arg.int({ required: false, defaultValue: 25, description: `Rijen per pagina, 1 tot ${MAX_PAGE_SIZE}.` }),
      after: t.arg.string({ required: false, description: 'De `endCursor` van de vorige pagina.' }),
    },
    resolve: async (_root, args, { caller, db }) => {
      const first = args.first ?? 25;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
        throw new DomainError('BAD_USER_INPUT', `Vraag 1 tot ${MAX_PAGE_SIZE} rijen per pagina.`, 'first');
      }
      const offset = args.after ? decodeCursor(args.after) : 0;
      const search = args.search?.trim() ?? '';
      const all = await loadShortageRows(db, caller, args.filter);
      const matching = search ? all.filter((row) => matchesSearch(row, search)) : all;
      const sort = (args.sort ?? 'SHORTAGE') as Sort;
      const byCount = sort !== 'REGION' && sort !== 'QUALIFICATION';
      const sign = (args.direction ?? (byCount ? 'DESC' : 'ASC')) === 'DESC' ? -1 : 1;
      const compare = (a: NamedShortageRow, b: NamedShortageRow) => sign * COMPARE[sort](a, b);
      const shown = presentNamedRows(matching, caller);
      // A hidden row's counts must not leak through its position: sorted by a count, hidden rows go last.
      const ordered = shown.rows
        .map((row, index) => ({ row, source: matching[index] as NamedShortageRow }))
        .sort(
          (a, b) =>
            (byCount ? Number(a.row.suppressed) - Number(b.row.suppressed) : 0) ||
            (byCount && a.row.suppressed ? 0 : compare(a.source, b.source)) ||
            byName(a.source.region.name, b.source.region.name) ||
            a.source.crebo.localeCompare(b.source.crebo) ||
            a.source.pathway.localeCompare(b.source.pathway),
        )
        .map(({ row }) => row);
      const nodes = ordered.slice(offset, offset + first);
      const end = offset + nodes.length;
      return {
        nodes,
        totalCount: ordered.length,
        hasNextPage: end < ordered.length,
        endCursor: nodes.length > 0 ? encodeCursor(end) : null,
        totals: { ...shown.totals, suppressedRows: shown.suppressedRows },
        hasUnknownRegion: matching.some((row) => row.region.code === UNKNOWN_REGION.code),
        byRegion: totalsByRegion(shown.rows),
      };
    },
  }),
}));
