import { randomUUID } from 'node:crypto';
import type { CallerRole } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import {
  createSubgraphHarness,
  expectAccessOf,
  expectEveryOperationListed,
  MATRIX_CALLERS,
  type MatrixOperation,
  type OperationResult,
} from '@stelsel/testing';
import { describe, it } from 'vitest';
import type { FundingContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { FundingDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { graphql } from './graphql.ts';

/**
 * Every role × every operation of funding, allowed or refused (issue 11, Access). Written out from the issue,
 * not read from the code: a scope that drifts fails this test. Allowed means "not refused for the role" (the
 * answer may still be a typed error or null: ownership is tested in quality-plans and praktijkleren); refused is
 * the `FORBIDDEN` error. The test callers act for roc-zadkine, kvk-90000001, 0599, ocw.
 */

const ID = randomUUID();
const NO_YEAR = 2039; // no ceiling: every mutation on it answers a typed error, nothing changes

describe.each(testEngines())('who may do what in funding on %s', (engine) => {
  const harness = createSubgraphHarness<FundingDatabase, FundingContext>({
    name: 'funding',
    schema,
    migrations,
    engine,
    createContext: (caller, db) => ({ caller, db }),
  });
  const run = (doc: unknown, variables?: Record<string, unknown>) => (role: CallerRole) =>
    harness.execute(harness.as(role), doc as never, variables as never) as Promise<OperationResult<unknown>>;

  const OPERATIONS: MatrixOperation[] = [
    // Published figures: public.
    { name: 'carriereTransition', allowed: 'all', run: run(graphql('query { carriereTransition { years } }')) },
    { name: 'allocations', allowed: 'all', run: run(graphql('query { allocations(scheme: SALARISMIX) { year } }')) },
    {
      name: 'allocationSummary',
      allowed: 'all',
      run: run(graphql('query { allocationSummary(scheme: SALARISMIX) { sum } }')),
    },
    {
      name: 'allocateProRata',
      allowed: 'all',
      run: run(
        graphql('query P($c: [StudentCountInput!]!) { allocateProRata(budget: "1.00", counts: $c) { amount } }'),
        {
          c: [{ institutionId: 'roc-zadkine', students: 1 }],
        },
      ),
    },
    { name: 'fundingLines', allowed: 'all', run: run(graphql('query { fundingLines(year: 2026) { id } }')) },
    {
      name: 'praktijkleren',
      allowed: 'all',
      run: run(graphql('query { praktijkleren(year: 2026) { maximumPerPlace } }')),
    },
    { name: 'praktijklerenYears', allowed: 'all', run: run(graphql('query { praktijklerenYears { year } }')) },
    { name: 'qualityTranches', allowed: 'all', run: run(graphql('query { qualityTranches { id } }')) },
    { name: 'qualityGoalThemes', allowed: 'all', run: run(graphql('query { qualityGoalThemes { theme } }')) },
    // The ministry's.
    {
      name: 'praktijklerenShiftPreview',
      allowed: ['ministry'],
      run: run(
        graphql(
          'query { praktijklerenShiftPreview(category: MBO_BBL, fromYear: 2038, toYear: 2039, amount: "1.00") { year } }',
        ),
      ),
    },
    {
      name: 'praktijklerenBudgetChanges',
      allowed: ['ministry'],
      run: run(graphql('query { praktijklerenBudgetChanges { at } }')),
    },
    {
      name: 'qualityTrancheOverview',
      allowed: ['ministry'],
      run: run(graphql('query { qualityTrancheOverview { total } }')),
    },
    {
      name: 'setPraktijklerenCeiling',
      allowed: ['ministry'],
      run: run(
        graphql(
          'mutation S($y: Int!) { setPraktijklerenCeiling(year: $y, category: MBO_BBL, ceiling: "1.00", reason: "Toets op rechten.") { __typename } }',
        ),
        { y: NO_YEAR },
      ),
    },
    {
      name: 'shiftPraktijklerenBudget',
      allowed: ['ministry'],
      run: run(
        graphql(
          'mutation K($y: Int!) { shiftPraktijklerenBudget(category: MBO_BBL, fromYear: 2038, toYear: $y, amount: "1.00", reason: "Toets op rechten.") { __typename } }',
        ),
        { y: NO_YEAR },
      ),
    },
    {
      name: 'closePraktijklerenYear',
      allowed: ['ministry'],
      run: run(graphql('mutation C($y: Int!) { closePraktijklerenYear(year: $y) { __typename } }'), { y: NO_YEAR }),
    },
    {
      name: 'adviseQualityPlan',
      allowed: ['ministry'],
      run: run(
        graphql(
          'mutation A($id: ID!) { adviseQualityPlan(planId: $id, advice: POSITIVE, motivation: "") { __typename } }',
        ),
        { id: ID },
      ),
    },
    {
      name: 'decideQualityPlan',
      allowed: ['ministry'],
      run: run(
        graphql('mutation D($id: ID!) { decideQualityPlan(planId: $id, decision: GRANT, reason: "") { __typename } }'),
        { id: ID },
      ),
    },
    {
      name: 'configureQualityTranche',
      allowed: ['ministry'],
      run: run(
        graphql(
          'mutation { configureQualityTranche(year: 2030, number: 0, deadline: "2030-06-30", lateHandling: REFUSE) { __typename } }',
        ),
      ),
    },
    // The institution's own plans (the ministry reads them too).
    {
      name: 'qualityPlans',
      allowed: ['institution', 'ministry'],
      run: run(graphql('query { qualityPlans(institutionId: "roc-zadkine") { id } }')),
    },
    {
      name: 'qualityPlan',
      allowed: ['institution', 'ministry'],
      run: run(graphql('query Q($id: ID!) { qualityPlan(id: $id) { id } }'), { id: ID }),
    },
    {
      name: 'saveQualityPlan',
      allowed: ['institution'],
      run: run(
        graphql(
          'mutation V($k: IdempotencyKey!) { saveQualityPlan(institutionId: "roc-zadkine", trancheId: "bestaat-niet", title: "Plan", goals: [], idempotencyKey: $k) { __typename } }',
        ),
        { k: randomUUID() },
      ),
    },
    {
      name: 'recordQualityPlanConsent',
      allowed: ['institution'],
      run: run(
        graphql(
          'mutation R($id: ID!) { recordQualityPlanConsent(planId: $id, body: STUDENT_COUNCIL, given: true, date: "2026-01-01", documentReference: "SR 1") { __typename } }',
        ),
        { id: ID },
      ),
    },
    {
      name: 'submitQualityPlan',
      allowed: ['institution'],
      run: run(graphql('mutation U($id: ID!) { submitQualityPlan(planId: $id) { __typename } }'), { id: ID }),
    },
    {
      name: 'withdrawQualityPlan',
      allowed: ['institution'],
      run: run(
        graphql(
          'mutation W($id: ID!) { withdrawQualityPlan(planId: $id, reason: "Toets op rechten.") { __typename } }',
        ),
        { id: ID },
      ),
    },
    // The company's own applications (the ministry reads them too).
    {
      name: 'praktijklerenApplications',
      allowed: ['company', 'ministry'],
      run: run(graphql('query { praktijklerenApplications(companyId: "kvk-90000001") { id } }')),
    },
    {
      name: 'praktijklerenPlacements',
      allowed: ['company', 'ministry'],
      run: run(graphql('query { praktijklerenPlacements(companyId: "kvk-90000001", year: 2026) { placementId } }')),
    },
    {
      name: 'applyForPraktijkleren',
      allowed: ['company'],
      run: run(
        graphql(
          'mutation P($k: IdempotencyKey!, $y: Int!) { applyForPraktijkleren(companyId: "kvk-90000001", year: $y, placementId: "x", idempotencyKey: $k) { __typename } }',
        ),
        { k: randomUUID(), y: NO_YEAR },
      ),
    },
  ];

  it('covers every query and mutation of the subgraph', () => expectEveryOperationListed(schema, OPERATIONS));

  it.each(MATRIX_CALLERS)('allows %s exactly what it may do, and refuses the rest', (role) =>
    expectAccessOf(role, OPERATIONS),
  );
});
