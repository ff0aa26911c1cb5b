import { randomUUID } from 'node:crypto';
import type { Engine } from '@stelsel/db-kit';
import { applyOnce, type DomainEvent } from '@stelsel/events';
import { createSubgraphHarness } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import type { FundingContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { FundingDatabase } from '../src/db/types.ts';
import { companyTraining } from '../src/events/company-training.ts';
import { schema } from '../src/schema/schema.ts';
import { seedFunding } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';

export const USER_ERROR = graphql(`fragment UserErrorFields on UserError { __typename message code field }`);

/** The funding subgraph over HTTP with gateway-signed callers, seeded like the running service. */
export function fundingSubgraph(engine: Engine) {
  return createSubgraphHarness<FundingDatabase, FundingContext>({
    name: 'funding',
    schema,
    migrations,
    engine,
    createContext: (caller, db) => ({ caller, db }),
    seed: async (db) => {
      await seedFunding(db);
    },
  });
}

export interface Training {
  accreditedCrebos: string[];
  bblPlacements: {
    placementId: string;
    crebo: string;
    level: number;
    title: string;
    startsOn: string;
    endsOn: string;
  }[];
}

/** What placements announces about a company (CompanyTrainingRecorded), applied through the real consumer. */
export async function announceTraining(db: Kysely<FundingDatabase>, companyId: string, training: Training) {
  const event: DomainEvent = {
    id: randomUUID(),
    source: 'placements',
    type: 'CompanyTrainingRecorded',
    aggregateId: companyId,
    sequence: 1,
    occurredAt: new Date().toISOString(),
    payload: { companyId, ...training },
  };
  await applyOnce(db, 'funding', event, companyTraining);
}
