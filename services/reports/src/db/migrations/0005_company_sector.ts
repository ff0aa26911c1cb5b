import type { Kysely } from 'kysely';

/** The SBB sector of each company, from placements' CompanyRegistered events (reports per sector, issue 10). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('company_profile').addColumn('sector_code', 'text').execute();
  await db.schema.alterTable('company_profile').addColumn('sector_name', 'text').execute();
}
