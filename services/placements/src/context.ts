import type { Caller } from '@stelsel/auth';
import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely } from 'kysely';
import type { PlacementsDatabase } from './db/types.ts';

/**
 * Batching is per request through @pothos/plugin-dataloader: entity types are loadable objects and lists
 * hanging off a row are loadable fields (src/schema), so lists and entity references are one query per type.
 */
export interface PlacementsContext extends BaseContext {
  db: Kysely<PlacementsDatabase>;
}

export function createPlacementsContext(caller: Caller, db: Kysely<PlacementsDatabase>): PlacementsContext {
  return { caller, db };
}
