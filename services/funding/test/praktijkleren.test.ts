import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes, expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './graphql.ts';
import { announceTraining, fundingSubgraph, USER_ERROR } from './support.ts';

const YEAR = new Date().getFullYear();
const COMPANY = 'kvk-90000001';

const PRAKTIJKLEREN = graphql(`
  query Praktijkleren($year: Int!) {
    praktijkleren(year: $year) {
      year maximumPerPlace closed
      categories { category ceiling applications amountPerPlace paid forecastPlaces forecastAmountPerPlace expectedAmountPerPlace }
    }
  }
`);
const SET_CEILING = graphql(
  `mutation SetCeiling($year: Int!, $ceiling: Money!, $reason: String!) {
    setPraktijklerenCeiling(year: $year, category: MBO_BBL, ceiling: $ceiling, reason: $reason) {
      __typename ... on PraktijklerenYear { categories { ceiling forecastAmountPerPlace } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const PREVIEW = graphql(`
  query Preview($from: Int!, $to: Int!, $amount: Money!) {
    praktijklerenShiftPreview(category: MBO_BBL, fromYear: $from, toYear: $to, amount: $amount) {
      year ceilingBefore ceilingAfter amountPerPlaceBefore amountPerPlaceAfter
    }
  }
`);
const SHIFT = graphql(
  `mutation Shift($from: Int!, $to: Int!, $amount: Money!) {
    shiftPraktijklerenBudget(category: MBO_BBL, fromYear: $from, toYear: $to, amount: $amount, reason: "Stabiel bedrag per leerplaats.") {
      __typename ... on MutationShiftPraktijklerenBudgetSuccess { data { year categories { ceiling } } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const APPLY = graphql(
  `mutation Apply($companyId: ID!, $year: Int!, $placementId: ID!, $key: IdempotencyKey!) {
    applyForPraktijkleren(companyId: $companyId, year: $year, placementId: $placementId, idempotencyKey: $key) {
      __typename ... on PraktijklerenApplication { id year placementId expectedAmount finalAmount } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const MINE = graphql(`
  query Mine($companyId: ID!, $year: Int!) {
    praktijklerenApplications(companyId: $companyId) { id year expectedAmount finalAmount }
    praktijklerenPlacements(companyId: $companyId, year: $year) { placementId applied }
  }
`);
const CLOSE = graphql(
  `mutation Close($year: Int!) { closePraktijklerenYear(year: $year) { __typename ... on PraktijklerenYear { closed categories { amountPerPlace } } ...UserErrorFields } }`,
  [USER_ERROR],
);

const placement = (id: string, crebo = '25491') => ({
  placementId: id,
  crebo,
  level: 3,
  title: 'Leerplaats bbl',
  startsOn: `${YEAR}-02-01`,
  endsOn: `${YEAR + 1}-01-31`,
});

describe.each(testEngines())('praktijkleren on %s', (engine) => {
  const funding = fundingSubgraph(engine);
  const { as, execute } = funding;
  const ministry = as('ministry', 'ocw', 'beleidsmedewerker-ocw');
  const company = as('company', COMPANY, 'praktijkopleider-maasstad');

  it('answers the published contract for every caller, the amount following the rule', async () => {
    for (const role of ['partner', 'company', 'student'] as const) {
      const result = await execute(as(role), PRAKTIJKLEREN, { year: YEAR - 2 });
      expect(result.errors).toBeUndefined();
      const [category] = result.data?.praktijkleren?.categories ?? [];
      // Demo year: €400m over 151,200 applications = €2,645.50 per place, below the €2,700 maximum.
      expect(result.data?.praktijkleren).toMatchObject({ maximumPerPlace: '2700.00', closed: true });
      expect(category).toMatchObject({
        category: 'MBO_BBL',
        ceiling: '400000000.00',
        applications: 151_200,
        amountPerPlace: '2645.50',
      });
    }
  });

  it('the ministry changes a ceiling and sees the amount per place by the forecast change', async () => {
    const before = (await execute(ministry, PRAKTIJKLEREN, { year: YEAR + 1 })).data?.praktijkleren?.categories[0];
    expect(before?.forecastAmountPerPlace).toBe('2515.33'); // 410,000,000.00 / 163,000, rounded down
    const set = await execute(ministry, SET_CEILING, {
      year: YEAR + 1,
      ceiling: '440100000.00',
      reason: 'Voorjaarsnota: plafond verhoogd.',
    });
    const after = expectType(set.data?.setPraktijklerenCeiling, 'PraktijklerenYear').categories[0];
    expect(after).toEqual({ ceiling: '440100000.00', forecastAmountPerPlace: '2700.00' });
    const negative = await execute(ministry, SET_CEILING, {
      year: YEAR + 1,
      ceiling: '-1.00',
      reason: 'Foutje bedankt hoor.',
    });
    expect(expectType(negative.data?.setPraktijklerenCeiling, 'InputError').field).toBe('ceiling');
    const closed = await execute(ministry, SET_CEILING, {
      year: YEAR - 1,
      ceiling: '1.00',
      reason: 'Een gesloten jaar.',
    });
    expect(expectType(closed.data?.setPraktijklerenCeiling, 'ConflictError').field).toBe('year');
    const malformed = await execute(ministry, SET_CEILING, {
      year: YEAR + 1,
      ceiling: '12,50',
      reason: 'Komma in plaats van punt.',
    });
    expect(errorCodes(malformed)).toContain('BAD_USER_INPUT');
    for (const role of ['company', 'institution', 'partner', 'sbb'] as const) {
      expect(
        errorCodes(
          await execute(as(role), SET_CEILING, { year: YEAR + 1, ceiling: '1.00', reason: 'Niet mijn taak.' }),
        ),
      ).toContain('FORBIDDEN');
    }
  });

  it('previews a kasschuif before saving it, and the saved one keeps the total', async () => {
    const preview = await execute(ministry, PREVIEW, { from: YEAR + 2, to: YEAR, amount: '10000000.00' });
    const rows = preview.data?.praktijklerenShiftPreview ?? [];
    const from = rows.find((r) => r.year === YEAR + 2);
    const to = rows.find((r) => r.year === YEAR);
    expect(from).toMatchObject({
      ceilingBefore: '420000000.00',
      ceilingAfter: '410000000.00',
      amountPerPlaceAfter: '2562.50',
    });
    expect(to).toMatchObject({
      ceilingBefore: '405000000.00',
      ceilingAfter: '415000000.00',
      amountPerPlaceAfter: '2626.58',
    });
    // Nothing saved yet.
    expect((await execute(ministry, PRAKTIJKLEREN, { year: YEAR })).data?.praktijkleren?.categories[0]?.ceiling).toBe(
      '405000000.00',
    );
    expect(errorCodes(await execute(as('partner'), PREVIEW, { from: YEAR + 2, to: YEAR, amount: '1.00' }))).toContain(
      'FORBIDDEN',
    );
    const tooMuch = await execute(ministry, PREVIEW, { from: YEAR + 2, to: YEAR, amount: '999999999.00' });
    expect(errorCodes(tooMuch)).toContain('BAD_USER_INPUT');
    const saved = await execute(ministry, SHIFT, { from: YEAR + 2, to: YEAR, amount: '10000000.00' });
    const years = expectType(saved.data?.shiftPraktijklerenBudget, 'MutationShiftPraktijklerenBudgetSuccess').data;
    expect(years.map((y) => [y.year, y.categories[0]?.ceiling])).toEqual([
      [YEAR, '415000000.00'],
      [YEAR + 2, '410000000.00'],
    ]);
    const fromClosed = await execute(ministry, SHIFT, { from: YEAR - 1, to: YEAR, amount: '1.00' });
    expect(expectType(fromClosed.data?.shiftPraktijklerenBudget, 'ConflictError').field).toBe('fromYear');
  });

  it('a company applies for an active bbl placement, sees its expected amount, and the final one once the year is closed', async () => {
    await announceTraining(funding.db, COMPANY, {
      accreditedCrebos: ['25491'],
      bblPlacements: [placement('pl-1'), placement('pl-2', '25000')],
    });
    const key = randomUUID();
    const applied = expectType(
      (await execute(company, APPLY, { companyId: COMPANY, year: YEAR, placementId: 'pl-1', key })).data
        ?.applyForPraktijkleren,
      'PraktijklerenApplication',
    );
    // €415m (after the kasschuif above) over the forecast 158,000 places (more than the applications), rounded down.
    expect(applied).toMatchObject({ year: YEAR, expectedAmount: '2626.58', finalAmount: null });
    const retry = await execute(company, APPLY, { companyId: COMPANY, year: YEAR, placementId: 'pl-1', key });
    expect(expectType(retry.data?.applyForPraktijkleren, 'PraktijklerenApplication').id).toBe(applied.id);
    const twice = await execute(company, APPLY, {
      companyId: COMPANY,
      year: YEAR,
      placementId: 'pl-1',
      key: randomUUID(),
    });
    expect(expectType(twice.data?.applyForPraktijkleren, 'ConflictError').field).toBe('placementId');
    const uncovered = await execute(company, APPLY, {
      companyId: COMPANY,
      year: YEAR,
      placementId: 'pl-2',
      key: randomUUID(),
    });
    expect(expectType(uncovered.data?.applyForPraktijkleren, 'InputError').message).toMatch(/erkenning.*dekt/);
    // The expected amounts of every application in the answer come from one query of the ceilings.
    const counted = funding.countQueries();
    const mine = await execute(company, MINE, { companyId: COMPANY, year: YEAR });
    counted.done();
    // applications, ceilings for their years, bbl placements, applications again for "applied": 4, whatever the number.
    expect(counted.count()).toBe(4);
    expect(mine.data?.praktijklerenPlacements).toEqual([
      { placementId: 'pl-1', applied: true },
      { placementId: 'pl-2', applied: false },
    ]);
    const closed = await execute(ministry, CLOSE, { year: YEAR });
    expect(expectType(closed.data?.closePraktijklerenYear, 'PraktijklerenYear')).toMatchObject({
      closed: true,
      categories: [{ amountPerPlace: '2700.00' }],
    });
    const after = await execute(company, MINE, { companyId: COMPANY, year: YEAR });
    expect(after.data?.praktijklerenApplications?.[0]).toMatchObject({ id: applied.id, finalAmount: '2700.00' });
    const late = await execute(company, APPLY, {
      companyId: COMPANY,
      year: YEAR,
      placementId: 'pl-2',
      key: randomUUID(),
    });
    expect(expectType(late.data?.applyForPraktijkleren, 'ConflictError').field).toBe('year');
  });

  it('refuses a company without accreditation, without an active bbl placement, or unknown to placements, with the reason', async () => {
    const year = YEAR + 1;
    const unknown = await execute(as('company', 'kvk-1'), APPLY, {
      companyId: 'kvk-1',
      year,
      placementId: 'x',
      key: randomUUID(),
    });
    expect(expectType(unknown.data?.applyForPraktijkleren, 'InputError')).toMatchObject({ field: 'companyId' });
    await announceTraining(funding.db, 'kvk-2', { accreditedCrebos: [], bblPlacements: [placement('pl-20')] });
    const withdrawn = await execute(as('company', 'kvk-2'), APPLY, {
      companyId: 'kvk-2',
      year,
      placementId: 'pl-20',
      key: randomUUID(),
    });
    const refusal = expectType(withdrawn.data?.applyForPraktijkleren, 'InputError');
    expect(refusal).toMatchObject({ field: 'companyId' });
    expect(refusal.message).toMatch(/erkenning/);
    await announceTraining(funding.db, 'kvk-3', { accreditedCrebos: ['25491'], bblPlacements: [] });
    const none = await execute(as('company', 'kvk-3'), APPLY, {
      companyId: 'kvk-3',
      year,
      placementId: 'pl-30',
      key: randomUUID(),
    });
    expect(expectType(none.data?.applyForPraktijkleren, 'InputError')).toMatchObject({ field: 'placementId' });
    const other = await execute(company, APPLY, { companyId: 'kvk-3', year, placementId: 'pl-30', key: randomUUID() });
    expect(expectType(other.data?.applyForPraktijkleren, 'NotAllowedError').field).toBe('companyId');
    const noYear = await execute(as('company', 'kvk-3'), APPLY, {
      companyId: 'kvk-3',
      year: 2035,
      placementId: 'pl-30',
      key: randomUUID(),
    });
    expect(expectType(noYear.data?.applyForPraktijkleren, 'InputError').field).toBe('year');
  });

  it('a company sees only its own applications; the ministry every company’s', async () => {
    expect(errorCodes(await execute(as('company', 'kvk-2'), MINE, { companyId: COMPANY, year: YEAR }))).toContain(
      'FORBIDDEN',
    );
    for (const role of ['institution', 'student', 'partner', 'municipality', 'sbb'] as const) {
      expect(errorCodes(await execute(as(role), MINE, { companyId: COMPANY, year: YEAR }))).toContain('FORBIDDEN');
    }
    expect((await execute(ministry, MINE, { companyId: COMPANY, year: YEAR })).errors).toBeUndefined();
  });
});
