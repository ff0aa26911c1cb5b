import { type Kysely, sql } from 'kysely';

/**
 * A confirmed match has a last day for the company's answer (issue 9 §5), stored when the match is
 * confirmed so a later change of MATCH_RESPONSE_DAYS does not move deadlines already given. Matches
 * confirmed before this migration get 14 days from their confirmation; a row inserted without one
 * (tests, tools) gets 14 days from today. The application sets it from MATCH_RESPONSE_DAYS.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('placement').addColumn('respond_by', 'date').execute();
  await sql`update placement set respond_by = (created_at at time zone 'Europe/Amsterdam')::date + 14`.execute(db);
  await db.schema
    .alterTable('placement')
    .alterColumn('respond_by', (c) => c.setNotNull())
    .execute();
  await db.schema
    .alterTable('placement')
    .alterColumn('respond_by', (c) => c.setDefault(sql`current_date + 14`))
    .execute();
}
