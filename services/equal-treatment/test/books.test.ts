import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { dutchToday } from '../src/domain/calendar-day.ts';
import { schoolYearOf } from '../src/domain/school-year.ts';
import { graphql } from './graphql.ts';
import { ALBEDA, announceStudent, equalTreatmentSubgraph, USER_ERROR, ZADKINE } from './support.ts';

const YEAR = schoolYearOf(dutchToday());
const START = Number(YEAR.slice(0, 4));
/** Under 18 on 1 September of this school year, and 18 already. */
const YOUNG = `${START - 16}-02-02`;
const OLD = `${START - 19}-02-02`;

const ENTITY = graphql(`
  query StudentBooks($r: [_Any!]!, $year: String!) {
    _entities(representations: $r) {
      ... on Student { id basicSkillsBooks(schoolYear: $year) { entitled reason notYetProvided provisions { subject kind providedOn } } }
    }
  }
`);
const OF_INSTITUTION = graphql(`
  query InstitutionBooks($id: ID!, $year: String!) {
    basicSkillsBooksOfInstitution(institutionId: $id, schoolYear: $year) { student { id } entitled notYetProvided }
  }
`);
const LIST_WITH_PROVISIONS = graphql(`
  query InstitutionBooksFull($id: ID!, $year: String!) {
    basicSkillsBooksOfInstitution(institutionId: $id, schoolYear: $year) {
      student { id studentCard { cardNumber } refundRequests { id } }
      entitled reason notYetProvided provisions { subject }
    }
  }
`);
const RECORD = graphql(
  `mutation Record($id: ID!, $year: String!, $subject: BasicSkill!, $kind: BookProvisionKind!, $on: Date!, $key: IdempotencyKey!) {
    recordBookProvision(studentId: $id, schoolYear: $year, subject: $subject, kind: $kind, providedOn: $on, idempotencyKey: $key) {
      __typename ... on BookProvision { id subject kind } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);

const ENTITLED = `${ZADKINE}-b001`;
const ADULT = `${ZADKINE}-b002`;
const VAVO = `${ZADKINE}-b003`;
const OTHER = `${ALBEDA}-b001`;

describe.each(testEngines())('free basic-skills books on %s', (engine) => {
  const et = equalTreatmentSubgraph(engine, async (db) => {
    await announceStudent(db, ENTITLED, ZADKINE, { dateOfBirth: YOUNG });
    await announceStudent(db, ADULT, ZADKINE, { dateOfBirth: OLD });
    await announceStudent(db, VAVO, ZADKINE, { dateOfBirth: YOUNG, programme: 'VAVO' });
    await announceStudent(db, OTHER, ALBEDA, { dateOfBirth: YOUNG });
  });
  const school = () => et.as('institution', ZADKINE);
  const record = (id: string, subject: 'TAAL' | 'REKENEN' | 'BURGERSCHAP', key = randomUUID(), as = school()) =>
    et.execute(as, RECORD, { id, year: YEAR, subject, kind: 'LICENCE', on: dutchToday(), key });
  const books = (id: string, as = school(), year = YEAR) =>
    et.execute(as, ENTITY, { r: [{ __typename: 'Student', id }], year });

  it('the school lists its students with their entitlement, never another school’s', async () => {
    const own = await et.execute(school(), OF_INSTITUTION, { id: ZADKINE, year: YEAR });
    const list = own.data?.basicSkillsBooksOfInstitution ?? [];
    expect(list.map((b) => [b.student.id, b.entitled])).toEqual([
      [ENTITLED, true],
      [ADULT, false],
      [VAVO, false],
    ]);
    expect(list[0]?.notYetProvided).toEqual(['TAAL', 'REKENEN', 'BURGERSCHAP']);
    expect(list[1]?.notYetProvided).toEqual([]);
    const other = await et.execute(et.as('institution', ALBEDA), OF_INSTITUTION, { id: ZADKINE, year: YEAR });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const student = await et.execute(et.as('student', ZADKINE, ENTITLED), OF_INSTITUTION, { id: ZADKINE, year: YEAR });
    expect(student.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await et.execute(school(), OF_INSTITUTION, { id: ZADKINE, year: '2025/26' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolYear' });
  });

  it('records a provision once per key and subject; the student sees it and what is still missing', async () => {
    const key = randomUUID();
    const first = expectType((await record(ENTITLED, 'TAAL', key)).data?.recordBookProvision, 'BookProvision');
    const retry = expectType((await record(ENTITLED, 'TAAL', key)).data?.recordBookProvision, 'BookProvision');
    expect(retry.id).toBe(first.id);
    const again = await record(ENTITLED, 'TAAL');
    expect(expectType(again.data?.recordBookProvision, 'ConflictError').field).toBe('subject');
    const own = (await books(ENTITLED, et.as('student', ZADKINE, ENTITLED))).data?._entities?.[0];
    expect(own).toMatchObject({
      id: ENTITLED,
      basicSkillsBooks: {
        entitled: true,
        notYetProvided: ['REKENEN', 'BURGERSCHAP'],
        provisions: [{ subject: 'TAAL', kind: 'LICENCE' }],
      },
    });
  });

  it('refuses a provision for a student without the right, naming the field and the reason', async () => {
    const adult = expectType((await record(ADULT, 'REKENEN')).data?.recordBookProvision, 'InputError');
    expect(adult.field).toBe('studentId');
    expect(adult.message).toContain('18 jaar of ouder');
    const vavo = expectType((await record(VAVO, 'REKENEN')).data?.recordBookProvision, 'InputError');
    expect(vavo.message).toContain('vavo');
    const year = await et.execute(school(), RECORD, {
      id: ENTITLED,
      year: '2025-2027',
      subject: 'REKENEN',
      kind: 'BOOK',
      on: dutchToday(),
      key: randomUUID(),
    });
    expect(expectType(year.data?.recordBookProvision, 'InputError').field).toBe('schoolYear');
    const future = await et.execute(school(), RECORD, {
      id: ENTITLED,
      year: YEAR,
      subject: 'REKENEN',
      kind: 'BOOK',
      on: `${START + 1}-08-31`,
      key: randomUUID(),
    });
    expect(expectType(future.data?.recordBookProvision, 'InputError').field).toBe('providedOn');
  });

  it('refuses another institution’s student (NotAllowedError), a student recording (FORBIDDEN), an unknown student', async () => {
    const other = await record(OTHER, 'TAAL');
    expect(expectType(other.data?.recordBookProvision, 'NotAllowedError').field).toBe('studentId');
    const asStudent = await record(ENTITLED, 'REKENEN', randomUUID(), et.as('student', ZADKINE, ENTITLED));
    expect(asStudent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await record(`${ZADKINE}-x999`, 'TAAL');
    expect(expectType(unknown.data?.recordBookProvision, 'NotFoundError').field).toBe('studentId');
    const rows = await et.db.selectFrom('book_provision').select('student_id').execute();
    expect(rows.map((r) => r.student_id)).toEqual([ENTITLED]);
  });

  it('Student.basicSkillsBooks: the student themself and the own institution only', async () => {
    const otherStudent = await books(ENTITLED, et.as('student', ZADKINE, ADULT));
    expect(otherStudent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherSchool = await books(ENTITLED, et.as('institution', ALBEDA));
    expect(otherSchool.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['ministry', 'municipality', 'partner', 'company', 'sbb'] as const) {
      const answer = await books(ENTITLED, et.as(role));
      expect(answer.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const adult = (await books(ADULT, et.as('student', ZADKINE, ADULT))).data?._entities?.[0];
    expect(adult).toMatchObject({ basicSkillsBooks: { entitled: false, provisions: [], notYetProvided: [] } });
  });

  it('answers a school’s whole list with the same number of statements, however many students', async () => {
    const count = async () => {
      const counted = et.countQueries();
      const answer = await et.execute(school(), LIST_WITH_PROVISIONS, { id: ZADKINE, year: YEAR });
      counted.done();
      expect(answer.errors).toBeUndefined();
      return { statements: counted.count(), rows: answer.data?.basicSkillsBooksOfInstitution?.length ?? 0 };
    };
    const before = await count();
    for (let i = 10; i < 18; i++) await announceStudent(et.db, `${ZADKINE}-n0${i}`, ZADKINE, { dateOfBirth: YOUNG });
    const after = await count();
    expect(after.rows).toBe(before.rows + 8);
    expect(after.statements).toBe(before.statements);
    // Students, provisions, subjects still open, cards, refunds: one statement each.
    expect(after.statements).toBe(5);
  });

  it('a corrected date of birth from placements changes the entitlement with no step here', async () => {
    await announceStudent(et.db, ADULT, ZADKINE, { dateOfBirth: YOUNG });
    const corrected = (await books(ADULT)).data?._entities?.[0];
    expect(corrected).toMatchObject({ basicSkillsBooks: { entitled: true } });
    expect(expectType((await record(ADULT, 'BURGERSCHAP')).data?.recordBookProvision, 'BookProvision').subject).toBe(
      'BURGERSCHAP',
    );
  });
});
