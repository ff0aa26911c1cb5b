import { testEngines } from '@stelsel/db-kit/testing';
import { createSubgraphHarness } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import type { FundingContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { FundingDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { seedFunding } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';

const PRO_RATA = graphql(`
  query ProRata($budget: Money!, $counts: [StudentCountInput!]!) {
    allocateProRata(budget: $budget, counts: $counts) { institution { id } students amount }
  }
`);

const ESTIMATE = graphql(`
  query Estimate {
    allocations(scheme: SALARISMIX) { estimate basis countDate source regulation { name citation } transitionRecipient }
    carriere: allocations(scheme: CARRIEREPERSPECTIEF) { institution { id } transitionRecipient }
    carriereTransition { firstYear lastYear years recipients { id } }
  }
`);

describe.each(testEngines())('allocateProRata and the estimate on %s', (engine) => {
  const { as, execute } = createSubgraphHarness<FundingDatabase, FundingContext>({
    name: 'funding',
    schema,
    migrations,
    engine,
    createContext: (caller, db) => ({ caller, db }),
    seed: async (db) => {
      await seedFunding(db);
    },
  });

  it('answers one share per row in input order, summing exactly to the budget, for any caller', async () => {
    const counts = [
      { institutionId: 'roc-zadkine', students: 1 },
      { institutionId: 'albeda-college', students: 1 },
      { institutionId: 'roc-midden-nederland', students: 1 },
    ];
    for (const role of ['partner', 'ministry', 'student'] as const) {
      const result = await execute(as(role), PRO_RATA, { budget: '100.00', counts });
      expect(result.errors).toBeUndefined();
      expect(result.data?.allocateProRata).toEqual([
        { institution: { id: 'roc-zadkine' }, students: 1, amount: '33.34' },
        { institution: { id: 'albeda-college' }, students: 1, amount: '33.33' },
        { institution: { id: 'roc-midden-nederland' }, students: 1, amount: '33.33' },
      ]);
    }
  });

  it.each([
    ['a negative budget', '-1.00', [{ institutionId: 'roc-zadkine', students: 1 }], 'budget'],
    ['an unknown institution', '1.00', [{ institutionId: 'bestaat-niet', students: 1 }], 'counts[0].institutionId'],
    ['a negative count', '1.00', [{ institutionId: 'roc-zadkine', students: -3 }], 'counts[0].students'],
    [
      'a duplicate row',
      '1.00',
      [
        { institutionId: 'roc-zadkine', students: 1 },
        { institutionId: 'roc-zadkine', students: 2 },
      ],
      'counts[1].institutionId',
    ],
  ])('refuses %s with a Dutch message naming the field', async (_name, budget, counts, field) => {
    const result = await execute(as('partner'), PRO_RATA, { budget, counts });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(/^[A-Z].+\.$/);
  });

  it('says the published table is an estimate, under the right regulation, and marks the transition recipients', async () => {
    const result = await execute(as('partner'), ESTIMATE);
    expect(result.errors).toBeUndefined();
    const first = result.data?.allocations?.[0];
    expect(first).toMatchObject({ estimate: true, countDate: '2022-10-01', transitionRecipient: false });
    expect(first?.basis).toMatch(/Raming.*1 oktober 2022.*De werkelijke bedragen zullen afwijken/);
    expect(first?.regulation).toEqual({
      name: 'Regeling versterking van salarismix leraren mbo in de Randstadregio’s',
      citation: 'Stcrt. 2022, 17977',
    });
    const transition = result.data?.carriereTransition;
    expect(transition).toMatchObject({ firstYear: 2024, lastYear: 2031, years: 8 });
    expect(transition?.recipients).toHaveLength(27);
    const marked = (result.data?.carriere ?? []).filter((a) => a.transitionRecipient).map((a) => a.institution?.id);
    expect(marked.sort()).toEqual((transition?.recipients ?? []).map((r) => r.id).sort());
  });
});
