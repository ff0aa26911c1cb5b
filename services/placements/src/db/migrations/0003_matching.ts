import { type Kysely, sql } from 'kysely';

/** Stagematching rounds, their choices and results, and the placements a confirmed round creates. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('matching_round')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institution.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('qualification_crebos', 'jsonb')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('DRAFT', 'RUN', 'CONFIRMED')`))
    .addColumn('seed', 'bigint', (c) => c.check(sql`seed between 0 and 4294967295`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('ran_at', 'timestamptz')
    .addColumn('ran_by', 'text')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('confirmed_by', 'text')
    .addCheckConstraint('matching_round_period', sql`period_end > period_start`)
    .execute();
  await db.schema.createIndex('matching_round_institution_idx').on('matching_round').column('institution_id').execute();

  await db.schema
    .createTable('round_student')
    .addColumn('round_id', 'text', (c) => c.notNull().references('matching_round.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (c) => c.notNull().references('student.id'))
    .addColumn('requests_accessible_place', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('choices_at', 'timestamptz')
    .addColumn('choices_by', 'text')
    .addPrimaryKeyConstraint('round_student_pk', ['round_id', 'student_id'])
    .execute();
  await db.schema.createIndex('round_student_student_idx').on('round_student').column('student_id').execute();

  await db.schema
    .createTable('round_choice')
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull().references('place.id'))
    .addColumn('rank', 'integer', (c) => c.notNull().check(sql`rank between 1 and 10`))
    .addPrimaryKeyConstraint('round_choice_pk', ['round_id', 'student_id', 'rank'])
    .addUniqueConstraint('round_choice_place_unique', ['round_id', 'student_id', 'place_id'])
    .addForeignKeyConstraint(
      'round_choice_student_fk',
      ['round_id', 'student_id'],
      'round_student',
      ['round_id', 'student_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('round_result')
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.references('place.id'))
    .addColumn('rank', 'integer', (c) => c.check(sql`rank between 1 and 10`))
    .addColumn('lottery', 'integer', (c) => c.notNull().check(sql`lottery >= 0`))
    .addColumn('better_full', 'jsonb', (c) => c.notNull())
    .addColumn('not_eligible', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('adjusted', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('adjustment_reason', 'text')
    .addColumn('adjusted_by', 'text')
    .addColumn('adjusted_at', 'timestamptz')
    .addColumn('dropped_at_confirmation', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('round_result_pk', ['round_id', 'student_id'])
    .addForeignKeyConstraint(
      'round_result_student_fk',
      ['round_id', 'student_id'],
      'round_student',
      ['round_id', 'student_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('round_result_adjusted', sql`not adjusted or length(adjustment_reason) >= 10`)
    .execute();
  await db.schema.createIndex('round_result_place_idx').on('round_result').column('place_id').execute();

  await db.schema
    .createTable('placement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().references('student.id'))
    .addColumn('place_id', 'text', (c) => c.notNull().references('place.id'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('company.id'))
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institution.id'))
    .addColumn('round_id', 'text', (c) => c.references('matching_round.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('CONFIRMED', 'ACCEPTED', 'DECLINED', 'ACTIVE', 'ENDED')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'timestamptz')
    .addColumn('responded_by', 'text')
    .addColumn('decline_reason', 'text', (c) =>
      c.check(
        sql`decline_reason in ('NO_CAPACITY', 'PROFILE_MISMATCH', 'PERIOD_MISMATCH', 'PRACTICAL_TRAINER_UNAVAILABLE', 'OTHER')`,
      ),
    )
    .addColumn('decline_explanation', 'text')
    // A company may decline a match only with a recorded reason — DOMAIN.md §1 (stagematching).
    .addCheckConstraint('placement_declined_reason', sql`(status = 'DECLINED') = (decline_reason is not null)`)
    .addCheckConstraint(
      'placement_decline_explanation',
      sql`decline_reason is distinct from 'OTHER' or length(decline_explanation) >= 10`,
    )
    .execute();
  await db.schema.createIndex('placement_student_idx').on('placement').column('student_id').execute();
  await db.schema.createIndex('placement_place_idx').on('placement').columns(['place_id', 'status']).execute();
  await db.schema.createIndex('placement_company_idx').on('placement').column('company_id').execute();
  await db.schema.createIndex('placement_institution_idx').on('placement').column('institution_id').execute();

  await db.schema
    .createTable('placement_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('placement_id', 'text', (c) => c.notNull().references('placement.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('CONFIRMED', 'ACCEPTED', 'DECLINED')`))
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('placement_event_placement_idx').on('placement_event').column('placement_id').execute();

  // Contact details the company sees once a match is confirmed (issue 4); the seed fills them in.
  await db.schema.alterTable('student').addColumn('email', 'text').execute();
}
