import { testEngines } from '@stelsel/db-kit/testing';
import { expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './graphql.ts';
import { ALBEDA, placementsSubgraph, USER_ERROR, ZADKINE } from './support.ts';

const CORRECT = graphql(
  `mutation Correct($id: ID!, $born: Date!) {
    correctStudentDateOfBirth(studentId: $id, dateOfBirth: $born) {
      __typename ... on Student { id dateOfBirth } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const LEAVE = graphql(
  `mutation Leave($id: ID!, $on: Date) {
    recordStudentLeaving(studentId: $id, leftOn: $on) { __typename ... on Student { id leftOn } ...UserErrorFields }
  }`,
  [USER_ERROR],
);

const STUDENT = `${ZADKINE}-s001`;

describe.each(testEngines())('corrections to a student’s enrolment on %s', (engine) => {
  const placements = placementsSubgraph(engine);
  const events = () =>
    placements.db
      .selectFrom('outbox')
      .select(['type', 'payload'])
      .where('aggregate_id', '=', STUDENT)
      .where('type', '=', 'StudentRecorded')
      .orderBy('sequence')
      .execute();

  it('every seeded student is announced once, without name', async () => {
    const announced = await events();
    expect(announced).toHaveLength(1);
    expect(Object.keys(announced[0]?.payload as object).sort()).toEqual(
      ['cohort', 'dateOfBirth', 'institutionId', 'leftOn', 'level', 'pathway', 'programme', 'studentId'].sort(),
    );
  });

  it('the own institution corrects a date of birth; the correction is announced in the same transaction', async () => {
    const result = await placements.execute(placements.as('institution', ZADKINE), CORRECT, {
      id: STUDENT,
      born: '2007-09-01',
    });
    expect(expectType(result.data?.correctStudentDateOfBirth, 'Student').dateOfBirth).toBe('2007-09-01');
    const announced = await events();
    expect(announced).toHaveLength(2);
    expect(announced[1]?.payload).toMatchObject({ studentId: STUDENT, dateOfBirth: '2007-09-01', leftOn: null });
  });

  it('records leaving and announces it', async () => {
    const result = await placements.execute(placements.as('institution', ZADKINE), LEAVE, {
      id: STUDENT,
      on: '2026-01-31',
    });
    expect(expectType(result.data?.recordStudentLeaving, 'Student').leftOn).toBe('2026-01-31');
    expect((await events()).at(-1)?.payload).toMatchObject({ leftOn: '2026-01-31' });
  });

  it('refuses another institution (NotAllowedError), a student (FORBIDDEN) and an impossible date', async () => {
    const before = (await events()).length;
    const other = await placements.execute(placements.as('institution', ALBEDA), CORRECT, {
      id: STUDENT,
      born: '2008-01-01',
    });
    expect(expectType(other.data?.correctStudentDateOfBirth, 'NotAllowedError').field).toBe('studentId');
    const student = await placements.execute(placements.as('student', ZADKINE, STUDENT), CORRECT, {
      id: STUDENT,
      born: '2008-01-01',
    });
    expect(student.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const future = await placements.execute(placements.as('institution', ZADKINE), CORRECT, {
      id: STUDENT,
      born: '2099-01-01',
    });
    expect(expectType(future.data?.correctStudentDateOfBirth, 'InputError').field).toBe('dateOfBirth');
    const missing = await placements.execute(placements.as('institution', ZADKINE), CORRECT, {
      id: 'nobody',
      born: '2008-01-01',
    });
    expect(expectType(missing.data?.correctStudentDateOfBirth, 'NotFoundError').field).toBe('studentId');
    const leaveOther = await placements.execute(placements.as('institution', ALBEDA), LEAVE, { id: STUDENT, on: null });
    expect(expectType(leaveOther.data?.recordStudentLeaving, 'NotAllowedError').field).toBe('studentId');
    expect(await events()).toHaveLength(before);
  });
});
