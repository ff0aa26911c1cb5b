import type { Caller } from '@stelsel/auth';
import { DomainError, forbidden } from '@stelsel/graphql-kit';
import type { Kysely } from 'kysely';
import { UNKNOWN_REGION } from '../db/labour-market-regions.ts';
import {
  countDemand,
  countSupply,
  findQualificationsByCrebos,
  findRegions,
  regionsOfMunicipality,
  type ShortageFilter,
} from '../db/shortages.ts';
import type { Pathway as PathwayValue, PlacementsDatabase } from '../db/types.ts';
import { SHORTAGE_READERS, shortageRegionsFor } from '../domain/access.ts';
import {
  computeShortages,
  presentShortages,
  type ShortageRow,
  type ShortageTotals,
  type ShownShortageRow,
  seesExactCounts,
} from '../domain/shortages.ts';
import { builder } from './builder.ts';
import { Pathway, QualificationRef, type QualificationShape } from './qualification.schema.ts';

interface RegionShape {
  code: string;
  name: string;
}

export const LabourMarketRegionRef = builder.objectRef<RegionShape>('LabourMarketRegion').implement({
  description:
    'Een arbeidsmarktregio van UWV; SBB rapporteert stagetekorten per arbeidsmarktregio. "Onbekend" bundelt ' +
    'instellingen en plaatsen waarvan de gemeente (nog) niet aan een regio is gekoppeld.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Eigen code van de regio (afgeleid van de naam).' }),
    name: t.exposeString('name', { description: 'Naam zoals UWV die publiceert.' }),
  }),
});

export interface ShortageRowShape extends ShownShortageRow {
  region: RegionShape;
  qualification: QualificationShape;
}

export const ShortageRowRef = builder.objectRef<ShortageRowShape>('ShortageRow').implement({
  description:
    'Stagetekort voor één arbeidsmarktregio, kwalificatie en leerweg. Vraag: studenten van instellingen in de regio ' +
    'zonder bevestigde, geaccepteerde of lopende plaatsing. Aanbod: vrije plekken in open plaatsen met een actieve ' +
    'erkenning in de regio. Aantallen van 1 tot en met 4 zijn voor andere lezers dan OCW en SBB onderdrukt.',
  fields: (t) => ({
    region: t.field({ type: LabourMarketRegionRef, resolve: (row) => row.region }),
    qualification: t.field({ type: QualificationRef, resolve: (row) => row.qualification }),
    pathway: t.field({ type: Pathway, resolve: (row) => row.pathway }),
    demand: t.int({ nullable: true, description: 'Studenten die een plaats nodig hebben.', resolve: (r) => r.demand }),
    supply: t.int({
      nullable: true,
      description: 'Vrije plekken in open, erkende plaatsen.',
      resolve: (r) => r.supply,
    }),
    shortage: t.int({
      nullable: true,
      description: 'Tekort: vraag min aanbod, minimaal 0.',
      resolve: (r) => r.shortage,
    }),
    surplus: t.int({
      nullable: true,
      description: 'Overschot: aanbod min vraag, minimaal 0.',
      resolve: (r) => r.surplus,
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'Waar als de aantallen van deze rij zijn weggelaten omdat er een aantal van 1 tot en met 4 in zit.',
    }),
  }),
});

interface ShortagesShape {
  rows: ShortageRowShape[];
  totals: ShortageTotals;
  suppressedRows: number;
}

export const ShortageTotalsRef = builder
  .objectRef<ShortageTotals & { suppressedRows: number }>('ShortageTotals')
  .implement({
    description:
      'Totalen over de getoonde rijen. Het totale tekort is de som van de tekorten per rij: een overschot in de ene ' +
      'regio of kwalificatie vult geen tekort elders. Onderdrukte rijen tellen niet mee.',
    fields: (t) => ({
      demand: t.int({ nullable: true, resolve: (s) => s.demand }),
      supply: t.int({ nullable: true, resolve: (s) => s.supply }),
      shortage: t.int({ nullable: true, resolve: (s) => s.shortage }),
      surplus: t.int({ nullable: true, resolve: (s) => s.surplus }),
      suppressedRows: t.exposeInt('suppressedRows', { description: 'Aantal onderdrukte rijen, niet in de totalen.' }),
    }),
  });

