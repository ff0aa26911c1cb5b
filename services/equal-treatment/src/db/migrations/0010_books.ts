import { type Kysely, sql } from 'kysely';

/**
 * Free basic-skills books (issue 12). `student_profile` is placements' StudentRecorded events as they
 * arrive — written by the consumer only, never by hand, so it is a copy of placements' truth, not a second
 * one (docs/architecture.md, "Equal treatment for students"). `book_provision` is this service's own record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('student_profile')
    .addColumn('student_id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('pathway', 'text', (c) => c.notNull().check(sql`pathway in ('BOL', 'BBL')`))
    .addColumn('programme', 'text', (c) => c.notNull().check(sql`programme in ('MBO', 'VAVO', 'ISK')`))
    .addColumn('cohort', 'integer', (c) => c.notNull())
    .addColumn('date_of_birth', 'date', (c) => c.notNull())
    .addColumn('left_on', 'date')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('student_profile_institution_idx')
    .on('student_profile')
    .column('institution_id')
    .execute();
  await db.schema
    .createTable('book_provision')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('school_year', 'text', (c) => c.notNull().check(sql`school_year ~ '^[0-9]{4}-[0-9]{4}$'`))
    .addColumn('subject', 'text', (c) => c.notNull().check(sql`subject in ('TAAL', 'REKENEN', 'BURGERSCHAP')`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('BOOK', 'LICENCE')`))
    .addColumn('provided_on', 'date', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('book_provision_once', ['student_id', 'school_year', 'subject'])
    .execute();
  await db.schema
    .createIndex('book_provision_institution_idx')
    .on('book_provision')
    .columns(['institution_id', 'school_year'])
    .execute();
}
