import type { Engine } from '@stelsel/db-kit';
import type { Logger } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { createSubgraphHarness } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';

/** The typed errors a mutation answers (`InputError`, `NotAllowedError`, …), for `...UserErrorFields`. */
export const USER_ERROR = graphql(`fragment UserErrorFields on UserError { __typename message code field }`);

/** A company's accreditations as SBB reads them (accreditation tests). */
export const ACCREDITATION = graphql(`
  fragment AccreditationFields on Accreditation {
    id status since reassessmentDue qualification { crebo } equivalentQualifications { crebo name level }
    history { status at by reason }
  }
`);
export const ACCREDITATIONS = graphql(
  'query Accreditations($id: ID!) { company(id: $id) { accreditations { ...AccreditationFields } } }',
  [ACCREDITATION],
);

export const ZADKINE = 'roc-zadkine';
export const ALBEDA = 'albeda-college';
export const MAASSTAD = 'kvk-90000001';
export const BOUW = 'kvk-90000002';
export function fromToday(days: number): string {
  const today = new Date(`${todayInNetherlands()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The placements subgraph over HTTP with a gateway-signed caller, on one seeded database per test file
 * (`createSubgraphHarness`). Call inside `describe.each(testEngines())`. `seed` fills the database
 * (default: the demo data). Operations are typed documents (`graphql` from ./graphql.ts).
 */
export function placementsSubgraph(
  engine: Engine,
  options: { seed?: (db: Kysely<PlacementsDatabase>) => Promise<unknown>; logger?: Logger; setupTimeout?: number } = {},
) {
  return createSubgraphHarness<PlacementsDatabase, PlacementsContext>({
    name: 'placements',
    schema,
    migrations,
    engine,
    createContext: createPlacementsContext,
    seed: options.seed ?? ((db) => seedPlacements(db)),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.setupTimeout ? { setupTimeout: options.setupTimeout } : {}),
  });
}