const ShortagesRef = builder.objectRef<ShortagesShape>('Shortages').implement({
  description: 'Stagetekorten per arbeidsmarktregio, kwalificatie en leerweg; alleen geaggregeerde aantallen.',
  fields: (t) => ({
    rows: t.field({ type: [ShortageRowRef], resolve: (s) => s.rows }),
    totals: t.field({
      type: ShortageTotalsRef,
      resolve: (s) => ({ ...s.totals, suppressedRows: s.suppressedRows }),
    }),
  }),
});

export const ShortageFilterInput = builder.inputType('ShortageFilter', {
  description: 'Beperk de stagetekorten tot een regio, kwalificatie of leerweg.',
  fields: (t) => ({
    regionCode: t.string({ required: false, description: 'Code van de arbeidsmarktregio.' }),
    qualificationCrebo: t.field({ type: 'Crebo', required: false }),
    pathway: t.field({ type: Pathway, required: false }),
  }),
});

export interface ShortageFilterArg {
  regionCode?: string | null;
  qualificationCrebo?: string | null;
  pathway?: string | null;
}

/** A computed row with its region and qualification, before suppression. */
export type NamedShortageRow = ShortageRow & { region: RegionShape; qualification: QualificationShape };

/**
 * The shortage rows a caller may read for a filter, with region and qualification names, largest
 * shortage first. Shared by `shortages` (all rows) and `shortagesConnection` (a page of them).
 */
export async function loadShortageRows(
  db: Kysely<PlacementsDatabase>,
  caller: Caller,
  filter: ShortageFilterArg | null | undefined,
): Promise<NamedShortageRow[]> {
  const crebo = filter?.qualificationCrebo ?? null;
  const regions = await findRegions(db);
  const requested = filter?.regionCode ?? null;
  if (requested !== null && !regions.some((r) => r.code === requested)) {
    throw new DomainError('BAD_USER_INPUT', `Onbekende arbeidsmarktregio: ${requested}.`, 'regionCode');
  }
  const allowed = await shortageRegionsFor(caller, requested, () => regionsOfMunicipality(db, caller.organisation));
  if ('refused' in allowed) throw forbidden(allowed.refused, 'regionCode');
  const query: ShortageFilter = {
    regionCodes: allowed.regions,
    crebo,
    pathway: (filter?.pathway as PathwayValue | null | undefined) ?? null,
  };
  const [demand, supply] = await Promise.all([countDemand(db, query), countSupply(db, query)]);
  const rows = computeShortages(demand, supply);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const qualifications = new Map(
    (await findQualificationsByCrebos(db, [...new Set(rows.map((r) => r.crebo))])).map((q) => [q.crebo, q]),
  );
  return rows.map((row) => ({
    ...row,
    region: regionByCode.get(row.regionCode) ?? UNKNOWN_REGION,
    qualification: qualifications.get(row.crebo) ?? { crebo: row.crebo, name: row.crebo, level: 0 },
  }));
}

/** The rows as the caller may see them (small counts hidden), keeping their names. */
export function presentNamedRows(rows: readonly NamedShortageRow[], caller: Caller) {
  const shown = presentShortages(rows, seesExactCounts(caller));
  return {
    ...shown,
    rows: shown.rows.map((row, index) => ({
      ...row,
      region: (rows[index] as NamedShortageRow).region,
      qualification: (rows[index] as NamedShortageRow).qualification,
    })),
  };
}

builder.queryFields((t) => ({
  labourMarketRegions: t.field({
    type: [LabourMarketRegionRef],
    nullable: true,
    description: "De arbeidsmarktregio's van UWV (bron: UWV arbeidsmarktregio's), op naam.",
    authScopes: SHORTAGE_READERS,
    resolve: (_root, _args, { db }) => findRegions(db),
  }),
  shortages: t.field({
    type: ShortagesRef,
    nullable: true,
    description:
      'Stagetekorten (vraag naar en aanbod van stageplaatsen en leerbanen) per arbeidsmarktregio, kwalificatie en ' +
      'leerweg. Voor OCW, SBB, instellingen en partners landelijk; voor een gemeente alleen de eigen regio.',
    authScopes: SHORTAGE_READERS,
    args: { filter: t.arg({ type: ShortageFilterInput, required: false }) },
    resolve: async (_root, { filter }, { caller, db }) => {
      return presentNamedRows(await loadShortageRows(db, caller, filter), caller);
    },
  }),
}));
