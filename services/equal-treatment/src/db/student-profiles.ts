import { type Kysely, sql, type Transaction } from 'kysely';
import type { Enrolment } from '../domain/book-entitlement.ts';
import type { EqualTreatmentDatabase } from './types.ts';

type Db = Kysely<EqualTreatmentDatabase> | Transaction<EqualTreatmentDatabase>;

export interface StudentProfile extends Enrolment {
  studentId: string;
  institutionId: string;
}

export async function saveStudentProfile(trx: Transaction<EqualTreatmentDatabase>, eventId: string, p: StudentProfile) {
  const row = {
    student_id: p.studentId,
    institution_id: p.institutionId,
    level: p.level,
    pathway: p.pathway,
    programme: p.programme,
    cohort: p.cohort,
    date_of_birth: p.dateOfBirth,
    left_on: p.leftOn,
    event_id: eventId,
  };
  await trx
    .insertInto('student_profile')
    .values(row)
    .onConflict((oc) => oc.column('student_id').doUpdateSet({ ...row, updated_at: sql`now()` as never }))
    .execute();
}

function selectProfiles(db: Db) {
  return db
    .selectFrom('student_profile')
    .select(['student_id as studentId', 'institution_id as institutionId', 'level', 'pathway', 'programme', 'cohort'])
    .select(sql<string>`to_char(date_of_birth, 'YYYY-MM-DD')`.as('dateOfBirth'))
    .select(sql<string | null>`to_char(left_on, 'YYYY-MM-DD')`.as('leftOn'));
}

export function findProfilesByIds(db: Db, ids: readonly string[]): Promise<StudentProfile[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectProfiles(db).where('student_id', 'in', ids).execute();
}

export function findProfilesOfInstitution(db: Db, institutionId: string): Promise<StudentProfile[]> {
  return selectProfiles(db).where('institution_id', '=', institutionId).orderBy('student_id').execute();
}

export function findAllProfiles(db: Db): Promise<StudentProfile[]> {
  return selectProfiles(db).orderBy('student_id').execute();
}

export function lockProfile(trx: Transaction<EqualTreatmentDatabase>, id: string): Promise<StudentProfile | undefined> {
  return selectProfiles(trx).where('student_id', '=', id).forUpdate().executeTakeFirst();
}
