import { decimalToCents } from '@stelsel/graphql-kit';
import { readAllocations, readInstitutions, STATED_TOTALS_MEUR } from '@stelsel/reference-data';
import type { Kysely } from 'kysely';
import type { FundingDatabase } from '../db/types.ts';
import { allocationSource } from '../domain/regulations.ts';

const MILLION = 1_000_000n;

/** Seeds the published allocation table exactly as published; runs once per database. */
export async function seedAllocations(db: Kysely<FundingDatabase>): Promise<{ inserted: number }> {
  const existing = await db
    .selectFrom('allocation')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  if (Number(existing?.n ?? 0) > 0) return { inserted: 0 };
  const institutions = new Map(readInstitutions().map((i) => [i.name, i]));
  const rows = readAllocations().flatMap((row) => {
    const institution = institutions.get(row.institution);
    if (!institution) throw new Error(`Onbekende instelling ${row.institution}`);
    return [
      {
        institution_id: institution.id,
        institution_name: institution.name,
        scheme: 'SALARISMIX' as const,
        year: 2023,
        amount_cents: decimalToCents(row.salarismix2023MEur, MILLION).toString(),
        source: allocationSource('SALARISMIX'),
      },
      {
        institution_id: institution.id,
        institution_name: institution.name,
        scheme: 'CARRIEREPERSPECTIEF' as const,
        year: 2024,
        amount_cents: decimalToCents(row.carriereperspectief2024MEur, MILLION).toString(),
        source: allocationSource('CARRIEREPERSPECTIEF'),
      },
    ];
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('allocation').values(rows).execute();
    await trx
      .insertInto('scheme_total')
      .values([
        {
          scheme: 'SALARISMIX',
          year: 2023,
          stated_total_cents: decimalToCents(STATED_TOTALS_MEUR.SALARISMIX, MILLION).toString(),
          source: 'DOMAIN: salarismix €52,2 mln per jaar voor 27 Randstadinstellingen',
        },
        {
          scheme: 'CARRIEREPERSPECTIEF',
          year: 2024,
          stated_total_cents: decimalToCents(STATED_TOTALS_MEUR.CARRIEREPERSPECTIEF, MILLION).toString(),
          source: 'DOMAIN: carrièreperspectief €142,2 mln per jaar voor alle instellingen',
        },
      ])
      .execute();
  });
  return { inserted: rows.length };
}
