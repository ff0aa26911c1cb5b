import type { Kysely } from 'kysely';
import type { ReportsDatabase } from './types.ts';

export async function findReportDesks(db: Kysely<ReportsDatabase>, institutionIds: readonly string[]) {
  if (institutionIds.length === 0) return [];
  return db.selectFrom('report_desk').selectAll().where('institution_id', 'in', institutionIds).execute();
}
