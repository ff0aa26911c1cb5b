import { listsInKeyOrder } from '@stelsel/graphql-kit';
import type { Selectable } from 'kysely';
import { findAllocationsByInstitutions, findAllocationsByScheme, findSchemeTotal } from '../db/allocations.ts';
import type { AllocationTable } from '../db/types.ts';
import { PUBLIC } from '../domain/access.ts';
import { sumCents } from '../domain/totals.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';

export const AllocationScheme = builder.enumType('AllocationScheme', {
  description: 'Regeling waaruit een instelling geld ontvangt.',
  values: {
    SALARISMIX: { description: 'Salarismix Randstad (2023): 27 Randstadinstellingen.' },
    CARRIEREPERSPECTIEF: { description: 'Carrièreperspectief (2024): alle instellingen.' },
  } as const,
});

const Allocation = builder.objectRef<Selectable<AllocationTable>>('Allocation').implement({
  description: 'Het bedrag dat een instelling uit een regeling in een jaar ontvangt, zoals gepubliceerd.',
  fields: (t) => ({
    // Crosses into placements (name, municipality): nullable, so placements being down nulls only this.
    institution: t.field({ type: InstitutionRef, nullable: true, resolve: (row) => ({ id: row.institution_id }) }),
    scheme: t.field({ type: AllocationScheme, resolve: (row) => row.scheme }),
    year: t.exposeInt('year'),
    amount: t.field({ type: 'Money', resolve: (row) => BigInt(row.amount_cents) }),
    source: t.exposeString('source', { description: 'Waar het bedrag vandaan komt.' }),
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
      difference: t.field({
        type: 'Money',
        nullable: true,
        description: 'Genoemd totaal min de som van de tabel.',
        resolve: (s) => (s.stated === null ? null : s.stated - s.sum),
      }),
    }),
  });

builder.queryFields((t) => ({
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
