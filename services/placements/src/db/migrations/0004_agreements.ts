import { type Kysely, sql } from 'kysely';

/** Internship agreements (POK) with signatures and history, contact moments and allowance payments — DOMAIN.md §1. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('placement_id', 'text', (c) => c.notNull().references('placement.id'))
    .addColumn('student_id', 'text', (c) => c.notNull().references('student.id'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('company.id'))
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institution.id'))
    .addColumn('pathway', 'text', (c) => c.notNull().check(sql`pathway in ('BOL', 'BBL')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('DRAFT', 'SIGNING', 'SIGNED', 'SUPERSEDED')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('hours_per_week', 'integer', (c) => c.notNull().check(sql`hours_per_week between 1 and 40`))
    .addColumn('trainer_name', 'text', (c) => c.notNull())
    .addColumn('trainer_email', 'text', (c) => c.notNull())
    .addColumn('work_processes', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text', (c) => c.notNull())
    .addColumn('dissolution_terms', 'text', (c) => c.notNull())
    .addColumn('supervision_frequency', 'text', (c) => c.notNull())
    .addColumn('expense_allowance_cents', 'bigint', (c) => c.notNull().check(sql`expense_allowance_cents >= 0`))
    .addColumn('internship_wage_cents', 'bigint', (c) => c.check(sql`internship_wage_cents >= 0`))
    .addColumn('guardian_required', 'boolean', (c) => c.notNull())
    .addColumn('guardian_name', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'timestamptz')
    .addColumn('superseded_by', 'text')
    .addCheckConstraint('agreement_period', sql`ends_on > starts_on`)
    // A student under 18 needs a parent or guardian to sign — DOMAIN.md §1.
    .addCheckConstraint('agreement_guardian', sql`not guardian_required or guardian_name is not null`)
    .execute();
  await db.schema.createIndex('agreement_placement_idx').on('agreement').column('placement_id').execute();
  await db.schema.createIndex('agreement_student_idx').on('agreement').column('student_id').execute();
  await db.schema
    .createIndex('agreement_institution_idx')
    .on('agreement')
    .columns(['institution_id', 'status'])
    .execute();
  // One current (not superseded) agreement per placement.
  await sql`create unique index agreement_current_per_placement on agreement (placement_id) where status <> 'SUPERSEDED'`.execute(
    db,
  );

  await db.schema
    .createTable('agreement_signature')
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('party', 'text', (c) =>
      c.notNull().check(sql`party in ('STUDENT', 'INSTITUTION', 'COMPANY', 'GUARDIAN')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('signed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('signed_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('agreement_signature_pk', ['agreement_id', 'party'])
    .execute();

  await db.schema
    .createTable('agreement_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) =>
      c.notNull().check(sql`what in ('DRAFTED', 'EDITED', 'SIGNED', 'SIGNATURES_RESET', 'FULLY_SIGNED', 'SUPERSEDED')`),
    )
    .addColumn('party', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('agreement_event_agreement_idx').on('agreement_event').column('agreement_id').execute();

  await db.schema
    .createTable('contact_moment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('START', 'INTERIM', 'FINAL')`))
    .addColumn('planned_on', 'date', (c) => c.notNull())
    .addColumn('planned_mode', 'text', (c) => c.notNull().check(sql`planned_mode in ('IN_PERSON', 'VIDEO', 'PHONE')`))
    .addColumn('planned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('planned_by', 'text', (c) => c.notNull())
    .addColumn('held_on', 'date')
    .addColumn('held_mode', 'text', (c) => c.check(sql`held_mode in ('IN_PERSON', 'VIDEO', 'PHONE')`))
    .addColumn('notes', 'text')
    .addColumn('recorded_at', 'timestamptz')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_role', 'text', (c) => c.check(sql`recorded_role in ('institution', 'company')`))
    .addCheckConstraint('contact_moment_held', sql`(held_on is null) = (held_mode is null)`)
    .execute();
  await db.schema.createIndex('contact_moment_agreement_idx').on('contact_moment').column('agreement_id').execute();

  await db.schema
    .createTable('contact_moment_exception')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('ABROAD', 'TASTER_INTERNSHIP', 'OTHER')`))
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('contact_moment_exception_unique', ['agreement_id', 'reason'])
    .execute();

  await db.schema
    .createTable('allowance_payment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('EXPENSE', 'WAGE')`))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_role', 'text', (c) => c.notNull().check(sql`recorded_role in ('institution', 'company')`))
    .execute();
  await db.schema
    .createIndex('allowance_payment_agreement_idx')
    .on('allowance_payment')
    .column('agreement_id')
    .execute();
}
