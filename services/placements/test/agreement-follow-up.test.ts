import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import { monthOf, monthsBetween, todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes } from '@stelsel/testing';
import type { VariablesOf } from 'gql.tada';
import { describe, expect, it } from 'vitest';
import { agreementHarness, EXCEPTION, HELD, input, MISSING, PAY, PLAN, READ } from './agreement-support.ts';
import { graphql } from './graphql.ts';
import { ALBEDA, BOUW, fromToday, MAASSTAD, ZADKINE } from './support.ts';

type Plan = VariablesOf<typeof PLAN>;
type Pay = VariablesOf<typeof PAY>;

const PLACEMENT = graphql(
  'query Placement($id: ID!) { placement(id: $id) { id status student { id } company { id } } }',
);
const STUDENT = graphql('query Student($id: ID!) { student(id: $id) { id dateOfBirth } }');

describe.each(testEngines())('agreement follow-up (contact moments, allowances, reading) on %s', (engine) => {
  const { execute, as, school, maasstad, draft, signAll, missing, addPlacement } = agreementHarness(engine);

  it('lists signed agreements missing contact moments, with exceptions', async () => {
    const a = await addPlacement('moments');
    const agreement = await draft(school(), a.placementId);
    await signAll(agreement.id, a.studentId);
    const gaps = (await missing()).find((m) => m.agreement.id === agreement.id);
    expect(gaps).toMatchObject({ missingKinds: ['START', 'INTERIM', 'FINAL'], missingInPerson: true });
    expect(gaps?.missing).toContain('Er is geen startgesprek gepland of gehouden.');

    const plan = async (who: Caller, kind: Plan['kind'], on: string, mode: Plan['mode']) =>
      (await execute(who, PLAN, { id: agreement.id, kind, on, mode, key: randomUUID() })).data?.planContactMoment;
    const start = await plan(school(), 'START', fromToday(-100), 'VIDEO');
    expect(start?.__typename).toBe('ContactMoment');
    await plan(maasstad(), 'INTERIM', fromToday(-10), 'PHONE');
    expect(await plan(as('company', BOUW), 'FINAL', fromToday(70), 'IN_PERSON')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(
      errorCodes(
        await execute(as('student', ZADKINE, a.studentId), PLAN, {
          id: agreement.id,
          kind: 'FINAL',
          on: fromToday(1),
          mode: 'PHONE',
          key: randomUUID(),
        }),
      ),
    ).toContain('FORBIDDEN');
    expect(await plan(school(), 'FINAL', fromToday(400), 'IN_PERSON')).toMatchObject({ field: 'plannedOn' });
    await plan(school(), 'FINAL', fromToday(75), 'VIDEO');
    expect((await missing()).find((m) => m.agreement.id === agreement.id)).toMatchObject({
      missingKinds: [],
      missingInPerson: true,
      missing: ['Geen enkel contactmoment is (gepland) op locatie.'],
    });

    // Held in person (the planned video call became a visit): complete.
    const startId = start && 'id' in start ? start.id : '';
    const held = await execute(maasstad(), HELD, {
      id: startId,
      on: fromToday(-99),
      mode: 'IN_PERSON',
      notes: 'Kennismaking op de afdeling.',
    });
    expect(held.data?.recordContactMoment).toMatchObject({
      __typename: 'ContactMoment',
      recordedBy: 'praktijkopleider-maasstad',
      heldMode: 'IN_PERSON',
    });
    expect(
      (
        await execute(school(), HELD, {
          id: startId,
          on: fromToday(-99),
          mode: 'IN_PERSON',
        })
      ).data?.recordContactMoment,
    ).toMatchObject({ __typename: 'ConflictError' });
    expect(
      (
        await execute(as('company', BOUW), HELD, {
          id: startId,
          on: fromToday(-99),
          mode: 'IN_PERSON',
        })
      ).data?.recordContactMoment,
    ).toMatchObject({ __typename: 'NotAllowedError' });
    expect((await missing()).some((m) => m.agreement.id === agreement.id)).toBe(false);

    // Abroad: only the in-person requirement is waived.
    const abroad = await addPlacement('abroad');
    const abroadAgreement = await draft(school(), abroad.placementId);
    await signAll(abroadAgreement.id, abroad.studentId);
    const exception = async (who: Caller, id: string, reason: 'ABROAD' | 'TASTER_INTERNSHIP', text: string) =>
      (await execute(who, EXCEPTION, { id, reason, text })).data?.recordContactMomentException;
    expect(await exception(school(), abroadAgreement.id, 'ABROAD', 'kort')).toMatchObject({ field: 'explanation' });
    expect(
      await exception(
        as('institution', ALBEDA),
        abroadAgreement.id,
        'ABROAD',
        'Stage in Spanje bij een hotelketen, geen bezoek mogelijk.',
      ),
    ).toMatchObject({ __typename: 'NotAllowedError' });
    expect(
      errorCodes(
        await execute(maasstad(), EXCEPTION, {
          id: abroadAgreement.id,
          reason: 'ABROAD',
          text: 'Stage in Spanje bij een hotelketen.',
        }),
      ),
    ).toContain('FORBIDDEN');
    expect(
      await exception(
        school(),
        abroadAgreement.id,
        'ABROAD',
        'Stage in Spanje bij een hotelketen, geen bezoek mogelijk.',
      ),
    ).toMatchObject({ __typename: 'Agreement' });
    expect(
      await exception(
        school(),
        abroadAgreement.id,
        'ABROAD',
        'Stage in Spanje bij een hotelketen, geen bezoek mogelijk.',
      ),
    ).toMatchObject({ __typename: 'ConflictError' });
    expect((await missing()).find((m) => m.agreement.id === abroadAgreement.id)).toMatchObject({
      missingKinds: ['START', 'INTERIM', 'FINAL'],
      missingInPerson: false,
    });

    // Taster internship: only the count is waived.
    const taster = await addPlacement('taster');
    const tasterAgreement = await draft(school(), taster.placementId);
    await signAll(tasterAgreement.id, taster.studentId);
    await exception(
      school(),
      tasterAgreement.id,
      'TASTER_INTERNSHIP',
      'Snuffelstage van twee weken in de eerste periode.',
    );
    expect((await missing()).find((m) => m.agreement.id === tasterAgreement.id)).toMatchObject({
      missingKinds: [],
      missingInPerson: true,
    });
    // Drafts are not listed; other roles may not ask.
    expect((await missing()).every((m) => m.agreement.id !== 'demo-agreement-02')).toBe(true);
    for (const role of ['company', 'municipality', 'ministry', 'student'] as const) {
      expect(errorCodes(await execute(as(role), MISSING))).toContain('FORBIDDEN');
    }
  });

  it('tracks allowance payments and the months missing', async () => {
    const a = await addPlacement('pay');
    const agreement = await draft(school(), a.placementId, input({ startsOn: fromToday(-100), endsOn: fromToday(80) }));
    const pay = async (who: Caller, month: string, amount: string, kind: Pay['kind']) =>
      (await execute(who, PAY, { id: agreement.id, month, amount, kind, key: randomUUID() })).data
        ?.recordAllowancePayment;
    const thisMonth = monthOf(todayInNetherlands());
    expect(await pay(maasstad(), thisMonth, '250.00', 'EXPENSE')).toMatchObject({ __typename: 'ConflictError' });
    await signAll(agreement.id, a.studentId);
    const due = monthsBetween(monthOf(fromToday(-100)), thisMonth);
    const status = (await execute(school(), READ, { id: agreement.id })).data?.agreement?.allowanceStatus;
    expect(status).toEqual({ agreedMonthly: '550.00', paidMonths: [], missingMonths: due, upToDate: false });

    expect(await pay(as('company', BOUW), due[0] ?? '', '250.00', 'EXPENSE')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await pay(as('institution', ALBEDA), due[0] ?? '', '250.00', 'EXPENSE')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(
      errorCodes(
        await execute(as('student', ZADKINE, a.studentId), PAY, {
          key: randomUUID(),
          id: agreement.id,
          month: thisMonth,
          amount: '1.00',
          kind: 'WAGE',
        }),
      ),
    ).toContain('FORBIDDEN');
    expect(await pay(maasstad(), '2026-13', '250.00', 'EXPENSE')).toMatchObject({ field: 'month' });
    expect(await pay(maasstad(), '2001-01', '250.00', 'EXPENSE')).toMatchObject({ field: 'month' });
    expect(await pay(maasstad(), thisMonth, '0.00', 'EXPENSE')).toMatchObject({ field: 'amount' });

    for (const month of due) {
      await pay(maasstad(), month, '250.00', 'EXPENSE');
      if (month !== due[1]) await pay(school(), month, '300.00', 'WAGE');
    }
    const after = await pay(maasstad(), thisMonth, '10.00', 'EXPENSE');
    expect(after && 'allowanceStatus' in after ? after.allowanceStatus : null).toEqual({
      agreedMonthly: '550.00',
      paidMonths: due.filter((m) => m !== due[1]),
      missingMonths: [due[1]],
      upToDate: false,
    });
    const last = await pay(school(), due[1] ?? '', '300.00', 'WAGE');
    expect(last && 'allowanceStatus' in last ? last.allowanceStatus.upToDate : null).toBe(true);

    // A retried payment with the same key is recorded once; the same key for another payment is refused.
    const key = randomUUID();
    const once: Pay = { id: agreement.id, month: due[0] ?? '', amount: '5.00', kind: 'EXPENSE', key };
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await execute(maasstad(), PAY, once)).data?.recordAllowancePayment);
    const counts = new Set(
      answers.map((answer) => (answer && 'allowancePayments' in answer ? answer.allowancePayments.length : -1)),
    );
    expect(counts.size).toBe(1);
    expect([...counts][0]).toBeGreaterThan(0);
    const other = await execute(maasstad(), PAY, { ...once, amount: '6.00' });
    expect(other.data?.recordAllowancePayment).toMatchObject({ __typename: 'InputError', field: 'idempotencyKey' });

    const noWage = await addPlacement('nowage');
    const noWageAgreement = await draft(school(), noWage.placementId, input({ internshipWage: null }));
    await signAll(noWageAgreement.id, noWage.studentId);
    const wage = await execute(maasstad(), PAY, {
      key: randomUUID(),
      id: noWageAgreement.id,
      month: thisMonth,
      amount: '10.00',
      kind: 'WAGE',
    });
    expect(wage.data?.recordAllowancePayment).toMatchObject({ __typename: 'InputError', field: 'kind' });
  });

  it('plans a contact moment once per idempotency key, also when the answer got lost', async () => {
    const a = await addPlacement('plan-retry');
    const agreement = await draft(school(), a.placementId);
    const plan = async (key: string, kind: Plan['kind'] = 'START', mode: Plan['mode'] = 'IN_PERSON') =>
      (await execute(school(), PLAN, { id: agreement.id, kind, on: fromToday(-90), mode, key })).data
        ?.planContactMoment;
    const idOf = (answer: Awaited<ReturnType<typeof plan>>) => (answer && 'id' in answer ? answer.id : null);
    const first = await plan('plan-retry-key-1');
    const retry = await plan('plan-retry-key-1');
    expect(first?.__typename).toBe('ContactMoment');
    expect(idOf(retry)).toBe(idOf(first));
    const other = await plan('plan-retry-key-2', 'INTERIM');
    expect(idOf(other)).not.toBe(idOf(first));
    // The same key for another moment is a mistake, not a retry: refused, nothing planned.
    expect(await plan('plan-retry-key-1', 'FINAL')).toMatchObject({
      __typename: 'InputError',
      field: 'idempotencyKey',
    });
    expect(await plan('plan-retry-key-1', 'START', 'VIDEO')).toMatchObject({ field: 'idempotencyKey' });
    const badKey: Plan = { id: agreement.id, kind: 'START', on: fromToday(-90), mode: 'IN_PERSON', key: 'kort' };
    expect(errorCodes(await execute(school(), PLAN, badKey))).toEqual(['BAD_USER_INPUT']);
    const read = await execute(school(), READ, { id: agreement.id });
    expect(read.data?.agreement?.contactMoments.map((m) => m.kind).sort()).toEqual(['INTERIM', 'START']);
  });

  it('reads one placement: the student, the own institution and the company; nobody else', async () => {
    const a = await addPlacement('one-placement');
    const read = (who: Caller, id = a.placementId) => execute(who, PLACEMENT, { id });
    for (const context of [school(), maasstad(), as('student', ZADKINE, a.studentId)]) {
      const result = await read(context);
      expect(result.errors).toBeUndefined();
      expect(result.data?.placement).toMatchObject({
        id: a.placementId,
        student: { id: a.studentId },
        company: { id: MAASSTAD },
      });
    }
    expect((await read(school(), 'bestaat-niet')).data?.placement).toBeNull();
    // The student record (date of birth, for the guardian rule): the own institution and the student, nobody else.
    for (const context of [school(), as('student', ZADKINE, a.studentId)]) {
      const result = await execute(context, STUDENT, { id: a.studentId });
      expect(result.data?.student?.dateOfBirth).toBe('2000-01-01');
    }
    expect((await execute(school(), STUDENT, { id: 'bestaat-niet' })).data?.student).toBeNull();
    for (const context of [maasstad(), as('institution', ALBEDA), as('student', ZADKINE, `${ZADKINE}-s001`)]) {
      const result = await execute(context, STUDENT, { id: a.studentId });
      expect(errorCodes(result), context.role).toContain('FORBIDDEN');
      expect(JSON.stringify(result.data ?? null)).not.toContain('2000-01-01');
    }
    for (const context of [
      as('company', BOUW),
      as('institution', ALBEDA),
      as('student', ZADKINE, `${ZADKINE}-s001`),
      as('municipality', '0599'),
      as('ministry', 'ocw'),
      as('sbb', 'sbb'),
    ]) {
      const result = await read(context);
      expect(errorCodes(result), context.role).toContain('FORBIDDEN');
      expect(result.data?.placement ?? null).toBeNull();
    }
  });
});
