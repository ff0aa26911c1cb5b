import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../src/domain/calendar-day.ts';
import { schoolYearOf } from '../src/domain/school-year.ts';
import { graphql } from './graphql.ts';
import { ALBEDA, announceStudent, equalTreatmentSubgraph, USER_ERROR, ZADKINE } from './support.ts';

const YEAR = schoolYearOf(dutchToday());
const ANNA = `${ZADKINE}-c001`;
const BORIS = `${ZADKINE}-c002`;
const OTHER = `${ALBEDA}-c001`;

const ISSUE = graphql(
  `mutation Issue($id: ID!, $number: String!, $on: Date!, $until: Date!, $key: IdempotencyKey!) {
    issueStudentCard(studentId: $id, cardNumber: $number, issuedOn: $on, validUntil: $until, idempotencyKey: $key) {
      __typename ... on StudentCard { id cardNumber } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const CARDS = graphql(
  `query Cards($id: ID!) { studentCardsOfInstitution(institutionId: $id) { student { id } card { cardNumber } } }`,
);
const OWN = graphql(`
  query Own($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Student { studentCard { cardNumber validUntil } refundRequests { id status decideBy overdue decisionReason amount } }
    }
  }
`);
const PUBLISH = graphql(
  `mutation Publish($id: ID!, $year: String!, $days: Int!) {
    publishLearningMaterials(institutionId: $id, schoolYear: $year, decisionDays: $days,
      terms: "Ongebruikte boeken van de lijst betalen wij binnen de termijn terug, mits ongeopend.",
      books: [{ title: "Nederlands 2F", price: "34.95" }, { title: "Rekenen 2F", price: "29.50" }]) {
      __typename ... on LearningMaterials { decisionDays books { title price } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const MATERIALS = graphql(`
  query Materials($id: ID!, $year: String!) { learningMaterials(institutionId: $id, schoolYear: $year) { published terms decisionDays books { title } } }
`);
const REQUEST = graphql(
  `mutation Request($id: ID!, $year: String!, $amount: Money!, $key: IdempotencyKey!) {
    requestRefund(studentId: $id, schoolYear: $year, materials: "Rekenen 2F", amount: $amount,
      explanation: "Niet gebruikt: vrijstelling voor rekenen.", idempotencyKey: $key) {
      __typename ... on RefundRequest { id status decideBy amount } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const DECIDE = graphql(
  `mutation Decide($id: ID!, $approve: Boolean!, $reason: String!) {
    decideRefund(refundId: $id, approve: $approve, reason: $reason) {
      __typename ... on RefundRequest { id status decisionReason decidedOn } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const OF_SCHOOL = graphql(
  `query SchoolRefunds($id: ID!) { refundRequestsOfInstitution(institutionId: $id) { id status student { id } } }`,
);
const FUND = graphql(
  `mutation Fund($id: ID!, $url: String) {
    publishStudentFund(institutionId: $id, summary: "Het studentenfonds helpt bij onverwachte kosten.",
      howToApply: "Mail de studentdecaan met je vraag en je studentnummer.", contact: "decaan@zadkine.example", url: $url) {
      __typename ... on StudentFundInfo { summary url } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const FIND_FUND = graphql(
  `query FindFund($id: ID!) { studentFund(institutionId: $id) { summary howToApply contact } }`,
);

describe.each(testEngines())('student cards, unused learning materials and the student fund on %s', (engine) => {
  const et = equalTreatmentSubgraph(engine, async (db) => {
    await announceStudent(db, ANNA, ZADKINE);
    await announceStudent(db, BORIS, ZADKINE);
    await announceStudent(db, OTHER, ALBEDA);
  });
  const school = () => et.as('institution', ZADKINE);
  const anna = () => et.as('student', ZADKINE, ANNA);
  const today = dutchToday();
  const issue = (id: string, number: string, key = randomUUID(), as = school()) =>
    et.execute(as, ISSUE, { id, number, on: today, until: addDays(today, 365), key });
  const own = (id: string, as = anna()) => et.execute(as, OWN, { r: [{ __typename: 'Student', id }] });

  it('the school issues a card once, sees who has none; the student sees their card', async () => {
    const key = randomUUID();
    const card = expectType((await issue(ANNA, 'zad-0001', key)).data?.issueStudentCard, 'StudentCard');
    expect(card.cardNumber).toBe('ZAD-0001');
    expect(expectType((await issue(ANNA, 'zad-0001', key)).data?.issueStudentCard, 'StudentCard').id).toBe(card.id);
    expect(expectType((await issue(ANNA, 'ZAD-0002')).data?.issueStudentCard, 'ConflictError').field).toBe('studentId');
    expect(expectType((await issue(BORIS, 'ZAD-0001')).data?.issueStudentCard, 'ConflictError').field).toBe(
      'cardNumber',
    );
    expect(expectType((await issue(BORIS, 'x')).data?.issueStudentCard, 'InputError').field).toBe('cardNumber');
    const list = (await et.execute(school(), CARDS, { id: ZADKINE })).data?.studentCardsOfInstitution;
    expect(list?.map((s) => [s.student.id, s.card?.cardNumber ?? null])).toEqual([
      [ANNA, 'ZAD-0001'],
      [BORIS, null],
    ]);
    expect((await own(ANNA)).data?._entities?.[0]).toMatchObject({ studentCard: { cardNumber: 'ZAD-0001' } });
  });

  it('refuses cards for another school’s student, by a student, and lists to others', async () => {
    expect(expectType((await issue(OTHER, 'ALB-0001')).data?.issueStudentCard, 'NotAllowedError').field).toBe(
      'studentId',
    );
    expect((await issue(BORIS, 'ZAD-0009', randomUUID(), anna())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const who of [et.as('institution', ALBEDA), anna(), et.as('ministry'), et.as('partner')]) {
      expect((await et.execute(who, CARDS, { id: ZADKINE })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await own(ANNA, et.as('student', ZADKINE, BORIS))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the school publishes its book list and terms; anyone reads them', async () => {
    const before = (await et.execute(anna(), MATERIALS, { id: ZADKINE, year: YEAR })).data?.learningMaterials;
    expect(before).toMatchObject({ published: false, decisionDays: 28, books: [] });
    const published = await et.execute(school(), PUBLISH, { id: ZADKINE, year: YEAR, days: 14 });
    expect(expectType(published.data?.publishLearningMaterials, 'LearningMaterials')).toMatchObject({
      decisionDays: 14,
      books: [
        { title: 'Nederlands 2F', price: '34.95' },
        { title: 'Rekenen 2F', price: '29.50' },
      ],
    });
    const read = (await et.execute(et.as('partner'), MATERIALS, { id: ZADKINE, year: YEAR })).data?.learningMaterials;
    expect(read).toMatchObject({ published: true, decisionDays: 14 });
    const other = await et.execute(et.as('institution', ALBEDA), PUBLISH, { id: ZADKINE, year: YEAR, days: 14 });
    expect(expectType(other.data?.publishLearningMaterials, 'NotAllowedError').field).toBe('institutionId');
    const slow = await et.execute(school(), PUBLISH, { id: ZADKINE, year: YEAR, days: 400 });
    expect(expectType(slow.data?.publishLearningMaterials, 'InputError').field).toBe('decisionDays');
  });

  it('a student requests a refund for themself, with the deadline of the terms; the school decides once', async () => {
    const key = randomUUID();
    const asked = expectType(
      (await et.execute(anna(), REQUEST, { id: ANNA, year: YEAR, amount: '29.50', key })).data?.requestRefund,
      'RefundRequest',
    );
    expect(asked).toMatchObject({ status: 'REQUESTED', decideBy: addDays(today, 14), amount: '29.50' });
    const retry = await et.execute(anna(), REQUEST, { id: ANNA, year: YEAR, amount: '29.50', key });
    expect(expectType(retry.data?.requestRefund, 'RefundRequest').id).toBe(asked.id);
    const reused = await et.execute(anna(), REQUEST, { id: ANNA, year: YEAR, amount: '12.00', key });
    expect(expectType(reused.data?.requestRefund, 'InputError').field).toBe('idempotencyKey');

    const list = (await et.execute(school(), OF_SCHOOL, { id: ZADKINE })).data?.refundRequestsOfInstitution;
    expect(list?.map((r) => [r.id, r.status, r.student?.id])).toEqual([[asked.id, 'REQUESTED', ANNA]]);

    const short = await et.execute(school(), DECIDE, { id: asked.id, approve: false, reason: 'Nee.' });
    expect(expectType(short.data?.decideRefund, 'InputError').field).toBe('reason');
    const refused = await et.execute(school(), DECIDE, {
      id: asked.id,
      approve: false,
      reason: 'Het boek is geopend en gebruikt in periode 1.',
    });
    expect(expectType(refused.data?.decideRefund, 'RefundRequest')).toMatchObject({
      status: 'REFUSED',
      decidedOn: today,
    });
    const twice = await et.execute(school(), DECIDE, { id: asked.id, approve: true, reason: '' });
    expect(expectType(twice.data?.decideRefund, 'ConflictError').field).toBe('refundId');
    expect((await own(ANNA)).data?._entities?.[0]).toMatchObject({
      refundRequests: [
        { id: asked.id, status: 'REFUSED', decisionReason: 'Het boek is geopend en gebruikt in periode 1.' },
      ],
    });
  });

  it('refuses a refund for another student, bad amounts, decisions by others', async () => {
    const forBoris = await et.execute(anna(), REQUEST, { id: BORIS, year: YEAR, amount: '10.00', key: randomUUID() });
    expect(expectType(forBoris.data?.requestRefund, 'NotAllowedError').field).toBe('studentId');
    const bySchool = await et.execute(school(), REQUEST, { id: ANNA, year: YEAR, amount: '10.00', key: randomUUID() });
    expect(bySchool.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const negative = await et.execute(anna(), REQUEST, { id: ANNA, year: YEAR, amount: '-5.00', key: randomUUID() });
    expect(expectType(negative.data?.requestRefund, 'InputError').field).toBe('amount');
    const future = await et.execute(anna(), REQUEST, {
      id: ANNA,
      year: '2099-2100',
      amount: '5.00',
      key: randomUUID(),
    });
    expect(expectType(future.data?.requestRefund, 'InputError').field).toBe('schoolYear');

    const asked = expectType(
      (await et.execute(anna(), REQUEST, { id: ANNA, year: YEAR, amount: '5.00', key: randomUUID() })).data
        ?.requestRefund,
      'RefundRequest',
    );
    const albeda = await et.execute(et.as('institution', ALBEDA), DECIDE, { id: asked.id, approve: true, reason: '' });
    expect(expectType(albeda.data?.decideRefund, 'NotAllowedError').field).toBe('refundId');
    const student = await et.execute(anna(), DECIDE, { id: asked.id, approve: true, reason: '' });
    expect(student.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const who of [et.as('institution', ALBEDA), anna()]) {
      expect((await et.execute(who, OF_SCHOOL, { id: ZADKINE })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const notAnId = await et.execute(school(), DECIDE, { id: 'not-a-uuid', approve: true, reason: '' });
    expect(expectType(notAnId.data?.decideRefund, 'NotFoundError').field).toBe('refundId');
    const approved = await et.execute(school(), DECIDE, { id: asked.id, approve: true, reason: '' });
    expect(expectType(approved.data?.decideRefund, 'RefundRequest').status).toBe('APPROVED');
  });

  it('the school publishes the student fund; students find it; others may not publish it', async () => {
    expect((await et.execute(anna(), FIND_FUND, { id: ZADKINE })).data?.studentFund).toBeNull();
    const published = await et.execute(school(), FUND, {
      id: ZADKINE,
      url: 'https://www.zadkine.example/studentenfonds',
    });
    expect(expectType(published.data?.publishStudentFund, 'StudentFundInfo').url).toContain('https://');
    expect((await et.execute(anna(), FIND_FUND, { id: ZADKINE })).data?.studentFund?.contact).toBe(
      'decaan@zadkine.example',
    );
    const plain = await et.execute(school(), FUND, { id: ZADKINE, url: 'http://insecure.example' });
    expect(expectType(plain.data?.publishStudentFund, 'InputError').field).toBe('url');
    const other = await et.execute(et.as('institution', ALBEDA), FUND, { id: ZADKINE, url: null });
    expect(expectType(other.data?.publishStudentFund, 'NotAllowedError').field).toBe('institutionId');
  });
});
