import type { Kysely } from 'kysely';
import type { ReportsDatabase } from '../db/types.ts';

/**
 * Seeds nothing on purpose: there is no published list of report desks per institution and no
 * published report-level data, and demo reports would show up as real statistics. Kept so the
 * service starts like every other one; returns what it inserted.
 */
export async function seedReports(_db: Kysely<ReportsDatabase>): Promise<{ inserted: number }> {
  return { inserted: 0 };
}
