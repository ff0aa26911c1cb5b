import { randomUUID } from 'node:crypto';
import type { Role } from '@stelsel/auth';
import type { Engine } from '@stelsel/db-kit';
import { createTestDatabase } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer, type Logger } from '@stelsel/graphql-kit';
import { caller, createExecutor, createSubgraphHarness } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementStatus, PlacementsDatabase } from '../src/db/types.ts';
import { todayInNetherlands } from '../src/domain/places.ts';
import { schema } from '../src/schema/schema.ts';
import { seedPlacements } from '../src/seed/index.ts';

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
  options: { seed?: (db: Kysely<PlacementsDatabase>) => Promise<unknown>; logger?: Logger } = {},
) {
  return createSubgraphHarness<PlacementsDatabase, PlacementsContext>({
    name: 'placements',
    schema,
    migrations,
    engine,
    createContext: createPlacementsContext,
    seed: options.seed ?? ((db) => seedPlacements(db)),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

/**
 * In-process (no HTTP, untyped operations): for the files not yet moved to `placementsSubgraph`.
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

// Places

export const PLACE_FIELDS = /* GraphQL */ `
  id title description pathway level capacity startsOn endsOn municipality { code } address city hoursPerWeek
  expenseAllowance internshipWage inclusiveMarkers status closedReason seatsTaken
  qualification { crebo } company { id }
`;

export const RESULT = (fields = PLACE_FIELDS) =>
  `__typename ... on Place { ${fields} } ... on UserError { message code field }`;

export const PUBLISH = `mutation ($input: PlaceInput!, $key: IdempotencyKey!) {
  publishPlace(input: $input, idempotencyKey: $key) { ${RESULT()} } }`;
export const UPDATE = `mutation ($id: ID!, $input: PlaceInput!) { updatePlace(id: $id, input: $input) { ${RESULT()} } }`;
export const CLOSE = `mutation ($id: ID!, $reason: String!) { closePlace(id: $id, reason: $reason) { ${RESULT()} } }`;
export const REOPEN = `mutation ($id: ID!) { reopenPlace(id: $id) { ${RESULT()} } }`;
export const PLACES = /* GraphQL */ `
  query ($filter: PlaceFilter, $first: Int, $after: String) {
    places(filter: $filter, first: $first, after: $after) {
      hasNextPage endCursor places { id status level pathway municipality { code } qualification { crebo } }
    }
  }
`;

export interface PlaceResult {
  __typename: string;
  id: string;
  title: string;
  capacity: number;
  status: string;
  closedReason: string | null;
  expenseAllowance: string;
  internshipWage: string | null;
  inclusiveMarkers: string[];
  seatsTaken: number;
  message?: string;
  code?: string;
  field?: string | null;
}

export interface PageResult {
  places: { hasNextPage: boolean; endCursor: string | null; places: Array<{ id: string; status: string }> };
}

/** A date `days` from today, `JJJJ-MM-DD`. */

/** A valid place of Zorggroep Maasstad (kvk-90000001), accredited for Verzorgende-IG (25491, level 3). */
export function placeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Stageplaats Verzorgende-IG afdeling geriatrie',
    description: 'Je verzorgt bewoners samen met een vaste praktijkopleider.',
    pathway: 'BOL',
    qualificationCrebo: '25491',
    level: 3,
    capacity: 3,
    startsOn: fromToday(60),
    endsOn: fromToday(200),
    municipalityCode: '0599',
    address: 'Maasboulevard 100',
    city: 'Rotterdam',
    hoursPerWeek: 32,
    expenseAllowance: '250.00',
    internshipWage: '300.00',
    inclusiveMarkers: ['PART_TIME_POSSIBLE', 'ACCESSIBLE_WORKPLACE', 'PART_TIME_POSSIBLE'],
    ...overrides,
  };
}

/** `placementsHarness` plus the helpers the place test files share. */
export function placeHarness(engine: Engine) {
  const { database, execute, as } = placementsHarness(engine);
  const company1 = () => as('company', 'kvk-90000001');

  const publish = async (context: PlacementsContext, input: Record<string, unknown>) =>
    (await execute<{ publishPlace: PlaceResult }>(context, PUBLISH, { input, key: randomUUID() })).data?.publishPlace;

  const placeCount = async (companyId: string) =>
    Number(
      (
        await database.db
          .selectFrom('place')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('company_id', '=', companyId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  return { database, execute, as, company1, publish, placeCount };
}
