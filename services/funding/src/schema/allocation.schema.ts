import { listsInKeyOrder } from '@stelsel/graphql-kit';
import type { Selectable } from 'kysely';
import {
  findAllocationsByInstitutions,
  findAllocationsByScheme,
  findSalarismixRecipients,
  findSchemeTotal,
} from '../db/allocations.ts';
import type { AllocationTable } from '../db/types.ts';
import { PUBLIC } from '../domain/access.ts';
import {
  allocationSource,
  CARRIERE_TRANSITION,
  ESTIMATE_BASIS,
  ESTIMATE_COUNT_DATE,
  inTransitionPeriod,
  REGULATIONS,
} from '../domain/regulations.ts';
import { sumCents } from '../domain/totals.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';

export const AllocationScheme = builder.enumType('AllocationScheme', {
  description: 'Regeling waaruit een instelling geld ontvangt.',
  values: {
    SALARISMIX: {
      description:
        'Salarismix Randstad (2023), Regeling versterking van salarismix leraren mbo in de Randstadregio’s (Stcrt. 2022, 17977): 27 Randstadinstellingen.',
    },
    CARRIEREPERSPECTIEF: {
      description:
        'Carrièreperspectief (2024), Regeling Kwaliteitsafspraken mbo 2024–2027 (Stcrt. 2023, 8133): alle instellingen.',
    },
  } as const,
});

export const Regulation = builder
  .objectRef<{ name: string; citation: string; source: string }>('Regulation')
  .implement({
    description: 'De regeling waarop een bedrag berust, met vindplaats in de Staatscourant.',
    fields: (t) => ({
      name: t.exposeString('name'),
      citation: t.exposeString('citation', { description: 'Vindplaats, bijvoorbeeld "Stcrt. 2022, 17977".' }),
      source: t.exposeString('source', { description: 'Regel in het brondocument (seed).' }),
    }),
  });

const Allocation = builder.objectRef<Selectable<AllocationTable>>('Allocation').implement({
  description:
    'Het geraamde bedrag voor een instelling uit een regeling in een jaar, zoals gepubliceerd: een raming (teldatum 1 oktober 2022, ongecontroleerd), niet wat de instelling ontvangt.',
  fields: (t) => ({
    // Crosses into placements (name, municipality): nullable, so placements being down nulls only this.
    institution: t.field({ type: InstitutionRef, nullable: true, resolve: (row) => ({ id: row.institution_id }) }),
    scheme: t.field({ type: AllocationScheme, resolve: (row) => row.scheme }),
    year: t.exposeInt('year'),
    amount: t.field({ type: 'Money', resolve: (row) => BigInt(row.amount_cents) }),
    source: t.string({ description: 'Waar het bedrag vandaan komt.', resolve: (row) => allocationSource(row.scheme) }),
    regulation: t.field({ type: Regulation, resolve: (row) => REGULATIONS[row.scheme] }),
    estimate: t.boolean({
      description: 'Altijd waar: de gepubliceerde tabel is een raming; de werkelijke bedragen zullen afwijken.',
      resolve: () => true,
    }),
    basis: t.string({ description: 'Waarop de raming berust.', resolve: () => ESTIMATE_BASIS }),
    countDate: t.field({ type: 'Date', description: 'Teldatum van de raming.', resolve: () => ESTIMATE_COUNT_DATE }),
    transitionRecipient: t.loadable({
      type: 'Boolean',
      description:
        'Carrièreperspectief: waar wanneer de instelling in de overgangsperiode van acht jaar een groter aandeel krijgt (de 27 Randstadinstellingen). Salarismix: altijd onwaar.',
      // Key `scheme|year|institution`: only carrièreperspectief inside its eight years has a transition.
      load: async (keys: string[], { db }) => {
        const parts = keys.map((key) => key.split('|') as [string, string, string]);
        const ids = [...new Set(parts.map(([, , id]) => id))];
        const recipients = new Set((await findSalarismixRecipients(db, ids)).map((r) => r.institution_id));
        return parts.map(
          ([scheme, year, id]) =>
            scheme === 'CARRIEREPERSPECTIEF' && inTransitionPeriod(Number(year)) && recipients.has(id),
        );
      },
      resolve: (row) => `${row.scheme}|${row.year}|${row.institution_id}`,
    }),
  }),
});

