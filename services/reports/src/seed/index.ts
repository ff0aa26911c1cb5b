import type { Kysely } from 'kysely';
import type { ReportsDatabase } from '../db/types.ts';

/**
 * Reference data: none. There is no published list of report desks per institution and no published report-level
 * data. The demo reports are a separate step (`seedReportsDemo`, run by the service with the demo data of the
 * other services); the statistics then count them, as they would any report, and their stories say "Demogegevens".
 */
export async function seedReports(_db: Kysely<ReportsDatabase>): Promise<{ inserted: number }> {
  return { inserted: 0 };
}

export { seedReportsDemo } from './demo-reports.ts';
