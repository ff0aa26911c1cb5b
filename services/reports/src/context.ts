import type { Caller } from '@stelsel/auth';
import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely } from 'kysely';
import type { ReportsDatabase } from './db/types.ts';

/** Batching is per request through @pothos/plugin-dataloader (loadable fields in the schema). */
export interface ReportsContext extends BaseContext {
  db: Kysely<ReportsDatabase>;
}

/** The context of one request: the verified caller and the database. */
export function createReportsContext(caller: Caller, db: Kysely<ReportsDatabase>): ReportsContext {
  return { caller, db };
}
