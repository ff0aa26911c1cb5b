import type { Kysely, Selectable } from 'kysely';
import type { InstitutionTable, PlacementsDatabase } from './types.ts';

export type InstitutionRecord = Selectable<InstitutionTable>;

export function findInstitutions(db: Kysely<PlacementsDatabase>): Promise<InstitutionRecord[]> {
  return db.selectFrom('institution').selectAll().orderBy('name').execute();
}

export function findInstitutionsByIds(
  db: Kysely<PlacementsDatabase>,
  ids: readonly string[],
): Promise<InstitutionRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('institution').selectAll().where('id', 'in', ids).execute();
}
