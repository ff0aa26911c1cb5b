import type { Kysely, Selectable } from 'kysely';
import type { CompanyTable, PlacementsDatabase } from './types.ts';

export type CompanyRecord = Selectable<CompanyTable>;

export function findCompaniesByIds(db: Kysely<PlacementsDatabase>, ids: readonly string[]): Promise<CompanyRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('company').selectAll().where('id', 'in', ids).execute();
}

/** Whether SBB knows the company. */
export async function companyExists(db: Kysely<PlacementsDatabase>, id: string): Promise<boolean> {
  return (await db.selectFrom('company').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
