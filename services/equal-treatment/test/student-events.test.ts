import { randomBytes } from 'node:crypto';
import { createFeedConsumer, serveEventFeed } from '@stelsel/events';
import { createPlacementsContext } from '@stelsel/placements/context';
import { migrations as placementsMigrations } from '@stelsel/placements/db/migrations';
import type { PlacementsDatabase } from '@stelsel/placements/db/types';
import { schema as placementsSchema } from '@stelsel/placements/schema';
import { seedPlacements } from '@stelsel/placements/seed';
import { createSubgraphHarness } from '@stelsel/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
  const placements = createSubgraphHarness<PlacementsDatabase, ReturnType<typeof createPlacementsContext>>({
    name: 'placements',
    schema: placementsSchema,
    migrations: placementsMigrations,
    createContext: createPlacementsContext,
    seed: (db) => seedPlacements(db),
    setupTimeout: 60_000,
  });
  const et = equalTreatmentSubgraph('pglite');
  const secret = randomBytes(24).toString('hex');
  let stop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const feed = await serveEventFeed({ source: 'placements', db: placements.db, secret, port: 0 });
    const consumer = createFeedConsumer({
      consumer: 'equal-treatment',
      db: et.db,
      feedUrl: feed.url,
      secret,
      handler: studentProfiles,
      intervalMs: 50,
    });
    consumer.start();
    stop = async () => {
      await consumer.stop();
      await feed.close();
    };
  }, 60_000);
  afterAll(() => stop());

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
