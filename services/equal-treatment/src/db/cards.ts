import { type Kysely, sql, type Transaction } from 'kysely';
import type { EqualTreatmentDatabase } from './types.ts';

type Db = Kysely<EqualTreatmentDatabase> | Transaction<EqualTreatmentDatabase>;

export interface CardRow {
  id: string;
  student_id: string;
  institution_id: string;
  card_number: string;
  issued_on: string;
  valid_until: string;
  issued_by: string;
}

function selectCards(db: Db) {
  return db
    .selectFrom('student_card')
    .select(['id', 'student_id', 'institution_id', 'card_number', 'issued_by'])
    .select(sql<string>`to_char(issued_on, 'YYYY-MM-DD')`.as('issued_on'))
    .select(sql<string>`to_char(valid_until, 'YYYY-MM-DD')`.as('valid_until'));
}

export function findCardsOfStudents(db: Db, studentIds: readonly string[]): Promise<CardRow[]> {
  if (studentIds.length === 0) return Promise.resolve([]);
  return selectCards(db).where('student_id', 'in', studentIds).execute();
}

export function findCardById(db: Db, id: string): Promise<CardRow | undefined> {
  return selectCards(db).where('id', '=', id).executeTakeFirst();
}

export function findCardByNumber(db: Db, institutionId: string, cardNumber: string): Promise<CardRow | undefined> {
  return selectCards(db)
    .where('institution_id', '=', institutionId)
    .where('card_number', '=', cardNumber)
    .executeTakeFirst();
}

export async function insertCard(trx: Transaction<EqualTreatmentDatabase>, row: CardRow): Promise<void> {
  await trx.insertInto('student_card').values(row).execute();
}

/** Cards issued per institution, for the national view. */
export function countCardsByInstitution(db: Db) {
  return db
    .selectFrom('student_card')
    .select(['institution_id', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('institution_id')
    .execute();
}
