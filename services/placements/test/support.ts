import type { Role } from '@stelsel/auth';
import type { Engine } from '@stelsel/db-kit';
import { createTestDatabase } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer, type Logger } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { caller, createExecutor, createSubgraphHarness } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
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

/** Operation text for the in-process harness below (rounds, not yet on typed operations). */
export const ERROR = '... on UserError { __typename message code field }';
/**
 * In-process (no HTTP, untyped text operations): only for the rounds tests (`rounds-support.ts`), not yet moved to
 * `placementsSubgraph`.
 * One seeded PGlite (or PostgreSQL) database per test file and an in-process executor over the schema.
 * Call inside `describe.each(testEngines())`: it registers the file's beforeAll and afterAll. `seed`
 * fills the database (default: the demo data).
 */
export function placementsHarness(
  engine: Engine,
  options: { seed?: (db: Kysely<PlacementsDatabase>) => Promise<unknown>; logger?: Logger } = {},
) {
  const seed = options.seed ?? ((db: Kysely<PlacementsDatabase>) => seedPlacements(db));
  let inner: Awaited<ReturnType<typeof createTestDatabase<PlacementsDatabase>>>;
  /** Read lazily: the database exists once beforeAll has run. */
  const database = {
    get db() {
      return inner.db;
    },
  };
  const server = createSubgraphServer<PlacementsContext>({
    name: 'placements',
    schema,
    logger: options.logger ?? createLogger('placements-test'),
    createContext: () => {
      throw new Error('not used in-process');
    },
  });
  const execute = createExecutor(server);
  const as = (role: Role, organisation?: string, subject?: string): PlacementsContext =>
    createPlacementsContext(caller(role, organisation, subject), database.db);
  beforeAll(async () => {
    inner = await createTestDatabase<PlacementsDatabase>('placements', migrations, engine);
    await seed(database.db);
  });
  afterAll(async () => inner?.close());
  return { database, execute, as };
}
