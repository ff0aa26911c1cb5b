import { type Kysely, sql } from 'kysely';

/** The praktijkleren subsidy: ceilings per year and category, kasschuiven, applications, and placements' view. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // What placements says a company trains (CompanyTrainingRecorded): its active accreditations and bbl placements.
  await db.schema
    .createTable('company_training')
    .addColumn('company_id', 'text', (c) => c.primaryKey())
    .addColumn('accredited_crebos', sql`text[]`, (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('company_bbl_placement')
    .addColumn('placement_id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('crebo', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('company_bbl_placement_company')
    .on('company_bbl_placement')
    .column('company_id')
    .execute();

  await db.schema
    .createTable('praktijkleren_year')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('maximum_per_place_cents', 'bigint', (c) => c.notNull().check(sql`maximum_per_place_cents > 0`))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'text')
    .execute();
  await db.schema
    .createTable('praktijkleren_ceiling')
    .addColumn('year', 'integer', (c) => c.notNull().references('praktijkleren_year.year'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('ceiling_cents', 'bigint', (c) => c.notNull().check(sql`ceiling_cents >= 0`))
    .addColumn('forecast_places', 'integer', (c) => c.notNull().check(sql`forecast_places >= 0`))
    .addColumn('forecast_source', 'text', (c) => c.notNull())
    // Applications that reached the ministry outside this platform (other channels), counted with the platform's own.
    .addColumn('other_applications', 'integer', (c) => c.notNull().defaultTo(0).check(sql`other_applications >= 0`))
    .addPrimaryKeyConstraint('praktijkleren_ceiling_pk', ['year', 'category'])
    .execute();
  await db.schema
    .createTable('praktijkleren_budget_change')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('CEILING', 'KASSCHUIF')`))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('from_year', 'integer')
    .addColumn('to_year', 'integer', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('previous_cents', 'bigint')
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('praktijkleren_application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().references('praktijkleren_year.year'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('placement_id', 'text', (c) => c.notNull())
    .addColumn('crebo', 'text', (c) => c.notNull())
    .addColumn('place_title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('final_amount_cents', 'bigint')
    .addUniqueConstraint('praktijkleren_application_once', ['year', 'placement_id'])
    .execute();
  await db.schema
    .createIndex('praktijkleren_application_company')
    .on('praktijkleren_application')
    .columns(['company_id', 'year'])
    .execute();
}
