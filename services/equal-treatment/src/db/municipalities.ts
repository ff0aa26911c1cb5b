import type { Kysely } from 'kysely';
import type { EqualTreatmentDatabase } from './types.ts';

type Db = Kysely<EqualTreatmentDatabase>;

export function findMunicipalities(db: Db) {
  return db.selectFrom('municipality').selectAll().orderBy('name').execute();
}

export async function findMunicipalitiesByCodes(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom('municipality').selectAll().where('code', 'in', codes).execute();
}

/** The intro weeks recorded for these municipalities in one year. */
export async function findIntroWeeks(db: Db, year: number, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('intro_week')
    .selectAll()
    .where('year', '=', year)
    .where('municipality_code', 'in', codes)
    .execute();
}
