import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes, expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './graphql.ts';
import { fundingSubgraph, USER_ERROR } from './support.ts';

const ZADKINE = 'roc-zadkine';

const PLAN_FIELDS = graphql(`
  fragment PlanFields on QualityPlan {
    id status institutionId tranche { id deadline } submittedOn hasAllConsents
    goals { theme target } consents { body given date documentReference }
    advice { advice motivation withoutConsent } decision { decision reason }
    history { what status by role detail } allocation { amount estimate }
  }
`);

const SAVE = graphql(
  `
  mutation Save($planId: ID, $institutionId: ID!, $trancheId: ID!, $goals: [QualityGoalInput!]!, $key: IdempotencyKey!,
    $excellence: QualityExcellenceInput) {
    saveQualityPlan(planId: $planId, institutionId: $institutionId, trancheId: $trancheId, title: "Kwaliteitsagenda 2024–2027",
      goals: $goals, excellence: $excellence, idempotencyKey: $key) {
      __typename ... on QualityPlan { ...PlanFields } ...UserErrorFields
    }
  }
`,
  [PLAN_FIELDS, USER_ERROR],
);
const CONSENT = graphql(
  `
  mutation Consent($planId: ID!, $body: ConsentBody!, $given: Boolean!, $date: Date!) {
    recordQualityPlanConsent(planId: $planId, body: $body, given: $given, date: $date, documentReference: "Besluit 2026-14") {
      __typename ... on QualityPlan { ...PlanFields } ...UserErrorFields
    }
  }
`,
  [PLAN_FIELDS, USER_ERROR],
);
const SUBMIT = graphql(
  `mutation Submit($planId: ID!) { submitQualityPlan(planId: $planId) { __typename ... on QualityPlan { ...PlanFields } ...UserErrorFields } }`,
  [PLAN_FIELDS, USER_ERROR],
);
const WITHDRAW = graphql(
  `mutation Withdraw($planId: ID!, $reason: String!) { withdrawQualityPlan(planId: $planId, reason: $reason) { __typename ... on QualityPlan { ...PlanFields } ...UserErrorFields } }`,
  [PLAN_FIELDS, USER_ERROR],
);
const ADVISE = graphql(
  `mutation Advise($planId: ID!, $advice: QualityAdvice!, $motivation: String!) { adviseQualityPlan(planId: $planId, advice: $advice, motivation: $motivation) { __typename ... on QualityPlan { ...PlanFields } ...UserErrorFields } }`,
  [PLAN_FIELDS, USER_ERROR],
);
const DECIDE = graphql(
  `mutation Decide($planId: ID!, $decision: QualityDecision!, $reason: String!) { decideQualityPlan(planId: $planId, decision: $decision, reason: $reason) { __typename ... on QualityPlan { ...PlanFields } ...UserErrorFields } }`,
  [PLAN_FIELDS, USER_ERROR],
);
const PLAN = graphql(`query Plan($id: ID!) { qualityPlan(id: $id) { ...PlanFields } }`, [PLAN_FIELDS]);
const PLANS = graphql(
  `query Plans($institutionId: ID) { qualityPlans(institutionId: $institutionId) { id status institutionId } }`,
);
const TRANCHES = graphql(
  `query Tranches { qualityTranches { id deadline demo lateHandling } qualityTrancheOverview { tranche { id } total counts { status count } } }`,
);
const CONFIGURE = graphql(
  `mutation Configure($year: Int!, $number: Int!, $deadline: Date!, $late: TrancheLateHandling!) {
    configureQualityTranche(year: $year, number: $number, deadline: $deadline, lateHandling: $late) {
      __typename ... on QualityTranche { id deadline lateHandling } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);

const GOALS = [
  { theme: 'INSCHALING', description: 'Meer docenten in schaal LC en LD.', baseline: 38, target: 50, unit: 'procent' },
  {
    theme: 'PROFESSIONALISERING',
    description: 'Elk team volgt scholing basisvaardigheden.',
    baseline: 40,
    target: 100,
    unit: 'procent',
  },
  {
    theme: 'WERKDRUK',
    description: 'Minder lesgebonden uren per fte.',
    baseline: 920,
    target: 860,
    unit: 'uur per fte',
  },
  {
    theme: 'BEGELEIDING_STARTERS',
    description: 'Elke starter krijgt twee jaar een coach.',
    baseline: 55,
    target: 100,
    unit: 'procent',
  },
] as const;

describe.each(testEngines())('quality plans on %s', (engine) => {
  const funding = fundingSubgraph(engine);
  const { as, execute } = funding;
  const school = as('institution', ZADKINE, 'docent-zadkine');
  const ministry = as('ministry', 'ocw', 'beleidsmedewerker-ocw');

  async function openTranche() {
    const result = await execute(as('partner'), TRANCHES);
    const open = result.data?.qualityTranches?.find((t) => t.demo && t.id.endsWith('-1'));
    if (!open) throw new Error('geen open demotranche');
    return open.id;
  }

  async function draft(goals: readonly (typeof GOALS)[number][] = GOALS) {
    const trancheId = await openTranche();
    const answer = await execute(school, SAVE, {
      institutionId: ZADKINE,
      trancheId,
      goals: [...goals],
      key: randomUUID(),
      excellence: { programmes: 2, participants: 40 },
    });
    return expectType(answer.data?.saveQualityPlan, 'QualityPlan');
  }

  it('goes from draft to grant with both consents, keeping every step with who and when; the allocation follows', async () => {
    const plan = await draft();
    for (const body of ['STUDENT_COUNCIL', 'WORKS_COUNCIL'] as const) {
      const consent = await execute(school, CONSENT, { planId: plan.id, body, given: true, date: '2026-05-01' });
      expectType(consent.data?.recordQualityPlanConsent, 'QualityPlan');
    }
    const submitted = expectType(
      (await execute(school, SUBMIT, { planId: plan.id })).data?.submitQualityPlan,
      'QualityPlan',
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', hasAllConsents: true });
    // A submitted plan does not change.
    const edit = await execute(school, SAVE, {
      planId: plan.id,
      institutionId: ZADKINE,
      trancheId: plan.tranche.id,
      goals: [...GOALS],
      key: randomUUID(),
    });
    expect(expectType(edit.data?.saveQualityPlan, 'ConflictError').field).toBe('planId');
    // No decision without an advice.
    const early = await execute(ministry, DECIDE, { planId: plan.id, decision: 'GRANT', reason: '' });
    expect(expectType(early.data?.decideQualityPlan, 'ConflictError').message).toMatch(/na het advies/);
    const advised = await execute(ministry, ADVISE, { planId: plan.id, advice: 'POSITIVE', motivation: '' });
    expect(expectType(advised.data?.adviseQualityPlan, 'QualityPlan')).toMatchObject({
      status: 'ADVISED',
      advice: { withoutConsent: false },
    });
    const decided = expectType(
      (await execute(ministry, DECIDE, { planId: plan.id, decision: 'GRANT', reason: 'Conform advies.' })).data
        ?.decideQualityPlan,
      'QualityPlan',
    );
    expect(decided.status).toBe('GRANTED');
    expect(decided.allocation).toEqual({ amount: '5900000.00', estimate: true });
    expect(decided.history.map((h) => [h.what, h.status, h.role])).toEqual([
      ['CREATED', 'DRAFT', 'institution'],
      ['CONSENT', 'DRAFT', 'institution'],
      ['CONSENT', 'DRAFT', 'institution'],
      ['SUBMITTED', 'SUBMITTED', 'institution'],
      ['ADVISED', 'ADVISED', 'ministry'],
      ['DECIDED', 'GRANTED', 'ministry'],
    ]);
    expect(decided.history.at(-1)?.by).toBe('beleidsmedewerker-ocw');
    // The school sees the same plan, status and allocation.
    const seen = await execute(school, PLAN, { id: plan.id });
    expect(seen.data?.qualityPlan).toMatchObject({ status: 'GRANTED', allocation: { amount: '5900000.00' } });
  });

  it('a positive advice on a plan without both consents needs a written motivation', async () => {
    const plan = await draft();
    await execute(school, CONSENT, { planId: plan.id, body: 'STUDENT_COUNCIL', given: true, date: '2026-05-01' });
    await execute(school, CONSENT, { planId: plan.id, body: 'WORKS_COUNCIL', given: false, date: '2026-05-02' });
    expectType((await execute(school, SUBMIT, { planId: plan.id })).data?.submitQualityPlan, 'QualityPlan');
    const bare = await execute(ministry, ADVISE, { planId: plan.id, advice: 'POSITIVE', motivation: 'Goed plan.' });
    const error = expectType(bare.data?.adviseQualityPlan, 'InputError');
    expect(error).toMatchObject({ field: 'motivation' });
    expect(error.message).toMatch(/instemming/);
    const motivated = await execute(ministry, ADVISE, {
      planId: plan.id,
      advice: 'POSITIVE',
      motivation: 'De ondernemingsraad besluit na de zomer; verder voldoet het plan aan alle criteria.',
    });
    expect(expectType(motivated.data?.adviseQualityPlan, 'QualityPlan').advice).toMatchObject({ withoutConsent: true });
  });

  it('withdraws within the tranche and resubmits; refuses a plan without every required theme', async () => {
    const short = await draft(GOALS.slice(0, 2));
    const refused = await execute(school, SUBMIT, { planId: short.id });
    expect(expectType(refused.data?.submitQualityPlan, 'InputError')).toMatchObject({ field: 'goals' });
    const plan = await draft();
    expectType((await execute(school, SUBMIT, { planId: plan.id })).data?.submitQualityPlan, 'QualityPlan');
    const back = await execute(school, WITHDRAW, { planId: plan.id, reason: 'Doelen werkdruk aanscherpen.' });
    expect(expectType(back.data?.withdrawQualityPlan, 'QualityPlan').status).toBe('DRAFT');
    const again = expectType(
      (await execute(school, SUBMIT, { planId: plan.id })).data?.submitQualityPlan,
      'QualityPlan',
    );
    expect(again.history.map((h) => h.what)).toEqual(['CREATED', 'SUBMITTED', 'WITHDRAWN', 'SUBMITTED']);
    expect(again.history[2]?.detail).toBe('Doelen werkdruk aanscherpen.');
  });

  it('after the deadline a plan moves to the next tranche or is refused, as the ministry configured', async () => {
    const plan = await draft();
    const year = Number(plan.tranche.id.slice(0, 4));
    // The ministry sets what happens to late plans; the first tranche's deadline is then in the past.
    const configured = await execute(ministry, CONFIGURE, {
      year,
      number: 1,
      deadline: `${year}-06-30`,
      late: 'NEXT_TRANCHE',
    });
    expect(expectType(configured.data?.configureQualityTranche, 'QualityTranche').lateHandling).toBe('NEXT_TRANCHE');
    await funding.db
      .updateTable('quality_tranche')
      .set({ deadline: '2024-06-30' })
      .where('id', '=', plan.tranche.id)
      .execute();
    const submitted = expectType(
      (await execute(school, SUBMIT, { planId: plan.id })).data?.submitQualityPlan,
      'QualityPlan',
    );
    expect(submitted.tranche.id).toBe(`${year}-2`);
    expect(submitted.history.at(-1)?.detail).toMatch(/verplaatst naar tranche/);
    // Refused instead: nothing changes, the plan stays a draft.
    const other = await draft();
    await funding.db
      .updateTable('quality_tranche')
      .set({ late_handling: 'REFUSE' })
      .where('id', '=', other.tranche.id)
      .execute();
    const refused = await execute(school, SUBMIT, { planId: other.id });
    expect(expectType(refused.data?.submitQualityPlan, 'InputError')).toMatchObject({ field: 'trancheId' });
    expect((await execute(school, PLAN, { id: other.id })).data?.qualityPlan?.status).toBe('DRAFT');
    await funding.db
      .updateTable('quality_tranche')
      .set({ deadline: `${year}-06-30`, late_handling: 'NEXT_TRANCHE' })
      .where('id', '=', plan.tranche.id)
      .execute();
  });

  it.each([
    ['a consent date in the future', { date: '2099-01-01' }, 'date'],
    ['a consent date before the regulation', { date: '2020-01-01' }, 'date'],
  ])('refuses %s with a Dutch message naming the field', async (_name, vars, field) => {
    const plan = await draft();
    const result = await execute(school, CONSENT, { planId: plan.id, body: 'STUDENT_COUNCIL', given: true, ...vars });
    expect(expectType(result.data?.recordQualityPlanConsent, 'InputError').field).toBe(field);
  });

  it('refuses bad input on the draft: an unknown institution, a bad number, a tranche date outside its year', async () => {
    const trancheId = await openTranche();
    const unknown = await execute(as('institution', 'bestaat-niet'), SAVE, {
      institutionId: 'bestaat-niet',
      trancheId,
      goals: [...GOALS],
      key: randomUUID(),
    });
    expect(expectType(unknown.data?.saveQualityPlan, 'NotFoundError').field).toBe('institutionId');
    const bad = await execute(school, SAVE, {
      institutionId: ZADKINE,
      trancheId,
      goals: [{ ...GOALS[0], target: -5 }],
      key: randomUUID(),
    });
    expect(expectType(bad.data?.saveQualityPlan, 'InputError').field).toBe('goals.0.target');
    const outside = await execute(ministry, CONFIGURE, {
      year: 2027,
      number: 1,
      deadline: '2028-06-30',
      late: 'REFUSE',
    });
    expect(expectType(outside.data?.configureQualityTranche, 'InputError').field).toBe('deadline');
  });

  it('a retried draft with the same idempotency key makes one plan', async () => {
    const trancheId = await openTranche();
    const key = randomUUID();
    const a = expectType(
      (await execute(school, SAVE, { institutionId: ZADKINE, trancheId, goals: [...GOALS], key })).data
        ?.saveQualityPlan,
      'QualityPlan',
    );
    const b = expectType(
      (await execute(school, SAVE, { institutionId: ZADKINE, trancheId, goals: [...GOALS], key })).data
        ?.saveQualityPlan,
      'QualityPlan',
    );
    expect(b.id).toBe(a.id);
  });

  describe('access', () => {
    it('an institution sees only its own plans; the ministry sees all; others are refused', async () => {
      const plan = await draft();
      expect(
        (await execute(as('institution', 'albeda-college'), PLAN, { id: plan.id })).data?.qualityPlan ?? null,
      ).toBeNull();
      expect(errorCodes(await execute(as('institution', 'albeda-college'), PLAN, { id: plan.id }))).toContain(
        'FORBIDDEN',
      );
      expect(
        errorCodes(await execute(as('institution', 'albeda-college'), PLANS, { institutionId: ZADKINE })),
      ).toContain('FORBIDDEN');
      expect(errorCodes(await execute(school, PLANS, {}))).toContain('FORBIDDEN');
      for (const role of ['student', 'company', 'municipality', 'sbb', 'partner'] as const) {
        expect(errorCodes(await execute(as(role), PLAN, { id: plan.id }))).toContain('FORBIDDEN');
        expect(errorCodes(await execute(as(role), PLANS, {}))).toContain('FORBIDDEN');
      }
      const all = await execute(ministry, PLANS, {});
      expect(new Set(all.data?.qualityPlans?.map((p) => p.status))).toEqual(
        new Set(['DRAFT', 'SUBMITTED', 'ADVISED', 'GRANTED', 'REFUSED']),
      );
    });

    it('another institution cannot consent, submit or withdraw; only the ministry advises and decides', async () => {
      const plan = await draft();
      const albeda = as('institution', 'albeda-college');
      expect(
        expectType((await execute(albeda, SUBMIT, { planId: plan.id })).data?.submitQualityPlan, 'NotAllowedError')
          .field,
      ).toBe('planId');
      expect(
        expectType(
          (
            await execute(albeda, CONSENT, {
              planId: plan.id,
              body: 'STUDENT_COUNCIL',
              given: true,
              date: '2026-05-01',
            })
          ).data?.recordQualityPlanConsent,
          'NotAllowedError',
        ),
      ).toBeTruthy();
      expect(
        expectType(
          (await execute(albeda, WITHDRAW, { planId: plan.id, reason: 'Geen reden hier.' })).data?.withdrawQualityPlan,
          'NotAllowedError',
        ),
      ).toBeTruthy();
      for (const role of ['institution', 'student', 'company', 'sbb', 'partner'] as const) {
        expect(
          errorCodes(await execute(as(role), ADVISE, { planId: plan.id, advice: 'POSITIVE', motivation: '' })),
        ).toContain('FORBIDDEN');
        expect(
          errorCodes(await execute(as(role), DECIDE, { planId: plan.id, decision: 'GRANT', reason: '' })),
        ).toContain('FORBIDDEN');
      }
      expect(
        errorCodes(
          await execute(ministry, SAVE, {
            institutionId: ZADKINE,
            trancheId: plan.tranche.id,
            goals: [...GOALS],
            key: randomUUID(),
          }),
        ),
      ).toContain('FORBIDDEN');
    });

    it('tranches are public; the overview per tranche is the ministry’s', async () => {
      const result = await execute(as('partner'), TRANCHES);
      expect(result.data?.qualityTranches?.map((t) => t.deadline).slice(0, 2)).toEqual(['2023-06-30', '2023-10-01']);
      expect(errorCodes(result)).toContain('FORBIDDEN');
      const overview = await execute(ministry, TRANCHES);
      expect(overview.data?.qualityTrancheOverview?.find((o) => o.tranche.id === '2023-1')?.total).toBe(2);
    });
  });
});
