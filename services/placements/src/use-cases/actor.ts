import type { Caller } from '@stelsel/auth';
import type { ScopeMap } from '@stelsel/graphql-kit';
import type { Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';

export type Trx = Transaction<PlacementsDatabase>;

/**
 * Who runs a use case: the caller, and a check of a row's owner scopes (from domain/access.ts) that answers
 * `NotAllowedError` when it fails. The schema builds it from the request context (`actorOf` in schema/builder.ts).
 */
export interface Actor {
  caller: Caller;
  requireOwner(scopes: ScopeMap, message: string, field?: string | null): Promise<void>;
}
