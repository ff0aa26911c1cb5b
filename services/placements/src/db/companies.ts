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

/** Companies with at least one active accreditation, by name; with `search`, names containing it (any case). */
export function findAccreditedCompanies(
  db: Kysely<PlacementsDatabase>,
  search: string | null,
  limit: number,
): Promise<CompanyRecord[]> {
  let query = db
    .selectFrom('company')
    .selectAll('company')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('accreditation')
          .select('accreditation.id')
          .whereRef('accreditation.company_id', '=', 'company.id')
          .where('accreditation.status', '=', 'ACTIVE'),
      ),
    );
  if (search) query = query.where('company.name', 'ilike', `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return query.orderBy('company.name').orderBy('company.id').limit(limit).execute();
}
