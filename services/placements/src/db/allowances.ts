import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AllowanceKind, AllowancePaymentTable, PlacementsDatabase } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

export type AllowancePaymentRecord = Selectable<AllowancePaymentTable>;

export function findPaymentsByAgreements(db: Db, ids: readonly string[]): Promise<AllowancePaymentRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('allowance_payment')
    .selectAll()
    .where('agreement_id', 'in', ids)
    .orderBy('month')
    .orderBy('id')
    .execute();
}

export async function insertPayment(
  trx: Transaction<PlacementsDatabase>,
  row: {
    agreementId: string;
    month: string;
    kind: AllowanceKind;
    amountCents: bigint;
    by: string;
    role: 'institution' | 'company';
  },
): Promise<number> {
  const inserted = await trx
    .insertInto('allowance_payment')
    .values({
      agreement_id: row.agreementId,
      month: row.month,
      kind: row.kind,
      amount_cents: row.amountCents,
      recorded_by: row.by,
      recorded_role: row.role,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}
