import { INTRO_WEEKS_2023, MUNICIPALITIES } from '@stelsel/reference-data';
import type { Kysely } from 'kysely';
import type { EqualTreatmentDatabase } from '../db/types.ts';
import { seedCityMeasures } from './city-measures.ts';
import { seedStudentMeasures } from './student-measures.ts';

/** Seeds the municipalities and the intro weeks the sources record; runs once per database. */
export async function seedEqualTreatment(
  db: Kysely<EqualTreatmentDatabase>,
): Promise<{ municipalities: number; introWeeks: number }> {
  await seedStudentMeasures(db); // issue 12, students: books, cards, refunds, student fund (once per database)
  const existing = await db
    .selectFrom('municipality')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  if (Number(existing?.n ?? 0) > 0) {
    await seedCityMeasures(db); // issue 12, cities: sources of 2023, demo years from 2024 (once per database)
    return { municipalities: 0, introWeeks: 0 };
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('municipality')
      .values(MUNICIPALITIES.map((m) => ({ code: m.code, name: m.name })))
      .execute();
    await trx
      .insertInto('intro_week')
      .values(
        INTRO_WEEKS_2023.map((w) => ({
          municipality_code: w.municipalityCode,
          year: w.year,
          status: w.status,
          note: w.note,
        })),
      )
      .execute();
  });
  await seedCityMeasures(db);
  return { municipalities: MUNICIPALITIES.length, introWeeks: INTRO_WEEKS_2023.length };
}
