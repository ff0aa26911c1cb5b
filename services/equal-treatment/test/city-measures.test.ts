import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { MUNICIPALITIES } from '@stelsel/reference-data';
import { errorCodes, expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { dutchToday } from '../src/domain/calendar-day.ts';
import { seedEqualTreatment } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { ALBEDA, announceStudent, equalTreatmentSubgraph, USER_ERROR, ZADKINE } from './support.ts';

const THIS_YEAR = Number(dutchToday().slice(0, 4));
const LAST_YEAR = THIS_YEAR - 1;
const ROTTERDAM = '0599';
const UTRECHT = '0344';
const STUDENT = `${ZADKINE}-city-1`;

const RECORD_WEEK = graphql(
  `mutation RecordWeek($code: CbsCode!, $year: Int!, $status: IntroWeekStatus!, $participants: Int, $organiser: String, $key: IdempotencyKey!) {
    recordIntroWeek(municipalityCode: $code, year: $year, status: $status, organiser: $organiser,
      participants: $participants, note: "Open voor alle mbo-studenten.", idempotencyKey: $key) {
      __typename ... on IntroWeek { year status openToMbo organiser participants source } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const WEEK = graphql(`
  query Week($code: CbsCode!, $year: Int!) {
    municipality(code: $code) {
      introWeek(year: $year) { status organiser participants note source contributions { institution { id } amount } }
      studentSport(year: $year) { access openToMbo facilities conditions openFrom source }
    }
  }
`);
const RECORD_SPORT = graphql(
  `mutation RecordSport($code: CbsCode!, $year: Int!, $access: StudentSportAccess!, $facilities: [String!]!, $from: Date, $key: IdempotencyKey!) {
    recordStudentSport(municipalityCode: $code, year: $year, access: $access, facilities: $facilities,
      conditions: "Met een geldige studentenkaart.", openFrom: $from, idempotencyKey: $key) {
      __typename ... on StudentSport { access facilities openFrom } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const CONTRIBUTE = graphql(
  `mutation Contribute($code: CbsCode!, $year: Int!, $institution: ID!, $amount: Money!, $key: IdempotencyKey!) {
    recordIntroWeekContribution(municipalityCode: $code, year: $year, institutionId: $institution, amount: $amount, idempotencyKey: $key) {
      __typename ... on IntroWeekContribution { institution { id } amount year } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const WITHDRAW = graphql(
  `mutation Withdraw($code: CbsCode!, $year: Int!, $institution: ID!) {
    withdrawIntroWeekContribution(municipalityCode: $code, year: $year, institutionId: $institution) {
      __typename ... on IntroWeekContribution { amount } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const OWN_CONTRIBUTIONS = graphql(`
  query OwnContributions($r: [_Any!]!) {
    _entities(representations: $r) { ... on Institution { introWeekContributions { municipality { code } year amount } } }
  }
`);
const OVERVIEW = graphql(`
  query Overview($year: Int!) {
    equalTreatmentOverview(year: $year) {
      year schoolYear
      introWeek { status count previousYear }
      studentSport { access count previousYear }
      cities { municipality { code name latitude longitude } introWeek introWeekLastYear introWeekOpenToMbo participants studentSport studentSportOpenToMbo }
      studentMeasures { entitledStudents { count suppressed } }
    }
  }
`);
const STUDY_CITY = graphql(`
  query StudyCity($r: [_Any!]!, $year: Int!) {
    _entities(representations: $r) { ... on Student { studyCity { code name introWeek(year: $year) { openToMbo } } } }
  }
`);

describe.each(testEngines())('a city’s intro week, student sport and contributions on %s', (engine) => {
  const et = equalTreatmentSubgraph(engine, async (db) => {
    await seedEqualTreatment(db);
    await announceStudent(db, STUDENT, ZADKINE);
  });
  const rotterdam = () => et.as('municipality', ROTTERDAM);
  const record = (
    vars: { code?: string; year?: number; status?: 'OPEN' | 'IN_TALKS'; participants?: number | null; key?: string },
    as = rotterdam(),
  ) =>
    et.execute(as, RECORD_WEEK, {
      code: vars.code ?? ROTTERDAM,
      year: vars.year ?? THIS_YEAR,
      status: vars.status ?? 'OPEN',
      participants: vars.participants ?? null,
      organiser: 'Gemeente Rotterdam',
      key: vars.key ?? randomUUID(),
    });

  it('a municipality opens its own intro week this year; everyone reads it; last year stays as it was', async () => {
    const before = (await et.execute(et.as('partner'), WEEK, { code: ROTTERDAM, year: LAST_YEAR })).data?.municipality;
    const week = expectType((await record({ participants: 640 })).data?.recordIntroWeek, 'IntroWeek');
    expect(week).toMatchObject({ year: THIS_YEAR, status: 'OPEN', openToMbo: true, participants: 640, source: null });
    const read = (await et.execute(et.as('partner'), WEEK, { code: ROTTERDAM, year: THIS_YEAR })).data?.municipality;
    expect(read?.introWeek).toMatchObject({ status: 'OPEN', organiser: 'Gemeente Rotterdam', participants: 640 });
    const after = (await et.execute(et.as('student'), WEEK, { code: ROTTERDAM, year: LAST_YEAR })).data?.municipality;
    expect(after).toEqual(before);
  });

  it('a retry with the same key changes nothing; the same key for another status is refused', async () => {
    const key = randomUUID();
    expectType((await record({ status: 'IN_TALKS', key })).data?.recordIntroWeek, 'IntroWeek');
    expectType((await record({ status: 'IN_TALKS', key })).data?.recordIntroWeek, 'IntroWeek');
    expect(expectType((await record({ status: 'OPEN', key })).data?.recordIntroWeek, 'InputError').field).toBe(
      'idempotencyKey',
    );
  });

  it('refuses another city, other roles, a year beyond the next or before last year, and a negative count', async () => {
    expect(expectType((await record({ code: UTRECHT })).data?.recordIntroWeek, 'NotAllowedError').field).toBe(
      'municipalityCode',
    );
    for (const role of ['institution', 'student', 'ministry', 'partner', 'company', 'sbb'] as const) {
      expect(errorCodes(await record({}, et.as(role)))).toEqual(['FORBIDDEN']);
    }
    const beyond = expectType((await record({ year: THIS_YEAR + 2 })).data?.recordIntroWeek, 'InputError');
    expect(beyond).toMatchObject({
      field: 'year',
      message: `U kunt hoogstens voor volgend jaar (${THIS_YEAR + 1}) iets vastleggen.`,
    });
    expectType((await record({ year: THIS_YEAR + 1, status: 'IN_TALKS' })).data?.recordIntroWeek, 'IntroWeek');
    const history = expectType((await record({ year: LAST_YEAR - 1 })).data?.recordIntroWeek, 'InputError');
    expect(history.field).toBe('year');
    expect(history.message).toMatch(/afgesloten/);
    const negative = expectType((await record({ participants: -1 })).data?.recordIntroWeek, 'InputError');
    expect(negative).toMatchObject({ field: 'participants', message: 'Het aantal deelnemers kan niet negatief zijn.' });
  });

  it('keeps a record from a published source as the source says it', async () => {
    await et.db
      .insertInto('intro_week')
      .values({
        municipality_code: '0772',
        year: LAST_YEAR,
        status: 'NOT_YET',
        note: 'Uit de bron.',
        source: 'Kamerstuk X',
      })
      .onConflict((oc) => oc.columns(['municipality_code', 'year']).doUpdateSet({ source: 'Kamerstuk X' }))
      .execute();
    const refused = await record({ code: '0772', year: LAST_YEAR }, et.as('municipality', '0772'));
    expect(expectType(refused.data?.recordIntroWeek, 'InputError').message).toMatch(/Kamerstuk X/);
    const utrecht2023 = (await et.execute(et.as('partner'), WEEK, { code: UTRECHT, year: 2023 })).data?.municipality;
    expect(utrecht2023?.introWeek).toMatchObject({ status: 'OPEN', source: expect.stringContaining('Kamerstuk') });
    expect(utrecht2023?.studentSport).toMatchObject({
      access: 'PILOT',
      openToMbo: true,
      source: expect.stringContaining('Kamerstuk'),
    });
  });

  it('records student sport with its facilities and checks the combination', async () => {
    const sport = (access: 'OPEN' | 'PILOT' | 'NOT_OPEN', facilities: string[], from: string | null) =>
      et.execute(rotterdam(), RECORD_SPORT, {
        code: ROTTERDAM,
        year: THIS_YEAR,
        access,
        facilities,
        from,
        key: randomUUID(),
      });
    const pilot = expectType(
      (await sport('PILOT', [' Sportcentrum Woudestein ', ''], `${THIS_YEAR}-09-01`)).data?.recordStudentSport,
      'StudentSport',
    );
    expect(pilot).toEqual({
      __typename: 'StudentSport',
      access: 'PILOT',
      facilities: ['Sportcentrum Woudestein'],
      openFrom: `${THIS_YEAR}-09-01`,
    });
    expect(expectType((await sport('OPEN', [], null)).data?.recordStudentSport, 'InputError').field).toBe('facilities');
    expect(
      expectType((await sport('NOT_OPEN', [], `${THIS_YEAR}-09-01`)).data?.recordStudentSport, 'InputError').field,
    ).toBe('openFrom');
    expect(
      expectType((await sport('OPEN', ['Hal'], `${THIS_YEAR + 1}-01-01`)).data?.recordStudentSport, 'InputError').field,
    ).toBe('openFrom');
    const read = (await et.execute(et.as('partner'), WEEK, { code: ROTTERDAM, year: THIS_YEAR })).data?.municipality;
    expect(read?.studentSport).toMatchObject({
      access: 'PILOT',
      openToMbo: true,
      conditions: 'Met een geldige studentenkaart.',
    });
    const other = await et.execute(et.as('municipality', UTRECHT), RECORD_SPORT, {
      code: ROTTERDAM,
      year: THIS_YEAR,
      access: 'OPEN',
      facilities: ['Hal'],
      from: null,
      key: randomUUID(),
    });
    expect(expectType(other.data?.recordStudentSport, 'NotAllowedError').field).toBe('municipalityCode');
  });

  it('an institution records its own contribution, the city may record any institution’s, nobody else', async () => {
    const contribute = (as: ReturnType<typeof rotterdam>, institution: string, amount: string, code = ROTTERDAM) =>
      et.execute(as, CONTRIBUTE, { code, year: THIS_YEAR, institution, amount, key: randomUUID() });
    const zadkine = et.as('institution', ZADKINE);
    expect(
      expectType(
        (await contribute(zadkine, ZADKINE, '8000.00')).data?.recordIntroWeekContribution,
        'IntroWeekContribution',
      ),
    ).toMatchObject({ amount: '8000.00', year: THIS_YEAR });
    expectType(
      (await contribute(rotterdam(), ALBEDA, '4000.00')).data?.recordIntroWeekContribution,
      'IntroWeekContribution',
    );
    expect(
      expectType((await contribute(zadkine, ALBEDA, '1.00')).data?.recordIntroWeekContribution, 'NotAllowedError')
        .field,
    ).toBe('institutionId');
    expect(
      expectType(
        (await contribute(et.as('municipality', UTRECHT), ZADKINE, '1.00')).data?.recordIntroWeekContribution,
        'NotAllowedError',
      ).field,
    ).toBe('institutionId');
    expect(errorCodes(await contribute(et.as('student'), ZADKINE, '1.00'))).toEqual(['FORBIDDEN']);
    expect(
      expectType((await contribute(zadkine, ZADKINE, '-5.00')).data?.recordIntroWeekContribution, 'InputError').field,
    ).toBe('amount');
    expect(
      expectType(
        (await contribute(rotterdam(), 'roc-bestaat-niet', '5.00')).data?.recordIntroWeekContribution,
        'NotFoundError',
      ).field,
    ).toBe('institutionId');
    // A second record replaces the amount.
    await contribute(zadkine, ZADKINE, '9000.00');
    const read = (await et.execute(et.as('partner'), WEEK, { code: ROTTERDAM, year: THIS_YEAR })).data?.municipality;
    expect(read?.introWeek?.contributions).toEqual(
      expect.arrayContaining([
        { institution: { id: ZADKINE }, amount: '9000.00' },
        { institution: { id: ALBEDA }, amount: '4000.00' },
      ]),
    );
    const own = await et.execute(zadkine, OWN_CONTRIBUTIONS, { r: [{ __typename: 'Institution', id: ZADKINE }] });
    expect(own.data?._entities?.[0]).toMatchObject({
      introWeekContributions: expect.arrayContaining([
        { municipality: { code: ROTTERDAM }, year: THIS_YEAR, amount: '9000.00' },
      ]),
    });
    const others = await et.execute(et.as('institution', ALBEDA), OWN_CONTRIBUTIONS, {
      r: [{ __typename: 'Institution', id: ZADKINE }],
    });
    expect(errorCodes(others)).toEqual(['FORBIDDEN']);
    const withdrawn = await et.execute(zadkine, WITHDRAW, { code: ROTTERDAM, year: THIS_YEAR, institution: ZADKINE });
    expect(expectType(withdrawn.data?.withdrawIntroWeekContribution, 'IntroWeekContribution').amount).toBe('9000.00');
    const again = await et.execute(zadkine, WITHDRAW, { code: ROTTERDAM, year: THIS_YEAR, institution: ZADKINE });
    expectType(again.data?.withdrawIntroWeekContribution, 'NotFoundError');
  });

  it('the national overview counts every city per status, this year against last year, for anyone', async () => {
    expectType((await record({ status: 'OPEN' })).data?.recordIntroWeek, 'IntroWeek');
    const result = await et.execute(et.as('partner'), OVERVIEW, { year: THIS_YEAR });
    expect(result.errors).toBeUndefined();
    const overview = result.data?.equalTreatmentOverview;
    expect(overview?.schoolYear).toBe(`${THIS_YEAR}-${THIS_YEAR + 1}`);
    expect(overview?.cities).toHaveLength(MUNICIPALITIES.length);
    const total = (rows: { count: number; previousYear: number }[] | undefined, key: 'count' | 'previousYear') =>
      (rows ?? []).reduce((sum, r) => sum + r[key], 0);
    expect(total(overview?.introWeek, 'count')).toBe(MUNICIPALITIES.length);
    expect(total(overview?.introWeek, 'previousYear')).toBe(MUNICIPALITIES.length);
    expect(total(overview?.studentSport, 'count')).toBe(MUNICIPALITIES.length);
    const cities = overview?.cities ?? [];
    const open = cities.filter((c) => c.introWeek === 'OPEN').length;
    expect(overview?.introWeek.find((c) => c.status === 'OPEN')?.count).toBe(open);
    const rotterdamRow = cities.find((c) => c.municipality.code === ROTTERDAM);
    expect(rotterdamRow).toMatchObject({
      introWeek: 'OPEN',
      introWeekOpenToMbo: true,
      municipality: { name: 'Rotterdam', latitude: 51.924, longitude: 4.478 },
    });
    const lastYear = await et.execute(et.as('partner'), WEEK, { code: ROTTERDAM, year: LAST_YEAR });
    expect(rotterdamRow?.introWeekLastYear ?? null).toBe(lastYear.data?.municipality?.introWeek?.status ?? null);
    expect(overview?.studentMeasures.entitledStudents).toBeDefined();
    const bad = await et.execute(et.as('partner'), OVERVIEW, { year: 1999 });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('year');
  });

  it('a student sees the city where they study, and only themself', async () => {
    const own = await et.execute(et.as('student', ZADKINE, STUDENT), STUDY_CITY, {
      r: [{ __typename: 'Student', id: STUDENT }],
      year: THIS_YEAR,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities?.[0]).toMatchObject({ studyCity: { code: ROTTERDAM, name: 'Rotterdam' } });
    const other = await et.execute(et.as('student', ZADKINE, `${ZADKINE}-someone-else`), STUDY_CITY, {
      r: [{ __typename: 'Student', id: STUDENT }],
      year: THIS_YEAR,
    });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });
});
