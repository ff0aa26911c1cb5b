import { type Kysely, sql } from 'kysely';

/**
 * What the statistics need besides the reports: since when reports are recorded here (a year before
 * that has no data, which is not 0), and the labour-market region of each company, projected from
 * placements' CompanyRegistered events (reports never reads placements' tables).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reporting_period')
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('recorded_since', 'date', (c) => c.notNull())
    .execute();
  await sql`insert into reporting_period (id, recorded_since) values (true, current_date)`.execute(db);

  await db.schema
    .createTable('company_profile')
    .addColumn('company_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('region_name', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
