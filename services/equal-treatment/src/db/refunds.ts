import { type Kysely, sql, type Transaction } from 'kysely';
import type { EqualTreatmentDatabase, RefundStatus } from './types.ts';

type Db = Kysely<EqualTreatmentDatabase> | Transaction<EqualTreatmentDatabase>;

/** Refund ids are UUIDs; any other text names nothing and must not reach PostgreSQL's uuid cast. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Trx = Transaction<EqualTreatmentDatabase>;

export interface RefundRow {
  id: string;
  student_id: string;
  institution_id: string;
  school_year: string;
  materials: string;
  amount_cents: string;
  explanation: string;
  status: RefundStatus;
  requested_on: string;
  decide_by: string;
  decided_on: string | null;
  decided_by: string | null;
  decision_reason: string | null;
}

function selectRefunds(db: Db) {
  return db
    .selectFrom('refund_request')
    .select([
      'id',
      'student_id',
      'institution_id',
      'school_year',
      'materials',
      'amount_cents',
      'explanation',
      'status',
      'decided_by',
      'decision_reason',
    ])
    .select(sql<string>`to_char(requested_on, 'YYYY-MM-DD')`.as('requested_on'))
    .select(sql<string>`to_char(decide_by, 'YYYY-MM-DD')`.as('decide_by'))
    .select(sql<string | null>`to_char(decided_on, 'YYYY-MM-DD')`.as('decided_on'));
}

export function findRefundById(db: Db, id: string): Promise<RefundRow | undefined> {
  if (!UUID.test(id)) return Promise.resolve(undefined);
  return selectRefunds(db).where('id', '=', id).executeTakeFirst();
}

export function lockRefund(trx: Trx, id: string): Promise<RefundRow | undefined> {
  if (!UUID.test(id)) return Promise.resolve(undefined);
  return selectRefunds(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findRefundsOfStudents(db: Db, studentIds: readonly string[]): Promise<RefundRow[]> {
  if (studentIds.length === 0) return Promise.resolve([]);
  return selectRefunds(db)
    .where('student_id', 'in', studentIds)
    .orderBy('requested_on', 'desc')
    .orderBy('id')
    .execute();
}

export function findRefundsOfInstitution(db: Db, institutionId: string): Promise<RefundRow[]> {
  return selectRefunds(db).where('institution_id', '=', institutionId).orderBy('decide_by').orderBy('id').execute();
}

export function findAllRefunds(db: Db): Promise<RefundRow[]> {
  return selectRefunds(db).execute();
}

export async function insertRefund(
  trx: Trx,
  row: Omit<RefundRow, 'status' | 'decided_on' | 'decided_by' | 'decision_reason'>,
) {
  await trx.insertInto('refund_request').values(row).execute();
}

export async function decideRefundRow(
  trx: Trx,
  id: string,
  decision: { status: RefundStatus; decided_on: string; decided_by: string; decision_reason: string },
) {
  await trx.updateTable('refund_request').set(decision).where('id', '=', id).execute();
}

export interface TermsRow {
  institution_id: string;
  school_year: string;
  terms: string;
  decision_days: number;
}

export function findTerms(db: Db, institutionId: string, schoolYear: string): Promise<TermsRow | undefined> {
  return db
    .selectFrom('learning_materials_terms')
    .select(['institution_id', 'school_year', 'terms', 'decision_days'])
    .where('institution_id', '=', institutionId)
    .where('school_year', '=', schoolYear)
    .executeTakeFirst();
}

export function findBookList(db: Db, institutionId: string, schoolYear: string) {
  return db
    .selectFrom('book_list_item')
    .select(['id', 'title', 'price_cents'])
    .where('institution_id', '=', institutionId)
    .where('school_year', '=', schoolYear)
    .orderBy('position')
    .execute();
}

/** Replaces an institution's terms and book list for a school year (publishing again replaces both). */
export async function saveLearningMaterials(
  trx: Trx,
  terms: TermsRow & { published_by: string },
  books: { id: string; title: string; price_cents: bigint }[],
) {
  await trx
    .insertInto('learning_materials_terms')
    .values(terms)
    .onConflict((oc) =>
      oc.columns(['institution_id', 'school_year']).doUpdateSet({
        terms: terms.terms,
        decision_days: terms.decision_days,
        published_by: terms.published_by,
        published_at: sql`now()` as never,
      }),
    )
    .execute();
  await trx
    .deleteFrom('book_list_item')
    .where('institution_id', '=', terms.institution_id)
    .where('school_year', '=', terms.school_year)
    .execute();
  if (books.length === 0) return;
  await trx
    .insertInto('book_list_item')
    .values(
      books.map((b, position) => ({
        ...b,
        position,
        institution_id: terms.institution_id,
        school_year: terms.school_year,
      })),
    )
    .execute();
}

export interface FundRow {
  institution_id: string;
  summary: string;
  how_to_apply: string;
  contact: string;
  url: string | null;
}

export function findFund(db: Db, institutionId: string): Promise<FundRow | undefined> {
  return db
    .selectFrom('student_fund_info')
    .select(['institution_id', 'summary', 'how_to_apply', 'contact', 'url'])
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function saveFund(trx: Trx, row: FundRow & { published_by: string }) {
  await trx
    .insertInto('student_fund_info')
    .values(row)
    .onConflict((oc) =>
      oc.column('institution_id').doUpdateSet({
        summary: row.summary,
        how_to_apply: row.how_to_apply,
        contact: row.contact,
        url: row.url,
        published_by: row.published_by,
        published_at: sql`now()` as never,
      }),
    )
    .execute();
}
