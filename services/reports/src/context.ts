import type { Caller } from '@stelsel/auth';
import { batchLoader } from '@stelsel/db-kit';
import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely, Selectable } from 'kysely';
import { findReportDesks } from './db/report-desks.ts';
import type { ReportDeskTable, ReportsDatabase } from './db/types.ts';

export interface ReportsContext extends BaseContext {
  db: Kysely<ReportsDatabase>;
  loaders: {
    reportDesk: (institutionId: string) => Promise<Selectable<ReportDeskTable> | null>;
  };
}

/** The context of one request: the verified caller, the database and that request's batch loaders. */
export function createReportsContext(caller: Caller, db: Kysely<ReportsDatabase>): ReportsContext {
  return {
    caller,
    db,
    loaders: {
      reportDesk: batchLoader(async (ids) => {
        const rows = await findReportDesks(db, ids);
        return new Map(rows.map((r) => [r.institution_id, r]));
      }),
    },
  };
}
