import { type Kysely, sql } from 'kysely';

/**
 * The report flow (issue 10): a report from a student or registered at an institution's desk, its
 * reporter kept apart (pseudonymised, erasable), notes, status history and the desk's details.
 * `report` and `case_file` of 0001 were placeholders that nothing could write to: replaced.
 * Literal lists on purpose: a migration is a snapshot and must not change when the code does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_file').ifExists().execute();
  await db.schema.dropTable('report').ifExists().execute();

  await db.schema
    .createTable('report')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('DISCRIMINATION', 'MISUSE')`))
    .addColumn('moment', 'text', (c) => c.notNull().check(sql`moment in ('SELECTION', 'DURING_INTERNSHIP')`))
    .addColumn('grounds', sql`text[]`, (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('INSTITUTION_DESK', 'SBB', 'ADV')`))
    .addColumn('anonymous', 'boolean', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('AT_DESK', 'WITH_SBB', 'WITH_ADV', 'CLOSED')`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('forward_due_on', 'date')
    .addColumn('forwarded_at', 'timestamptz')
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('registered_by_role', 'text', (c) =>
      c.notNull().check(sql`registered_by_role in ('student', 'institution')`),
    )
    .addCheckConstraint(
      'report_grounds',
      sql`(kind = 'DISCRIMINATION' and cardinality(grounds) > 0) or (kind = 'MISUSE' and cardinality(grounds) = 0)`,
    )
    .addCheckConstraint('report_forward_due', sql`(channel = 'INSTITUTION_DESK') = (forward_due_on is not null)`)
    .execute();
  await db.schema.createIndex('report_received_at').on('report').column('received_at').execute();
  await db.schema.createIndex('report_institution').on('report').columns(['institution_id', 'received_at']).execute();

  // Receipt codes, as SHA-256 hashes only: a retried submission gets a new code for the same report.
  await db.schema
    .createTable('report_receipt')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .execute();

  // Who reported, kept apart so it can be shown only to the case's handlers and erased after retention.
  await db.schema
    .createTable('report_reporter')
    .addColumn('report_id', 'uuid', (c) => c.primaryKey().references('report.id').onDelete('cascade'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('student_subject', 'text')
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .execute();
  await db.schema.createIndex('report_reporter_subject').on('report_reporter').column('student_subject').execute();

  await db.schema
    .createTable('report_event')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('STATUS', 'NOTE')`))
    .addColumn('status', 'text')
    .addColumn('text', 'text')
    .addColumn('by_subject', 'text', (c) => c.notNull())
    .addColumn('by_role', 'text', (c) => c.notNull())
    .addColumn('by_organisation', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_event_report').on('report_event').columns(['report_id', 'at']).execute();

  await db.schema
    .alterTable('audit_log')
    .addColumn('fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();

  for (const column of ['email', 'phone', 'handlers', 'availability', 'alternatives', 'updated_by'] as const) {
    await db.schema.alterTable('report_desk').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('report_desk').addColumn('updated_at', 'timestamptz').execute();
}
