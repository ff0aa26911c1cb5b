import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { monthOf, monthsBetween, todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import type { PlacementsContext } from '../src/context.ts';
import {
  type Agreement,
  ALBEDA,
  agreementHarness,
  BOUW,
  ERROR,
  EXCEPTION,
  fromToday,
  HELD,
  input,
  MAASSTAD,
  MISSING,
  PAY,
  PLAN,
  READ,
  ZADKINE,
} from './support.ts';

describe.each(testEngines())('agreement follow-up (contact moments, allowances, reading) on %s', (engine) => {
  const { execute, as, school, maasstad, draft, signAll, missing, addPlacement } = agreementHarness(engine);

  it('lists signed agreements missing contact moments, with exceptions', async () => {
    const a = await addPlacement('moments');
    const agreement = await draft(school(), a.placementId);
    await signAll(agreement.id, a.studentId);
    const gaps = (await missing()).find((m) => m.agreement.id === agreement.id);
    expect(gaps).toMatchObject({ missingKinds: ['START', 'INTERIM', 'FINAL'], missingInPerson: true });
    expect(gaps?.missing).toContain('Er is geen startgesprek gepland of gehouden.');

    const plan = async (context: PlacementsContext, kind: string, on: string, mode: string) =>
      (
        await execute<{ planContactMoment: { __typename: string; id: string; field?: string } }>(context, PLAN, {
          id: agreement.id,
          kind,
          on,
          mode,
        })
      ).data?.planContactMoment;
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
    const held = await execute<{ recordContactMoment: { __typename: string; recordedBy: string; heldMode: string } }>(
      maasstad(),
      HELD,
      { id: start?.id, on: fromToday(-99), mode: 'IN_PERSON', notes: 'Kennismaking op de afdeling.' },
    );
    expect(held.data?.recordContactMoment).toMatchObject({
      __typename: 'ContactMoment',
      recordedBy: 'praktijkopleider-maasstad',
      heldMode: 'IN_PERSON',
    });
    expect(
      (
        await execute<{ recordContactMoment: Agreement }>(school(), HELD, {
          id: start?.id,
          on: fromToday(-99),
          mode: 'IN_PERSON',
        })
      ).data?.recordContactMoment,
    ).toMatchObject({ __typename: 'ConflictError' });
    expect(
      (
        await execute<{ recordContactMoment: Agreement }>(as('company', BOUW), HELD, {
          id: start?.id,
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
    const exception = async (context: PlacementsContext, id: string, reason: string, text: string) =>
      (
        await execute<{ recordContactMomentException: { __typename: string; field?: string } }>(context, EXCEPTION, {
          id,
          reason,
          text,
        })
      ).data?.recordContactMomentException;
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
    const pay = async (context: PlacementsContext, month: string, amount: string, kind: string) =>
      (
        await execute<{ recordAllowancePayment: Agreement & { allowanceStatus: Agreement['allowanceStatus'] } }>(
          context,
          PAY,
          { id: agreement.id, month, amount, kind, key: randomUUID() },
        )
      ).data?.recordAllowancePayment;
    const thisMonth = monthOf(todayInNetherlands());
    expect(await pay(maasstad(), thisMonth, '250.00', 'EXPENSE')).toMatchObject({ __typename: 'ConflictError' });
    await signAll(agreement.id, a.studentId);
    const due = monthsBetween(monthOf(fromToday(-100)), thisMonth);
    const status = (await execute<{ agreement: Agreement }>(school(), READ, { id: agreement.id })).data?.agreement
      .allowanceStatus;
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
    expect(after?.allowanceStatus).toEqual({
      agreedMonthly: '550.00',
      paidMonths: due.filter((m) => m !== due[1]),
      missingMonths: [due[1]],
      upToDate: false,
    });
    const last = await pay(school(), due[1] ?? '', '300.00', 'WAGE');
    expect(last?.allowanceStatus.upToDate).toBe(true);

    // A retried payment with the same key is recorded once; the same key for another payment is refused.
    const key = randomUUID();
    const once = { id: agreement.id, month: due[0], amount: '5.00', kind: 'EXPENSE', key };
    type Paid = { recordAllowancePayment: Agreement & { allowancePayments: unknown[] } };
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await execute<Paid>(maasstad(), PAY, once)).data?.recordAllowancePayment);
    const counts = new Set(answers.map((answer) => answer?.allowancePayments.length));
    expect(counts.size).toBe(1);
    const other = await execute<Paid>(maasstad(), PAY, { ...once, amount: '6.00' });
    expect(other.data?.recordAllowancePayment).toMatchObject({ __typename: 'InputError', field: 'idempotencyKey' });

    const noWage = await addPlacement('nowage');
    const noWageAgreement = await draft(school(), noWage.placementId, input({ internshipWage: null }));
    await signAll(noWageAgreement.id, noWage.studentId);
    const wage = await execute<{ recordAllowancePayment: Agreement }>(maasstad(), PAY, {
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
    const PLAN_WITH_KEY = `mutation ($id: ID!, $kind: ContactMomentKind!, $on: Date!, $mode: ContactMode!, $key: IdempotencyKey) {
      planContactMoment(agreementId: $id, kind: $kind, plannedOn: $on, mode: $mode, idempotencyKey: $key) {
        __typename ... on ContactMoment { id } ${ERROR} } }`;
    const plan = async (key: string | null, kind = 'START') =>
      (
        await execute<{ planContactMoment: { __typename: string; id?: string; field?: string } }>(
          school(),
          PLAN_WITH_KEY,
          { id: agreement.id, kind, on: fromToday(-90), mode: 'IN_PERSON', key },
        )
      ).data?.planContactMoment;
    const first = await plan('plan-retry-key-1');
    const retry = await plan('plan-retry-key-1');
    expect(first?.__typename).toBe('ContactMoment');
    expect(retry?.id).toBe(first?.id);
    const other = await plan('plan-retry-key-2', 'INTERIM');
    expect(other?.id).not.toBe(first?.id);
    const badKey = { id: agreement.id, kind: 'START', on: fromToday(-90), mode: 'IN_PERSON', key: 'kort' };
    expect(errorCodes(await execute(school(), PLAN_WITH_KEY, badKey))).toEqual(['BAD_USER_INPUT']);
    const read = await execute<{ agreement: Agreement }>(school(), READ, { id: agreement.id });
    expect(read.data?.agreement.contactMoments.map((m) => m.kind).sort()).toEqual(['INTERIM', 'START']);
  });

  it('reads one placement: the student, the own institution and the company; nobody else', async () => {
    const a = await addPlacement('one-placement');
    const QUERY = `query ($id: ID!) { placement(id: $id) { id status student { id } company { id } } }`;
    const read = (context: PlacementsContext, id = a.placementId) =>
      execute<{ placement: { id: string; student: { id: string }; company: { id: string } } | null }>(context, QUERY, {
        id,
      });
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
    const STUDENT = `query ($id: ID!) { student(id: $id) { id dateOfBirth } }`;
    for (const context of [school(), as('student', ZADKINE, a.studentId)]) {
      const result = await execute<{ student: { dateOfBirth: string } }>(context, STUDENT, { id: a.studentId });
      expect(result.data?.student.dateOfBirth).toBe('2000-01-01');
    }
    expect((await execute(school(), STUDENT, { id: 'bestaat-niet' })).data?.student).toBeNull();
    for (const context of [maasstad(), as('institution', ALBEDA), as('student', ZADKINE, `${ZADKINE}-s001`)]) {
      const result = await execute(context, STUDENT, { id: a.studentId });
      expect(errorCodes(result), context.caller.role).toContain('FORBIDDEN');
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
      expect(errorCodes(result), context.caller.role).toContain('FORBIDDEN');
      expect(result.data?.placement ?? null).toBeNull();
    }
  });
});
