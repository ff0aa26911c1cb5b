import { type Kysely, sql, type Transaction } from 'kysely';
import type { PlacementsDatabase } from './types.ts';

/** A student with their qualification, dates as `JJJJ-MM-DD` text. */
function selectStudents(db: Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>) {
  return db
    .selectFrom('student')
    .innerJoin('qualification', 'qualification.crebo', 'student.qualification_crebo')
    .select([
      'student.id',
      'student.institution_id',
      'student.given_name',
      'student.family_name',
      'student.level',
      'student.pathway',
      'student.cohort',
      'student.email',
      'qualification.crebo as qualification_crebo',
      'qualification.name as qualification_name',
      'qualification.level as qualification_level',
    ])
    .select(sql<string>`to_char(student.date_of_birth, 'YYYY-MM-DD')`.as('date_of_birth'))
    .select(sql<string | null>`to_char(student.left_on, 'YYYY-MM-DD')`.as('left_on'));
}

export type StudentRecord = Awaited<ReturnType<ReturnType<typeof selectStudents>['execute']>>[number];

export function findStudentsByInstitution(db: Kysely<PlacementsDatabase>, institutionId: string) {
  return selectStudents(db).where('student.institution_id', '=', institutionId).orderBy('student.id').execute();
}

export function findStudentsByIds(
  db: Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>,
  ids: readonly string[],
): Promise<StudentRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectStudents(db).where('student.id', 'in', ids).execute();
}
