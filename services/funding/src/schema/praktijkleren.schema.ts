import { DomainError, forbidden, moneyToCents } from '@stelsel/graphql-kit';
import { findBblPlacements } from '../db/company-training.ts';
import { type CeilingRow, findApplications, findBudgetChanges, findCeilings } from '../db/praktijkleren.ts';
import { companyRecord, MINISTRY, PUBLIC } from '../domain/access.ts';
import { amountPerPlace, applyShift, MAXIMUM_PER_PLACE_CENTS } from '../domain/praktijkleren.ts';
import { builder } from './builder.ts';

export const PraktijklerenCategoryEnum = builder.enumType('PraktijklerenCategory', {
  description:
    'Onderwijscategorie van de Subsidieregeling praktijkleren. Dit platform kent de mbo-bbl-leerplaatsen; de andere categorieën van de regeling (vmbo, hbo, …) lopen buiten het platform.',
  values: { MBO_BBL: { description: 'Mbo, beroepsbegeleidende leerweg (bbl).' } } as const,
});

/** What a year's ceiling gives: per place by the rule now, and by the student forecast. */
function outcome(c: CeilingRow) {
  const ceiling = BigInt(c.ceiling_cents);
  const maximum = BigInt(c.maximum_per_place_cents);
  return {
    ...c,
    ceiling,
    maximum,
    perPlace: amountPerPlace(ceiling, c.applications, maximum),
    forecastPerPlace: amountPerPlace(ceiling, c.forecast_places, maximum),
    expectedPerPlace: amountPerPlace(ceiling, Math.max(c.applications, c.forecast_places), maximum),
  };
}
type Outcome = ReturnType<typeof outcome>;

const PraktijklerenCategoryYear = builder.objectRef<Outcome>('PraktijklerenCategoryYear').implement({
  description:
    'Eén onderwijscategorie in één jaar: bedrag per leerplaats = plafond ÷ aantal aanvragen, hoogstens het maximum, naar beneden afgerond op de cent.',
  fields: (t) => ({
    category: t.field({ type: PraktijklerenCategoryEnum, resolve: (c) => c.category }),
    ceiling: t.field({ type: 'Money', description: 'Het subsidieplafond.', resolve: (c) => c.ceiling }),
    applications: t.int({ description: 'Aanvragen tot nu toe.', resolve: (c) => c.applications }),
    amountPerPlace: t.field({
      type: 'Money',
      description: 'Plafond ÷ aanvragen, hoogstens het maximum, naar beneden afgerond; zonder aanvragen het maximum.',
      resolve: (c) => c.perPlace,
    }),
    paid: t.field({
      type: 'Money',
      description: 'Bedrag per leerplaats × aanvragen: nooit meer dan het plafond.',
      resolve: (c) => c.perPlace * BigInt(c.applications),
    }),
    forecastPlaces: t.int({
      description: 'Verwachte leerplaatsen volgens de studentenraming.',
      resolve: (c) => c.forecast_places,
    }),
    forecastSource: t.string({ resolve: (c) => c.forecast_source }),
    forecastAmountPerPlace: t.field({
      type: 'Money',
      description: 'Wat het plafond per leerplaats geeft bij de geraamde aantallen.',
      resolve: (c) => c.forecastPerPlace,
    }),
    expectedAmountPerPlace: t.field({
      type: 'Money',
      description:
        'Het verwachte bedrag per leerplaats: plafond ÷ het grootste van aanvragen en raming (hoogstens het maximum).',
      resolve: (c) => c.expectedPerPlace,
    }),
  }),
});

interface PraktijklerenYear {
  year: number;
  maximum: bigint;
  closed: boolean;
  categories: Outcome[];
}

const PraktijklerenYearRef = builder.objectRef<PraktijklerenYear>('PraktijklerenYear').implement({
  description:
    'De Subsidieregeling praktijkleren in één jaar (plafondregeling; seed 001 r. 661–681). Openbare gegevens.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    maximumPerPlace: t.field({
      type: 'Money',
      description: 'Het maximum per leerplaats (€ 2.700).',
      resolve: (y) => y.maximum,
    }),
    closed: t.boolean({
      description: 'Vastgesteld: de bedragen per leerplaats zijn definitief.',
      resolve: (y) => y.closed,
    }),
    categories: t.field({ type: [PraktijklerenCategoryYear], resolve: (y) => y.categories }),
  }),
});

function years(rows: CeilingRow[]): PraktijklerenYear[] {
  const byYear = new Map<number, PraktijklerenYear>();
  for (const row of rows) {
    const year = byYear.get(row.year) ?? {
      year: row.year,
      maximum: BigInt(row.maximum_per_place_cents),
      closed: row.closed,
      categories: [],
    };
    year.categories.push(outcome(row));
    byYear.set(row.year, year);
  }
  return [...byYear.values()];
}

