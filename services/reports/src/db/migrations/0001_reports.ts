import { type Kysely, sql } from 'kysely';

// Literal lists on purpose: a migration is a snapshot and must not change when the code does.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('company_id', 'text')
    .addColumn('reporter_pseudonym', 'text')
    .addColumn('anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('ground', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`ground in ('ORIGIN', 'RELIGION', 'GENDER', 'SEXUAL_ORIENTATION', 'DISABILITY', 'AGE', 'NATIONALITY', 'CIVIL_STATUS', 'POLITICAL_OPINION', 'OTHER')`,
        ),
    )
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('nature', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('RECEIVED', 'FORWARDED', 'IN_INVESTIGATION', 'CLOSED')`),
    )
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    // Pseudonymise the reporter, allow anonymous reports — DOMAIN §2 (design rule).
    .addCheckConstraint('report_reporter', sql`anonymous = (reporter_pseudonym is null)`)
    .execute();
  await db.schema.createIndex('report_received_at').on('report').column('received_at').execute();
  await db.schema.createIndex('report_institution').on('report').columns(['institution_id', 'received_at']).execute();

  await db.schema
    .createTable('case_file')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('OPEN', 'HEARING', 'IMPROVEMENT_AGREEMENTS', 'CLOSED')`),
    )
    .addColumn('handler', 'text')
    .execute();
  await db.schema.createIndex('case_file_report').on('case_file').column('report_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id', 'at']).execute();

  await db.schema
    .createTable('report_desk')
    .addColumn('institution_id', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text')
    .addColumn('contact_url', 'text', (c) => c.check(sql`contact_url ~ '^https?://'`))
    .execute();
}
