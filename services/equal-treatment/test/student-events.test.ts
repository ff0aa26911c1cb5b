import { placementsFeedTo } from '@stelsel/placements/testing/event-feed';
import { describe, expect, it, vi } from 'vitest';
import { dutchToday } from '../src/domain/calendar-day.ts';
import { schoolYearOf } from '../src/domain/school-year.ts';
import { studentProfiles } from '../src/events/student-profiles.ts';
import { graphql } from './graphql.ts';
import { equalTreatmentSubgraph, ZADKINE } from './support.ts';

const YEAR = schoolYearOf(dutchToday());
const START = Number(YEAR.slice(0, 4));
const STUDENT = `${ZADKINE}-s001`;

const BOOKS = graphql(`
  query Books($r: [_Any!]!, $year: String!) {
    _entities(representations: $r) { ... on Student { basicSkillsBooks(schoolYear: $year) { entitled reason } } }
  }
`);
// placements' own operation, in placements' schema (not this subgraph's typed documents).
const CORRECT = `mutation ($id: ID!, $born: Date!) {
  correctStudentDateOfBirth(studentId: $id, dateOfBirth: $born) { __typename ... on Student { dateOfBirth } }
}`;

/**
 * The whole way, as in production: placements (seeded, real schema) serves its outbox as the loopback feed;
 * equal-treatment's consumer polls it on its own. A correction in placements shows in the entitlement with
 * no step in equal-treatment.
 */
describe('placements’ date of birth reaches the book entitlement by itself', () => {
  const et = equalTreatmentSubgraph('pglite');
  const placements = placementsFeedTo({
    consumer: 'equal-treatment',
    consumerDb: () => et.db,
    handler: studentProfiles,
  });

  const entitlement = async () =>
    (
      await et.execute(et.as('institution', ZADKINE), BOOKS, {
        r: [{ __typename: 'Student', id: STUDENT }],
        year: YEAR,
      })
    ).data?._entities?.[0];

  it('every seeded student arrives, and each correction follows', async () => {
    const seeded = await placements.db.selectFrom('student').select('id').execute();
    await vi.waitFor(
      async () => {
        const n = await et.db
          .selectFrom('student_profile')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirst();
        expect(Number(n?.n)).toBe(seeded.length);
      },
      { timeout: 20_000, interval: 100 },
    );

    for (const [born, entitled] of [
      [`${START - 19}-08-31`, false],
      [`${START - 18}-09-01`, true],
      [`${START - 18}-08-31`, false],
    ] as const) {
      const corrected = await placements.executeText(placements.as('institution', ZADKINE), CORRECT, {
        id: STUDENT,
        born,
      });
      expect(corrected.data).toEqual({ correctStudentDateOfBirth: { __typename: 'Student', dateOfBirth: born } });
      await vi.waitFor(async () => expect(await entitlement()).toMatchObject({ basicSkillsBooks: { entitled } }), {
        timeout: 10_000,
        interval: 50,
      });
    }
    const profile = await et.db
      .selectFrom('student_profile')
      .selectAll()
      .where('student_id', '=', STUDENT)
      .executeTakeFirst();
    expect(Object.keys(profile ?? {})).not.toContain('given_name');
  }, 60_000);
});
