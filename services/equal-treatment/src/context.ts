import type { Caller } from '@stelsel/auth';
import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely } from 'kysely';
import type { EqualTreatmentDatabase } from './db/types.ts';

/** Batching is per request through @pothos/plugin-dataloader (loadable fields and objects in the schema). */
export interface EqualTreatmentContext extends BaseContext {
  db: Kysely<EqualTreatmentDatabase>;
}

/** The context of one request: the verified caller and the database. */
export function createEqualTreatmentContext(caller: Caller, db: Kysely<EqualTreatmentDatabase>): EqualTreatmentContext {
  return { caller, db };
}
