import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { expectType } from '@stelsel/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { checkFeasible, isStable } from '../src/domain/matching-check.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { MAX_ROUND_STUDENTS, REAL_INSTITUTION, seedRound } from '../src/seed/scale-round.ts';
import { graphql } from './graphql.ts';
import { placementsSubgraph, USER_ERROR } from './support.ts';

const STUDENTS = REAL_INSTITUTION.students;
const INSTITUTION = REAL_INSTITUTION.institution;

const RUN = graphql(`
  mutation RunLarge($id: ID!) {
    runMatchingRound(roundId: $id, seed: 2026) {
      __typename ... on MatchingRound { status progress { students matched unmatched } }
    }
  }
`);
const CREATE = graphql(
  `mutation CreateLarge($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
    createMatchingRound(input: $input, idempotencyKey: $key) {
      __typename ... on MatchingRound { id progress { students } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);

describe.each(testEngines())('a stagematching round of a large institution on %s', (engine) => {
  let roundId = '';
  const placements = placementsSubgraph(engine, {
    seed: async (db) => {
      await seedPlacements(db);
      // The same round as the gateway benchmark (pnpm --filter @stelsel/bench bench:round).
      ({ roundId } = await seedRound(db, REAL_INSTITUTION));
    },
    setupTimeout: 120_000,
  });
  const { execute } = placements;
  const docent = () => placements.as('institution', INSTITUTION, 'docent-albeda');

  it(`runs ${STUDENTS} students with 10 choices each well within budget, within every capacity`, async ({
    annotate,
  }) => {
    // One warm-up run (query plans, JIT), then the measured run; a rerun replaces the results.
    await execute(docent(), RUN, { id: roundId });
    const started = performance.now();
    const result = await execute(docent(), RUN, { id: roundId });
    const elapsed = performance.now() - started;
    await annotate(`runMatchingRound, ${STUDENTS} studenten: ${elapsed.toFixed(0)} ms (${engine})`);
    expect(result.errors).toBeUndefined();
    const ran = expectType(result.data?.runMatchingRound, 'MatchingRound');
    expect(ran.status).toBe('RUN');
    expect(ran.progress.students).toBe(STUDENTS);
    expect(ran.progress.matched).toBeGreaterThan(STUDENTS / 2);
    // The target is < 1 s (issue 4; alone it takes ~150 ms, see the annotation). The test budget is
    // far from noise, because the full suite runs many tasks at once on two cores.
    expect(elapsed).toBeLessThan(5000);

    const over = await sql<{ id: string }>`
      select p.id from place p join round_result r on r.place_id = p.id and r.round_id = ${roundId}
      group by p.id, p.capacity having count(*) > p.capacity`.execute(placements.db);
    expect(over.rows).toEqual([]);
  });

  it(`creates a round of all ${STUDENTS} students through the mutation, and refuses more than the maximum`, async () => {
    // Students not in the benchmark round yet: a student takes part in one open round at a time.
    const studentIds = Array.from({ length: STUDENTS }, (_, i) => `${INSTITUTION}-z${String(i).padStart(4, '0')}`);
    for (let start = 0; start < STUDENTS; start += 1000) {
      await placements.db
        .insertInto('student')
        .values(
          studentIds.slice(start, start + 1000).map((id) => ({
            id,
            institution_id: INSTITUTION,
            given_name: 'Groot',
            family_name: id,
            qualification_crebo: '25491',
            level: 3,
            pathway: 'BOL' as const,
            cohort: 2026,
            date_of_birth: '2009-09-01',
          })),
        )
        .execute();
    }
    const input = (ids: string[]) => ({
      key: randomUUID(),
      input: {
        name: 'Kopgroep, alle eerstejaars',
        periodStart: '2026-01-01',
        periodEnd: '2026-07-31',
        studentIds: ids,
      },
    });
    const created = await execute(docent(), CREATE, input(studentIds));
    expect(created.errors).toBeUndefined();
    expect(created.data?.createMatchingRound).toMatchObject({
      __typename: 'MatchingRound',
      progress: { students: STUDENTS },
    });
    const tooMany = Array.from({ length: MAX_ROUND_STUDENTS + 1 }, (_, i) => `${INSTITUTION}-y${i}`);
    const refused = await execute(docent(), CREATE, input(tooMany));
    expect(refused.data?.createMatchingRound).toMatchObject({ __typename: 'InputError', field: 'studentIds' });
  });

  it('stores a stable result: no student and place that both prefer each other to what they got', async () => {
    const db = placements.db;
    const [places, choices, results] = await Promise.all([
      db.selectFrom('place').select(['id', 'capacity']).where('id', 'like', 'scale-p%').orderBy('id').execute(),
      db
        .selectFrom('round_choice')
        .select(['student_id', 'place_id'])
        .where('round_id', '=', roundId)
        .orderBy('student_id')
        .orderBy('rank')
        .execute(),
      db
        .selectFrom('round_result')
        .select(['student_id', 'place_id', 'lottery'])
        .where('round_id', '=', roundId)
        .orderBy('student_id')
        .execute(),
    ]);
    const placeIndex = new Map(places.map((p, i) => [p.id, i]));
    const studentIndex = new Map(results.map((r, i) => [r.student_id, i]));
    const lists: number[][] = results.map(() => []);
    for (const c of choices) lists[studentIndex.get(c.student_id) ?? -1]?.push(placeIndex.get(c.place_id) ?? -1);
    const choiceOffsets = new Uint32Array(results.length + 1);
    lists.forEach((list, i) => {
      choiceOffsets[i + 1] = (choiceOffsets[i] ?? 0) + list.length;
    });
    const input = {
      students: results.length,
      places: places.length,
      capacity: Uint32Array.from(places, (p) => p.capacity),
      choiceOffsets,
      choices: Uint32Array.from(lists.flat()),
    };
    const outcome = {
      assignment: Int32Array.from(results, (r) => (r.place_id === null ? -1 : (placeIndex.get(r.place_id) ?? -2))),
      lottery: Uint32Array.from(results, (r) => r.lottery),
    };
    expect(checkFeasible(input, outcome)).toEqual([]);
    expect(isStable(input, outcome, 5)).toEqual([]);
  });
});
