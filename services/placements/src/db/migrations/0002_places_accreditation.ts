import { type Kysely, sql } from 'kysely';

/** The full place (terms, location, inclusive markers), the accreditation history, equivalent crebos and the outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Defaults let the places seeded before this migration stay valid; the seed fills in real values.
  await db.schema
    .alterTable('place')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hours_per_week', 'integer', (c) =>
      c.notNull().defaultTo(32).check(sql`hours_per_week between 1 and 40`),
    )
    .addColumn('expense_allowance_cents', 'bigint', (c) =>
      c.notNull().defaultTo(0).check(sql`expense_allowance_cents >= 0`),
    )
    .addColumn('internship_wage_cents', 'bigint', (c) => c.check(sql`internship_wage_cents >= 0`))
    .addColumn('inclusive_markers', sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{}'::text[]`)
        .check(
          sql`inclusive_markers <@ array['ACCESSIBLE_WORKPLACE', 'GUIDANCE_LEVEL_1_2', 'PART_TIME_POSSIBLE', 'LANGUAGE_SUPPORT']::text[]`,
        ),
    )
    .addColumn('closed_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.alterTable('place').addCheckConstraint('place_capacity_max', sql`capacity <= 500`).execute();
  await db.schema
    .createIndex('place_qualification_idx')
    .on('place')
    .columns(['qualification_crebo', 'status'])
    .execute();

  await db.schema
    .createTable('accreditation_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('accreditation_id', 'integer', (c) => c.notNull().references('accreditation.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('changed_by', 'text', (c) => c.notNull())
    // In writing with reasons — Erkenningsreglement SBB.
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(reason) >= 10`))
    .execute();
  await db.schema
    .createIndex('accreditation_event_accreditation_idx')
    .on('accreditation_event')
    .column('accreditation_id')
    .execute();

  await db.schema
    .createTable('qualification_equivalent')
    .addColumn('crebo', 'text', (c) => c.notNull().references('qualification.crebo'))
    .addColumn('equivalent_crebo', 'text', (c) => c.notNull().references('qualification.crebo'))
    .addPrimaryKeyConstraint('qualification_equivalent_pk', ['crebo', 'equivalent_crebo'])
    .addCheckConstraint('qualification_equivalent_distinct', sql`crebo <> equivalent_crebo`)
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('dispatched_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('outbox_pending_idx')
    .on('outbox')
    .column('created_at')
    .where(sql.ref('dispatched_at'), 'is', null)
    .execute();
}
