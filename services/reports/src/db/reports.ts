import type { Kysely } from 'kysely';
import type { GroundCode } from '../domain/grounds.ts';
import type { ReportsDatabase } from './types.ts';

export interface ReportPeriodFilter {
  from: Date;
  to: Date;
  /** Only reports registered by this institution. */
  institutionId?: string | undefined;
}

/** Number of reports per ground received in [from, to); grounds without reports are absent. */
export async function countReportsByGround(
  db: Kysely<ReportsDatabase>,
  filter: ReportPeriodFilter,
): Promise<Map<GroundCode, number>> {
  let query = db
    .selectFrom('report')
    .select(['ground', (eb) => eb.fn.countAll<string>().as('n')])
    .where('received_at', '>=', filter.from)
    .where('received_at', '<', filter.to);
  if (filter.institutionId !== undefined) query = query.where('institution_id', '=', filter.institutionId);
  const rows = await query.groupBy('ground').execute();
  return new Map(rows.map((r) => [r.ground, Number(r.n)]));
}