interface ShiftPreviewRow {
  year: number;
  ceilingBefore: bigint;
  ceilingAfter: bigint;
  forecastPlaces: number;
  perPlaceBefore: bigint;
  perPlaceAfter: bigint;
}

const ShiftPreviewYear = builder.objectRef<ShiftPreviewRow>('PraktijklerenShiftPreviewYear').implement({
  description: 'Eén jaar voor en na een voorgestelde kasschuif, bij de geraamde leerplaatsen.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    ceilingBefore: t.field({ type: 'Money', resolve: (r) => r.ceilingBefore }),
    ceilingAfter: t.field({ type: 'Money', resolve: (r) => r.ceilingAfter }),
    forecastPlaces: t.exposeInt('forecastPlaces'),
    amountPerPlaceBefore: t.field({ type: 'Money', resolve: (r) => r.perPlaceBefore }),
    amountPerPlaceAfter: t.field({ type: 'Money', resolve: (r) => r.perPlaceAfter }),
  }),
});

const BudgetChange = builder
  .objectRef<Awaited<ReturnType<typeof findBudgetChanges>>[number]>('PraktijklerenBudgetChange')
  .implement({
    description:
      'Een wijziging van een subsidieplafond: een nieuw plafond of een kasschuif, met wie, wanneer en waarom.',
    fields: (t) => ({
      at: t.string({ description: 'Tijdstip (ISO 8601).', resolve: (c) => new Date(c.at).toISOString() }),
      by: t.exposeString('by'),
      kind: t.exposeString('kind', { description: 'CEILING (nieuw plafond) of KASSCHUIF.' }),
      fromYear: t.exposeInt('from_year', { nullable: true }),
      toYear: t.exposeInt('to_year'),
      amount: t.field({ type: 'Money', resolve: (c) => BigInt(c.amount_cents) }),
      previousCeiling: t.field({
        type: 'Money',
        nullable: true,
        resolve: (c) => (c.previous_cents === null ? null : BigInt(c.previous_cents)),
      }),
      reason: t.exposeString('reason'),
    }),
  });

export const PraktijklerenApplicationRef = builder.loadableObjectRef('PraktijklerenApplication', {
  load: (ids: string[], { db }) => findApplications(db, { ids }),
  toKey: (row) => row.id,
  sort: true,
});

PraktijklerenApplicationRef.implement({
  description: 'Een aanvraag van een leerbedrijf voor één bbl-leerplaats in één jaar.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    category: t.field({ type: PraktijklerenCategoryEnum, resolve: (a) => a.category }),
    companyId: t.exposeID('company_id'),
    placementId: t.exposeID('placement_id'),
    placeTitle: t.exposeString('place_title'),
    crebo: t.exposeString('crebo'),
    appliedAt: t.string({ description: 'Tijdstip (ISO 8601).', resolve: (a) => new Date(a.created_at).toISOString() }),
    expectedAmount: t.loadable({
      type: 'Money',
      nullable: true,
      description: 'Het verwachte bedrag voor deze leerplaats (plafond ÷ het grootste van aanvragen en raming).',
      // Key `year|category`: the ceilings of every year in the answer in one query, not one per application.
      load: async (keys: string[], { db }) => {
        const years = [...new Set(keys.map((k) => Number(k.split('|')[0])))];
        const rows = await findCeilings(db, years);
        return keys.map((key) => {
          const row = rows.find((c) => `${c.year}|${c.category}` === key);
          return row ? outcome(row).expectedPerPlace : null;
        });
      },
      resolve: (a) => `${a.year}|${a.category}`,
    }),
    finalAmount: t.field({
      type: 'Money',
      nullable: true,
      description: 'Het definitieve bedrag, zodra het ministerie het jaar heeft vastgesteld.',
      resolve: (a) => (a.final_amount_cents === null ? null : BigInt(a.final_amount_cents)),
    }),
  }),
});

const BblPlacementRef = builder
  .objectRef<Awaited<ReturnType<typeof findBblPlacements>>[number] & { applied: boolean }>('PraktijklerenPlacement')
  .implement({
    description:
      'Een actieve bbl-plaatsing van het leerbedrijf zoals plaatsingen die doorgeeft, en of er al voor is aangevraagd.',
    fields: (t) => ({
      placementId: t.exposeID('placement_id'),
      title: t.exposeString('title'),
      crebo: t.exposeString('crebo'),
      level: t.exposeInt('level'),
      startsOn: t.field({ type: 'Date', resolve: (p) => p.starts_on }),
      endsOn: t.field({ type: 'Date', resolve: (p) => p.ends_on }),
      applied: t.boolean({ description: 'Voor dit jaar al aangevraagd.', resolve: (p) => p.applied }),
    }),
  });

function checkYear(year: number, field = 'year') {
  if (!Number.isInteger(year) || year < 2020 || year > 2040) {
    throw new DomainError('BAD_USER_INPUT', 'Kies een jaar van 2020 tot en met 2040.', field);
  }
}

