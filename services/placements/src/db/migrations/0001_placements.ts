import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('institution')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brin_code', 'text', (c) => c.unique())
    .addColumn('municipality_code', 'text', (c) => c.check(sql`municipality_code ~ '^[0-9]{4}$'`))
    .execute();
  await db.schema
    .createTable('qualification')
    .addColumn('crebo', 'text', (c) => c.primaryKey().check(sql`crebo ~ '^[0-9]{5}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 1 and 4`))
    .execute();
  await db.schema
    .createTable('student')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institution.id'))
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('qualification_crebo', 'text', (c) => c.notNull().references('qualification.crebo'))
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 1 and 4`))
    .addColumn('pathway', 'text', (c) => c.notNull().check(sql`pathway in ('BOL', 'BBL')`))
    .addColumn('cohort', 'integer', (c) => c.notNull())
    .addColumn('date_of_birth', 'date', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('student_institution_idx').on('student').column('institution_id').execute();
  await db.schema
    .createTable('company')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id ~ '^kvk-[0-9]{8}$'`))
    .addColumn('kvk_number', 'text', (c) => c.notNull().unique().check(sql`kvk_number ~ '^[0-9]{8}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.check(sql`municipality_code ~ '^[0-9]{4}$'`))
    .execute();
  await db.schema
    .createTable('accreditation')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('company.id'))
    .addColumn('qualification_crebo', 'text', (c) => c.notNull().references('qualification.crebo'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')`))
    .addColumn('since', 'date', (c) => c.notNull())
    .addUniqueConstraint('accreditation_unique', ['company_id', 'qualification_crebo'])
    .execute();
  await db.schema
    .createTable('place')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('company.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('pathway', 'text', (c) => c.notNull().check(sql`pathway in ('BOL', 'BBL')`))
    .addColumn('qualification_crebo', 'text', (c) => c.notNull().references('qualification.crebo'))
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 1 and 4`))
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.check(sql`municipality_code ~ '^[0-9]{4}$'`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('OPEN', 'CLOSED')`))
    .addCheckConstraint('place_dates', sql`ends_on > starts_on`)
    .execute();
  await db.schema.createIndex('place_company_idx').on('place').column('company_id').execute();
}
