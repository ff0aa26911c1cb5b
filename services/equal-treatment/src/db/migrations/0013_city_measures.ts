import { type Kysely, sql } from 'kysely';

/**
 * A city's measures per year (issue 12): the intro week gets who organises it, how many mbo students took
 * part, its source and who recorded it; institutions' contributions to it; and student sport. One row per
 * city and year, so last year's record stays as it was when this year's changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('intro_week')
    .addColumn('organiser', 'text')
    .addColumn('participants', 'integer', (c) => c.check(sql`participants >= 0`))
    .addColumn('source', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('intro_week_contribution')
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('intro_week_contribution_pk', ['municipality_code', 'year', 'institution_id'])
    .execute();
  await db.schema
    .createTable('student_sport')
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('access', 'text', (c) => c.notNull().check(sql`access in ('OPEN', 'PILOT', 'NOT_OPEN')`))
    .addColumn('facilities', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('conditions', 'text')
    .addColumn('open_from', 'date')
    .addColumn('note', 'text')
    .addColumn('source', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('student_sport_pk', ['municipality_code', 'year'])
    .execute();
}