builder.queryFields((t) => ({
  praktijkleren: t.field({
    type: PraktijklerenYearRef,
    nullable: true,
    description:
      'De Subsidieregeling praktijkleren in een jaar: maximum, plafond, aanvragen en bedrag per leerplaats. Openbaar.',
    authScopes: PUBLIC,
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, { year }, { db }) => {
      checkYear(year);
      const [found] = years(await findCeilings(db, [year]));
      return found ?? { year, maximum: MAXIMUM_PER_PLACE_CENTS, closed: false, categories: [] };
    },
  }),
  praktijklerenYears: t.field({
    type: [PraktijklerenYearRef],
    nullable: true,
    description: 'Alle jaren met een subsidieplafond, met de raming: wat elk plafond per leerplaats geeft. Openbaar.',
    authScopes: PUBLIC,
    resolve: async (_root, _args, { db }) => years(await findCeilings(db)),
  }),
  praktijklerenShiftPreview: t.field({
    type: [ShiftPreviewYear],
    nullable: true,
    description: 'Het effect van een kasschuif op elk jaar, vóór het opslaan (rekent alleen, slaat niets op).',
    authScopes: MINISTRY,
    args: {
      category: t.arg({ type: PraktijklerenCategoryEnum, required: true }),
      fromYear: t.arg.int({ required: true }),
      toYear: t.arg.int({ required: true }),
      amount: t.arg({ type: 'Money', required: true }),
    },
    resolve: async (_root, args, { db }) => {
      const rows = (await findCeilings(db)).filter((c) => c.category === args.category);
      const before = rows.map((c) => ({
        year: c.year,
        ceilingCents: BigInt(c.ceiling_cents),
        forecastPlaces: c.forecast_places,
      }));
      const after = applyShift(before, {
        fromYear: args.fromYear,
        toYear: args.toYear,
        amountCents: moneyToCents(args.amount),
      });
      if ('message' in after) throw new DomainError('BAD_USER_INPUT', after.message, after.field);
      return before.map((b, i) => {
        const a = after.years[i] ?? b;
        const maximum = BigInt(rows[i]?.maximum_per_place_cents ?? MAXIMUM_PER_PLACE_CENTS);
        return {
          year: b.year,
          ceilingBefore: b.ceilingCents,
          ceilingAfter: a.ceilingCents,
          forecastPlaces: b.forecastPlaces,
          perPlaceBefore: amountPerPlace(b.ceilingCents, b.forecastPlaces, maximum),
          perPlaceAfter: amountPerPlace(a.ceilingCents, a.forecastPlaces, maximum),
        };
      });
    },
  }),
  praktijklerenBudgetChanges: t.field({
    type: [BudgetChange],
    nullable: true,
    description: 'De laatste 50 wijzigingen van subsidieplafonds (plafond en kasschuif), nieuwste eerst.',
    authScopes: MINISTRY,
    resolve: (_root, _args, { db }) => findBudgetChanges(db),
  }),
  praktijklerenApplications: t.field({
    type: [PraktijklerenApplicationRef],
    nullable: true,
    description: 'De aanvragen van een leerbedrijf, nieuwste jaar eerst: het leerbedrijf zelf en het ministerie.',
    args: { companyId: t.arg.id({ required: true }) },
    authScopes: (_root, { companyId }) => companyRecord(String(companyId)),
    unauthorizedError: () =>
      forbidden('Alleen het leerbedrijf zelf en het ministerie zien deze aanvragen.', 'companyId'),
    resolve: (_root, { companyId }, { db }) => findApplications(db, { companyIds: [String(companyId)] }),
  }),
  praktijklerenPlacements: t.field({
    type: [BblPlacementRef],
    nullable: true,
    description:
      'De actieve bbl-plaatsingen van een leerbedrijf die in een jaar lopen, en of er al voor is aangevraagd.',
    args: { companyId: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    authScopes: (_root, { companyId }) => companyRecord(String(companyId)),
    unauthorizedError: () =>
      forbidden('Alleen het leerbedrijf zelf en het ministerie zien deze plaatsingen.', 'companyId'),
    resolve: async (_root, { companyId, year }, { db }) => {
      checkYear(year);
      const id = String(companyId);
      const [placements, applications] = await Promise.all([
        findBblPlacements(db, [id]),
        findApplications(db, { companyIds: [id] }),
      ]);
      const applied = new Set(applications.filter((a) => a.year === year).map((a) => a.placement_id));
      return placements
        .filter((p) => p.starts_on <= `${year}-12-31` && p.ends_on >= `${year}-01-01`)
        .map((p) => ({ ...p, applied: applied.has(p.placement_id) }));
    },
  }),
}));

export { PraktijklerenYearRef, years as praktijklerenYearsOf };
