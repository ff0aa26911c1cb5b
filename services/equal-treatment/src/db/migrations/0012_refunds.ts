import { type Kysely, sql } from 'kysely';

/**
 * The regulation for unused learning materials (regeling ongebruikte leermiddelen, seeds/001_…txt 968–976):
 * each institution publishes its book list and terms per school year; students ask for refunds, the
 * institution decides within the terms' number of days. And the institution's information about the
 * mbo student fund (seeds/001_…txt 933–944).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_materials_terms')
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('school_year', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('decision_days', 'integer', (c) => c.notNull().check(sql`decision_days between 1 and 90`))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('learning_materials_terms_pk', ['institution_id', 'school_year'])
    .execute();
  await db.schema
    .createTable('book_list_item')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('school_year', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('price_cents', 'bigint', (c) => c.notNull().check(sql`price_cents >= 0`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('book_list_item_idx')
    .on('book_list_item')
    .columns(['institution_id', 'school_year'])
    .execute();
  await db.schema
    .createTable('refund_request')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('school_year', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('REQUESTED').check(sql`status in ('REQUESTED', 'APPROVED', 'REFUSED')`),
    )
    .addColumn('requested_on', 'date', (c) => c.notNull())
    .addColumn('decide_by', 'date', (c) => c.notNull())
    .addColumn('decided_on', 'date')
    .addColumn('decided_by', 'text')
    .addColumn('decision_reason', 'text')
    .execute();
  await db.schema.createIndex('refund_request_institution_idx').on('refund_request').column('institution_id').execute();
  await db.schema.createIndex('refund_request_student_idx').on('refund_request').column('student_id').execute();
  await db.schema
    .createTable('student_fund_info')
    .addColumn('institution_id', 'text', (c) => c.primaryKey())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('how_to_apply', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_by', 'text', (c) => c.notNull())
    .execute();
}