const AllocationSummary = builder
  .objectRef<{ scheme: 'SALARISMIX' | 'CARRIEREPERSPECTIEF'; sum: bigint; stated: bigint | null; count: number }>(
    'AllocationSummary',
  )
  .implement({
    description:
      'Som van de gepubliceerde bedragen naast het totaal dat de regeling noemt. Afrondingsverschillen worden getoond, niet verborgen.',
    fields: (t) => ({
      scheme: t.field({ type: AllocationScheme, resolve: (s) => s.scheme }),
      institutionCount: t.int({ description: 'Instellingen met een bedrag groter dan nul.', resolve: (s) => s.count }),
      sum: t.field({ type: 'Money', resolve: (s) => s.sum }),
      statedTotal: t.field({ type: 'Money', nullable: true, resolve: (s) => s.stated }),
      regulation: t.field({ type: Regulation, resolve: (s) => REGULATIONS[s.scheme] }),
      estimate: t.boolean({ description: 'Altijd waar: de tabel is een raming.', resolve: () => true }),
      basis: t.string({ description: 'Waarop de raming berust.', resolve: () => ESTIMATE_BASIS }),
      difference: t.field({
        type: 'Money',
        nullable: true,
        description: 'Genoemd totaal min de som van de tabel.',
        resolve: (s) => (s.stated === null ? null : s.stated - s.sum),
      }),
    }),
  });

const CarriereTransition = builder.objectRef<{ recipients: string[] }>('CarriereTransition').implement({
  description: CARRIERE_TRANSITION.description,
  fields: (t) => ({
    firstYear: t.int({ resolve: () => CARRIERE_TRANSITION.firstYear }),
    lastYear: t.int({ resolve: () => CARRIERE_TRANSITION.lastYear }),
    years: t.int({ resolve: () => CARRIERE_TRANSITION.years }),
    description: t.string({ resolve: () => CARRIERE_TRANSITION.description }),
    source: t.string({ resolve: () => CARRIERE_TRANSITION.source }),
    recipients: t.field({
      type: [InstitutionRef],
      description: 'De Randstadinstellingen in de overgangsregeling (de ontvangers van salarismix).',
      resolve: (s) => s.recipients.map((id) => ({ id })),
    }),
  }),
});

builder.queryFields((t) => ({
  carriereTransition: t.field({
    type: CarriereTransition,
    description: 'De overgangsperiode van acht jaar voor carrièreperspectief: openbare gegevens.',
    authScopes: PUBLIC,
    resolve: async (_root, _args, { db }) => ({
      recipients: (await findSalarismixRecipients(db)).map((r) => r.institution_id),
    }),
  }),
  allocations: t.field({
    type: [Allocation],
    nullable: true,
    description: 'De gepubliceerde allocatietabel voor een regeling: openbare gegevens.',
    authScopes: PUBLIC,
    args: { scheme: t.arg({ type: AllocationScheme, required: true }) },
    resolve: (_root, { scheme }, { db }) => findAllocationsByScheme(db, scheme),
  }),
  allocationSummary: t.field({
    type: AllocationSummary,
    nullable: true,
    authScopes: PUBLIC,
    args: { scheme: t.arg({ type: AllocationScheme, required: true }) },
    resolve: async (_root, { scheme }, { db }) => {
      const [rows, stated] = await Promise.all([findAllocationsByScheme(db, scheme), findSchemeTotal(db, scheme)]);
      return {
        scheme,
        sum: sumCents(rows.map((r) => BigInt(r.amount_cents))),
        stated: stated ? BigInt(stated.stated_total_cents) : null,
        count: rows.filter((r) => BigInt(r.amount_cents) > 0n).length,
      };
    },
  }),
}));

builder.objectField(InstitutionRef, 'allocations', (t) =>
  t.loadableList({
    type: Allocation,
    // Added to placements' Institution: nullable, so funding being down nulls only this field.
    nullable: true,
    description: 'Allocaties van deze instelling (financiering).',
    // One query for all institutions in the response: 40 entity references are 1 query, not 40.
    load: async (institutionIds: string[], { db }) =>
      listsInKeyOrder(
        institutionIds,
        await findAllocationsByInstitutions(db, institutionIds),
        (row) => row.institution_id,
      ),
    resolve: (institution) => institution.id,
  }),
);
