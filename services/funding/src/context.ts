import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely } from 'kysely';
import type { FundingDatabase } from './db/types.ts';

export interface FundingContext extends BaseContext {
  db: Kysely<FundingDatabase>;
}
