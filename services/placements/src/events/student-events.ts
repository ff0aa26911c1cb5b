import { sql, type Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';
import { appendEvent } from './outbox.ts';

/**
 * Tells the other services a student's enrolment as placements holds it now (equal-treatment decides the
 * free basic-skills books with it): one StudentRecorded event per student, with the whole current state,
 * in the transaction that created or changed the student. A correction is a new event; the newest wins.
 * Only what the rules need travels: no name, no address.
 */
export async function publishStudents(trx: Transaction<PlacementsDatabase>, studentIds: readonly string[]) {
  if (studentIds.length === 0) return;
  for (let start = 0; start < studentIds.length; start += 1000) {
    const rows = await trx
      .selectFrom('student')
      .select(['id', 'institution_id', 'level', 'pathway', 'programme', 'cohort'])
      .select(sql<string>`to_char(date_of_birth, 'YYYY-MM-DD')`.as('date_of_birth'))
      .select(sql<string | null>`to_char(left_on, 'YYYY-MM-DD')`.as('left_on'))
      .where('id', 'in', studentIds.slice(start, start + 1000))
      .orderBy('id')
      .execute();
    for (const row of rows) {
      await appendEvent(trx, 'StudentRecorded', row.id, {
        studentId: row.id,
        institutionId: row.institution_id,
        level: row.level,
        pathway: row.pathway,
        programme: row.programme,
        cohort: row.cohort,
        dateOfBirth: row.date_of_birth,
        leftOn: row.left_on,
      });
    }
  }
}
