import { testEngines } from '@stelsel/db-kit/testing';
import { createSubgraphHarness, errorCodes } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import type { FundingContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { FundingDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { seedFunding } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';

const ALLOCATIONS = graphql(`
  query Allocations($scheme: AllocationScheme!) {
    allocations(scheme: $scheme) { institution { id } scheme year amount }
  }
`);

const SUMMARY = graphql(`
  query Summary { allocationSummary(scheme: CARRIEREPERSPECTIEF) { institutionCount sum statedTotal difference } }
`);

const INSTITUTION_ALLOCATIONS = graphql(`
  query InstitutionAllocations($r: [_Any!]!) {
    _entities(representations: $r) { ... on Institution { id allocations { scheme amount } } }
  }
`);

describe.each(testEngines())('funding subgraph on %s', (engine) => {
  const funding = createSubgraphHarness<FundingDatabase, FundingContext>({
    name: 'funding',
    schema,
    migrations,
    engine,
    createContext: (caller, db) => ({ caller, db }),
    // 114 allocation rows (57 institutions × 2 schemes) + 4 tranches, 7 demo plans, 5 praktijkleren years and 1 application.
    seed: async (db) => expect((await seedFunding(db)).inserted).toBe(114 + 4 + 7 + 5 + 1),
  });
  const { as, execute } = funding;
  const institutions = (r: Array<{ __typename: string; id: string }>) =>
    execute(as('partner'), INSTITUTION_ALLOCATIONS, { r });

  it('seeds once: a second run inserts nothing', async () => {
    expect((await seedFunding(funding.db)).inserted).toBe(0);
  });

  it('answers the salarismix table exactly as published, as Money strings', async () => {
    const result = await execute(as('partner'), ALLOCATIONS, { scheme: 'SALARISMIX' });
    expect(result.errors).toBeUndefined();
    const rows = result.data?.allocations ?? [];
    expect(rows).toHaveLength(57);
    const albeda = rows.find((r) => r.institution?.id === 'albeda-college');
    expect(albeda).toEqual({
      institution: { id: 'albeda-college' },
      scheme: 'SALARISMIX',
      year: 2023,
      amount: '6000000.00',
    });
    expect(rows.filter((r) => r.amount !== '0.00')).toHaveLength(27);
  });

  it('shows the rounding difference of carrièreperspectief instead of hiding it', async () => {
    const result = await execute(as('ministry'), SUMMARY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.allocationSummary).toEqual({
      institutionCount: 57,
      sum: '141900000.00',
      statedTotal: '142200000.00',
      difference: '300000.00',
    });
  });

  it('reads ROC van Amsterdam carrièreperspectief as 11.2 million, not a float', async () => {
    const result = await execute(as('student'), ALLOCATIONS, { scheme: 'CARRIEREPERSPECTIEF' });
    expect(result.data?.allocations?.find((r) => r.institution?.id === 'roc-van-amsterdam')?.amount).toBe(
      '11200000.00',
    );
  });

  it('resolves allocations on an Institution entity reference', async () => {
    const result = await institutions([{ __typename: 'Institution', id: 'roc-zadkine' }]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: 'roc-zadkine',
        allocations: [
          { scheme: 'SALARISMIX', amount: '5200000.00' },
          { scheme: 'CARRIEREPERSPECTIEF', amount: '5900000.00' },
        ],
      },
    ]);
  });

  it('loads the allocations of 40 Institution entity references with one query, not 40', async () => {
    const ids = (await funding.db.selectFrom('allocation').select('institution_id').distinct().execute())
      .map((row) => row.institution_id)
      .slice(0, 40);
    expect(ids).toHaveLength(40);
    const counted = funding.countQueries();
    const result = await institutions(ids.map((id) => ({ __typename: 'Institution', id })));
    counted.done();
    expect(result.errors).toBeUndefined();
    const entities = (result.data?._entities ?? []).map((e) => (e && 'id' in e ? e : null));
    expect(entities.map((e) => e?.id)).toEqual(ids);
    expect(entities.every((e) => (e?.allocations?.length ?? 0) > 0)).toBe(true);
    expect(counted.count()).toBe(1);
  });

  it('rejects an unknown scheme with a validation error', async () => {
    const result = await funding.executeText(as('partner'), ALLOCATIONS_TEXT, { scheme: 'ONBEKEND' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  // The harness sends what the gateway sends; the subgraph verifies it before anything else.
  it('answers only a caller signed by the gateway for this subgraph', async () => {
    const query = { header: undefined };
    const unsigned = await funding.executeText(query, '{ allocationSummary(scheme: SALARISMIX) { sum } }');
    expect(errorCodes(unsigned)).toEqual(['UNAUTHENTICATED']);
    const elsewhere = { header: await funding.headerFor(as('partner'), 'placements') };
    const misdirected = await execute(elsewhere, SUMMARY);
    expect(errorCodes(misdirected)).toEqual(['UNAUTHENTICATED']);
    expect(misdirected.errors?.[0]?.message).toBe(
      'De ondertekende aanroeper is niet voor deze subgraaf (funding) bestemd.',
    );
    expect((await execute({ header: await funding.headerFor(as('partner')) }, SUMMARY)).errors).toBeUndefined();
  });
});

const ALLOCATIONS_TEXT = 'query ($scheme: AllocationScheme!) { allocations(scheme: $scheme) { amount } }';
