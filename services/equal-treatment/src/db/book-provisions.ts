import { type Kysely, sql, type Transaction } from 'kysely';
import type { BasicSkill, BookProvisionKind, EqualTreatmentDatabase } from './types.ts';

type Db = Kysely<EqualTreatmentDatabase> | Transaction<EqualTreatmentDatabase>;

export interface ProvisionRow {
  id: string;
  student_id: string;
  institution_id: string;
  school_year: string;
  subject: BasicSkill;
  kind: BookProvisionKind;
  provided_on: string;
  recorded_by: string;
}

function selectProvisions(db: Db) {
  return db
    .selectFrom('book_provision')
    .select(['id', 'student_id', 'institution_id', 'school_year', 'subject', 'kind', 'recorded_by'])
    .select(sql<string>`to_char(provided_on, 'YYYY-MM-DD')`.as('provided_on'));
}

/** The provisions of these students in one school year, in subject order. */
export function findProvisions(db: Db, schoolYear: string, studentIds: readonly string[]): Promise<ProvisionRow[]> {
  if (studentIds.length === 0) return Promise.resolve([]);
  return selectProvisions(db)
    .where('school_year', '=', schoolYear)
    .where('student_id', 'in', studentIds)
    .orderBy('student_id')
    .orderBy('subject')
    .execute();
}

export function findProvisionById(db: Db, id: string): Promise<ProvisionRow | undefined> {
  return selectProvisions(db).where('id', '=', id).executeTakeFirst();
}

export function findProvisionsOfYear(db: Db, schoolYear: string): Promise<ProvisionRow[]> {
  return selectProvisions(db).where('school_year', '=', schoolYear).execute();
}

export async function insertProvision(trx: Transaction<EqualTreatmentDatabase>, row: ProvisionRow): Promise<void> {
  await trx.insertInto('book_provision').values(row).execute();
}
