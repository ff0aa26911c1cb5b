import type { Kysely } from 'kysely';
import type { FundingDatabase } from './types.ts';

export type Scheme = 'SALARISMIX' | 'CARRIEREPERSPECTIEF';

export function findAllocationsByScheme(db: Kysely<FundingDatabase>, scheme: Scheme) {
  return db.selectFrom('allocation').selectAll().where('scheme', '=', scheme).orderBy('institution_name').execute();
}

export function findAllocationsByInstitutions(db: Kysely<FundingDatabase>, institutionIds: readonly string[]) {
  if (institutionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('allocation')
    .selectAll()
    .where('institution_id', 'in', institutionIds)
    .orderBy('year')
    .orderBy('scheme')
    .execute();
}

export function findSchemeTotal(db: Kysely<FundingDatabase>, scheme: Scheme) {
  return db.selectFrom('scheme_total').selectAll().where('scheme', '=', scheme).executeTakeFirst();
}

/** The salarismix recipients (amount > 0): the Randstad institutions of the carrièreperspectief transition. */
export function findSalarismixRecipients(db: Kysely<FundingDatabase>, institutionIds?: readonly string[]) {
  let query = db
    .selectFrom('allocation')
    .select('institution_id')
    .where('scheme', '=', 'SALARISMIX')
    .where('amount_cents', '>', '0');
  if (institutionIds) {
    if (institutionIds.length === 0) return Promise.resolve([]);
    query = query.where('institution_id', 'in', institutionIds);
  }
  return query.orderBy('institution_id').execute();
}
