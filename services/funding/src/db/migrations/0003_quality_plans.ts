import { type Kysely, sql } from 'kysely';

/** Quality plans under the Regeling Kwaliteitsafspraken: tranches, plans, goals, consents, advice, decision, history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quality_tranche')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number between 1 and 9`))
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('late_handling', 'text', (c) => c.notNull().check(sql`late_handling in ('NEXT_TRANCHE', 'REFUSE')`))
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('quality_tranche_year_number', ['year', 'number'])
    .execute();
  await db.schema
    .createTable('quality_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('tranche_id', 'text', (c) => c.notNull().references('quality_tranche.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('DRAFT', 'SUBMITTED', 'ADVISED', 'GRANTED', 'REFUSED')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('excellence_programmes', 'integer')
    .addColumn('excellence_participants', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'date')
    .execute();
  await db.schema.createIndex('quality_plan_institution').on('quality_plan').column('institution_id').execute();
  await db.schema
    .createTable('quality_plan_goal')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('quality_plan.id').onDelete('cascade'))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('baseline', 'integer', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quality_plan_goal_pk', ['plan_id', 'theme'])
    .execute();
  await db.schema
    .createTable('quality_plan_consent')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('quality_plan.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`body in ('STUDENT_COUNCIL', 'WORKS_COUNCIL')`))
    .addColumn('given', 'boolean', (c) => c.notNull())
    .addColumn('given_on', 'date', (c) => c.notNull())
    .addColumn('document_reference', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quality_plan_consent_pk', ['plan_id', 'body'])
    .execute();
  await db.schema
    .createTable('quality_plan_advice')
    .addColumn('plan_id', 'text', (c) => c.primaryKey().references('quality_plan.id'))
    .addColumn('advice', 'text', (c) => c.notNull().check(sql`advice in ('POSITIVE', 'NEGATIVE')`))
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('without_consent', 'boolean', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('quality_plan_decision')
    .addColumn('plan_id', 'text', (c) => c.primaryKey().references('quality_plan_advice.plan_id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('GRANT', 'REFUSE')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('quality_plan_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('quality_plan.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('quality_plan_event_plan').on('quality_plan_event').columns(['plan_id', 'id']).execute();
}
