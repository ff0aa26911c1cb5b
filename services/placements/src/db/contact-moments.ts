import { type Kysely, sql, type Transaction } from 'kysely';
import type { ContactMode, ContactMomentExceptionReason, ContactMomentKind, PlacementsDatabase } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

function selectMoments(db: Db) {
  return db
    .selectFrom('contact_moment')
    .selectAll()
    .select([
      sql<string>`to_char(contact_moment.planned_on, 'YYYY-MM-DD')`.as('planned_on'),
      sql<string | null>`to_char(contact_moment.held_on, 'YYYY-MM-DD')`.as('held_on'),
    ]);
}

export type ContactMomentRecord = Awaited<ReturnType<ReturnType<typeof selectMoments>['execute']>>[number];

export function findMomentsByAgreements(db: Db, ids: readonly string[]): Promise<ContactMomentRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectMoments(db)
    .where('agreement_id', 'in', ids)
    .orderBy('contact_moment.planned_on')
    .orderBy('contact_moment.id')
    .execute();
}

export function findMomentById(db: Db, id: string): Promise<ContactMomentRecord | undefined> {
  return selectMoments(db).where('id', '=', id).executeTakeFirst();
}

export function lockMoment(trx: Transaction<PlacementsDatabase>, id: string): Promise<ContactMomentRecord | undefined> {
  return selectMoments(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertMoment(
  trx: Transaction<PlacementsDatabase>,
  row: { id: string; agreementId: string; kind: ContactMomentKind; plannedOn: string; mode: ContactMode; by: string },
): Promise<void> {
  await trx
    .insertInto('contact_moment')
    .values({
      id: row.id,
      agreement_id: row.agreementId,
      kind: row.kind,
      planned_on: row.plannedOn,
      planned_mode: row.mode,
      planned_by: row.by,
    })
    .execute();
}

export async function recordHeld(
  trx: Transaction<PlacementsDatabase>,
  id: string,
  held: { heldOn: string; mode: ContactMode; notes: string | null; by: string; role: 'institution' | 'company' },
): Promise<void> {
  await trx
    .updateTable('contact_moment')
    .set({
      held_on: held.heldOn,
      held_mode: held.mode,
      notes: held.notes,
      recorded_at: sql<string>`now()`,
      recorded_by: held.by,
      recorded_role: held.role,
    })
    .where('id', '=', id)
    .execute();
}

export type ContactMomentExceptionRecord = {
  id: number;
  agreement_id: string;
  reason: ContactMomentExceptionReason;
  explanation: string;
  recorded_at: Date;
  recorded_by: string;
};

export function findExceptionsByAgreements(db: Db, ids: readonly string[]): Promise<ContactMomentExceptionRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('contact_moment_exception').selectAll().where('agreement_id', 'in', ids).orderBy('id').execute();
}

/** Records an exception; false when one with this reason already exists. */
export async function insertException(
  trx: Transaction<PlacementsDatabase>,
  row: { agreementId: string; reason: ContactMomentExceptionReason; explanation: string; by: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('contact_moment_exception')
    .values({ agreement_id: row.agreementId, reason: row.reason, explanation: row.explanation, recorded_by: row.by })
    .onConflict((oc) => oc.columns(['agreement_id', 'reason']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}
