import { type Kysely, sql } from 'kysely';

/**
 * SBB's casework on a report (issue 10): the case, the statements of hoor en wederhoor, the decision
 * and its improvement agreements. Literal lists on purpose: a migration is a snapshot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_file')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('report_id', 'uuid', (c) => c.notNull().unique().references('report.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'HEARING', 'MONITORING', 'CLOSED')`),
    )
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('acknowledge_due_on', 'date', (c) => c.notNull())
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('handler', 'text')
    .addColumn('decision', 'text', (c) =>
      c.check(sql`decision in ('UNFOUNDED', 'IMPROVEMENT_AGREEMENTS', 'SUSPENSION', 'WITHDRAWAL')`),
    )
    .addColumn('motivation', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'text')
    .addColumn('closed_at', 'timestamptz')
    .addCheckConstraint('case_decision_complete', sql`(decision is null) = (decided_at is null)`)
    .execute();
  await db.schema.createIndex('case_file_status').on('case_file').columns(['status', 'received_at']).execute();

  await db.schema
    .createTable('case_statement')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_file.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.notNull().check(sql`party in ('COMPANY', 'INSTITUTION', 'STUDENT')`))
    .addColumn('given_on', 'date', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('case_statement_case').on('case_statement').column('case_id').execute();

  await db.schema
    .createTable('improvement_agreement')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_file.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('OTHER_SUPERVISOR', 'CONFIDENTIAL_ADVISER', 'BPV_PLAN', 'COURSE', 'OTHER')`),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('OPEN', 'FULFILLED', 'BREACHED')`))
    .addColumn('company_report', 'text')
    .addColumn('company_reported_at', 'timestamptz')
    .addColumn('assessed_at', 'timestamptz')
    .addColumn('assessed_by', 'text')
    .addColumn('assessment', 'text')
    .execute();
  await db.schema.createIndex('improvement_agreement_case').on('improvement_agreement').column('case_id').execute();
}
