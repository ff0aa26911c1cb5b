import { InputError, NotFoundError } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { sql } from 'kysely';
import { ownInstitution } from '../domain/access.ts';
import { publishStudents } from '../events/student-events.ts';
import type { Actor, Trx } from './actor.ts';

/** The earliest date of birth we accept: our own bound against typos (nobody in mbo is over 100). */
const OLDEST = '1920-01-01';

async function lockOwnStudent(trx: Trx, actor: Actor, studentId: string) {
  const student = await trx
    .selectFrom('student')
    .select(['id', 'institution_id'])
    .select(sql<string | null>`to_char(left_on, 'YYYY-MM-DD')`.as('left_on'))
    .where('id', '=', studentId)
    .forUpdate()
    .executeTakeFirst();
  if (!student) throw new NotFoundError('Deze student bestaat niet.', 'studentId');
  await actor.requireOwner(
    ownInstitution(student.institution_id),
    'Alleen de eigen instelling mag de inschrijving van deze student wijzigen.',
    'studentId',
  );
  return student;
}

/**
 * The institution corrects a date of birth it registered wrongly. Placements owns the student, so the
 * correction happens here and travels to the services that decide with it (StudentRecorded, same transaction).
 */
export async function correctDateOfBirth(
  trx: Trx,
  actor: Actor,
  input: { studentId: string; dateOfBirth: string },
): Promise<string> {
  await lockOwnStudent(trx, actor, input.studentId);
  if (input.dateOfBirth > todayInNetherlands() || input.dateOfBirth < OLDEST) {
    throw new InputError('Deze geboortedatum kan niet kloppen: hij ligt in de toekomst of vóór 1920.', 'dateOfBirth');
  }
  await trx
    .updateTable('student')
    .set({ date_of_birth: input.dateOfBirth })
    .where('id', '=', input.studentId)
    .execute();
  await publishStudents(trx, [input.studentId]);
  return input.studentId;
}

/** The institution records that a student left (uitschrijving) on a day, or undoes it with null. */
export async function recordLeaving(
  trx: Trx,
  actor: Actor,
  input: { studentId: string; leftOn: string | null },
): Promise<string> {
  await lockOwnStudent(trx, actor, input.studentId);
  await trx.updateTable('student').set({ left_on: input.leftOn }).where('id', '=', input.studentId).execute();
  await publishStudents(trx, [input.studentId]);
  return input.studentId;
}
