import type { Caller } from '@stelsel/auth';
import type { ScopeMap } from '@stelsel/graphql-kit';
import type { Transaction } from 'kysely';
import type { FundingDatabase } from '../db/types.ts';

export type Trx = Transaction<FundingDatabase>;

/**
 * Who runs a use case: the caller, and a check of a row's owner scopes (domain/access.ts) answering
 * `NotAllowedError` when it fails (docs/conventions.md, Layers). Built by `actorOf` in schema/actor-of.ts.
 */
export interface Actor {
  caller: Caller;
  requireOwner(scopes: ScopeMap, message: string, field?: string | null): Promise<void>;
}
