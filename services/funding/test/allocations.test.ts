import { countQueries, createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer } from '@stelsel/graphql-kit';
import { caller, createExecutor, errorCodes } from '@stelsel/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { FundingDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { seedFunding } from '../src/seed/index.ts';

const ALLOCATIONS = /* GraphQL */ `
  query ($scheme: AllocationScheme!) {
    allocations(scheme: $scheme) { institution { id } scheme year amount }
  }
`;

describe.each(testEngines())('funding subgraph on %s', (engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase<FundingDatabase>>>;
  const server = createSubgraphServer<FundingContext>({
    name: 'funding',
    schema,
    logger: createLogger('funding-test'),
    createContext: () => {
      throw new Error('not used in-process');
    },
  });
  const execute = createExecutor(server);
  const as = (role: Parameters<typeof caller>[0]): FundingContext => ({ caller: caller(role), db: database.db });

  beforeAll(async () => {
    database = await createTestDatabase<FundingDatabase>('funding', migrations, engine);
    expect((await seedFunding(database.db)).inserted).toBe(114);
  });
  afterAll(async () => database?.close());

  it('seeds once: a second run inserts nothing', async () => {
    expect((await seedFunding(database.db)).inserted).toBe(0);
  });

  it('answers the salarismix table exactly as published, as Money strings', async () => {
    const result = await execute<{ allocations: Array<{ institution: { id: string }; year: number; amount: string }> }>(
      as('partner'),
      ALLOCATIONS,
      { scheme: 'SALARISMIX' },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data?.allocations ?? [];
    expect(rows).toHaveLength(57);
    const albeda = rows.find((r) => r.institution.id === 'albeda-college');
    expect(albeda).toEqual({
      institution: { id: 'albeda-college' },
      scheme: 'SALARISMIX',
      year: 2023,
      amount: '6000000.00',
    });
    expect(rows.filter((r) => r.amount !== '0.00')).toHaveLength(27);
  });

  it('shows the rounding difference of carrièreperspectief instead of hiding it', async () => {
    const result = await execute<{ allocationSummary: Record<string, unknown> }>(
      as('ministry'),
      `{ allocationSummary(scheme: CARRIEREPERSPECTIEF) { institutionCount sum statedTotal difference } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.allocationSummary).toEqual({
      institutionCount: 57,
      sum: '141900000.00',
      statedTotal: '142200000.00',
      difference: '300000.00',
    });
  });

  it('reads ROC van Amsterdam carrièreperspectief as 11.2 million, not a float', async () => {
    const result = await execute<{ allocations: Array<{ institution: { id: string }; amount: string }> }>(
      as('student'),
      ALLOCATIONS,
      { scheme: 'CARRIEREPERSPECTIEF' },
    );
    expect(result.data?.allocations.find((r) => r.institution.id === 'roc-van-amsterdam')?.amount).toBe('11200000.00');
  });

  it('resolves allocations on an Institution entity reference', async () => {
    const result = await execute<{ _entities: Array<{ allocations: Array<{ scheme: string; amount: string }> }> }>(
      as('partner'),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { allocations { scheme amount } } } }`,
      { r: [{ __typename: 'Institution', id: 'roc-zadkine' }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]?.allocations).toEqual([
      { scheme: 'SALARISMIX', amount: '5200000.00' },
      { scheme: 'CARRIEREPERSPECTIEF', amount: '5900000.00' },
    ]);
  });

  it('loads the allocations of 40 Institution entity references with one query, not 40', async () => {
    const ids = (await database.db.selectFrom('allocation').select('institution_id').distinct().execute())
      .map((row) => row.institution_id)
      .slice(0, 40);
    expect(ids).toHaveLength(40);
    const counted = countQueries(database.db);
    const result = await execute<{ _entities: Array<{ id: string; allocations: Array<{ scheme: string }> }> }>(
      { caller: caller('partner'), db: counted.db },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id allocations { scheme } } } }`,
      { r: ids.map((id) => ({ __typename: 'Institution', id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((e) => e.id)).toEqual(ids);
    expect(result.data?._entities.every((e) => e.allocations.length > 0)).toBe(true);
    expect(counted.count()).toBe(1);
  });

  it('rejects an unknown scheme with a validation error', async () => {
    const result = await execute(as('partner'), ALLOCATIONS, { scheme: 'ONBEKEND' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
