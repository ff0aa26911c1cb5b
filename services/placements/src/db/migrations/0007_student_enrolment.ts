import { type Kysely, sql } from 'kysely';

/**
 * What other services need to know of an enrolment (issue 12): the programme (mbo, or the VAVO and ISK
 * programmes an ROC also runs, which free basic-skills books leave out) and the day a student left.
 * Students already there are announced once (StudentRecorded) so equal-treatment's copy starts complete.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('student')
    .addColumn('programme', 'text', (c) => c.notNull().defaultTo('MBO').check(sql`programme in ('MBO', 'VAVO', 'ISK')`))
    .execute();
  await db.schema.alterTable('student').addColumn('left_on', 'date').execute();
  // On a new database the event tables are completed later (events_0001_tables) and there are no students yet.
  const ready = await sql<{ ready: boolean }>`select exists (select 1 from information_schema.columns
    where table_schema = current_schema() and table_name = 'outbox' and column_name = 'aggregate_id') as ready`.execute(
    db,
  );
  if (!ready.rows[0]?.ready) return;
  await sql`insert into outbox (id, type, aggregate_id, payload)
    select gen_random_uuid(), 'StudentRecorded', s.id, jsonb_build_object(
      'studentId', s.id, 'institutionId', s.institution_id, 'level', s.level, 'pathway', s.pathway,
      'programme', s.programme, 'cohort', s.cohort,
      'dateOfBirth', to_char(s.date_of_birth, 'YYYY-MM-DD'), 'leftOn', to_char(s.left_on, 'YYYY-MM-DD'))
    from student s order by s.id`.execute(db);
}
