import { createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer } from '@stelsel/graphql-kit';
import { caller, createExecutor } from '@stelsel/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { seedPlacements } from '../src/db/seed.ts';
import { seededRandom } from '../src/db/seed-random.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { checkFeasible, isStable } from '../src/domain/matching-check.ts';
import { schema } from '../src/schema/schema.ts';

const INSTITUTION = 'albeda-college';
const STUDENTS = 3000;
const PLACES = 400;
/** Qualifications with the demo companies accredited for them (Zorggroep Maasstad, Thuiszorg Het Groene Hart, Ziekenhuis Waalzicht). */
const TRACKS = [
  { crebo: '25491', level: 3, companies: ['kvk-90000001', 'kvk-90000005'] },
  { crebo: '25655', level: 4, companies: ['kvk-90000001', 'kvk-90000007'] },
  { crebo: '25498', level: 2, companies: ['kvk-90000001', 'kvk-90000005'] },
] as const;

describe.each(testEngines())('a stagematching round of a large institution on %s', (engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase<PlacementsDatabase>>>;
  const server = createSubgraphServer<PlacementsContext>({
    name: 'placements',
    schema,
    logger: createLogger('placements-test'),
    createContext: () => {
      throw new Error('not used in-process');
    },
  });
  const execute = createExecutor(server);
  const docent = () => createPlacementsContext(caller('institution', INSTITUTION, 'docent-albeda'), database.db);
  let roundId = '';

  beforeAll(async () => {
    database = await createTestDatabase<PlacementsDatabase>('rounds_scale', migrations, engine);
    await seedPlacements(database.db);
    const db = database.db;
    const random = seededRandom(3000);
    const places = Array.from({ length: PLACES }, (_, i) => {
      const track = TRACKS[i % TRACKS.length]!;
      return {
        id: `scale-p${String(i).padStart(4, '0')}`,
        company_id: random.pick(track.companies),
        title: `Stageplaats ${i}`,
        pathway: 'BOL' as const,
        qualification_crebo: track.crebo,
        level: track.level,
        capacity: random.int(1, 8),
        starts_on: '2026-02-02',
        ends_on: '2026-06-26',
        municipality_code: '0599',
        status: 'OPEN' as const,
      };
    });
    await db.insertInto('place').values(places).execute();
    const students = Array.from({ length: STUDENTS }, (_, i) => {
      const track = TRACKS[i % TRACKS.length]!;
      return {
        id: `${INSTITUTION}-x${String(i).padStart(4, '0')}`,
        institution_id: INSTITUTION,
        given_name: 'Groot',
        family_name: `Cohort ${i}`,
        qualification_crebo: track.crebo,
        level: track.level,
        pathway: 'BOL' as const,
        cohort: 2025,
        date_of_birth: '2008-09-01',
      };
    });
    for (let start = 0; start < students.length; start += 1000) {
      await db
        .insertInto('student')
        .values(students.slice(start, start + 1000))
        .execute();
    }
    const created = await execute<{ createMatchingRound: { id: string } }>(
      docent(),
      `mutation ($input: CreateMatchingRoundInput!) { createMatchingRound(input: $input) { ... on MatchingRound { id } } }`,
      {
        input: {
          name: 'Kopgroep zorg, alle eerstejaars',
          periodStart: '2026-01-01',
          periodEnd: '2026-07-31',
          studentIds: students.map((s) => s.id),
        },
      },
    );
    expect(created.errors).toBeUndefined();
    roundId = created.data?.createMatchingRound.id ?? '';
    // Ten ranked choices per student among the places of the student's qualification, as submitChoices stores them.
    const byCrebo = new Map(TRACKS.map((t) => [t.crebo, places.filter((p) => p.qualification_crebo === t.crebo)]));
    const choices = students.flatMap((student) => {
      const pool = [...(byCrebo.get(student.qualification_crebo) ?? [])];
      return Array.from({ length: 10 }, (_, rank) => {
        const [place] = pool.splice(random.int(0, pool.length - 1), 1);
        return { round_id: roundId, student_id: student.id, place_id: place?.id ?? '', rank: rank + 1 };
      });
    });
    for (let start = 0; start < choices.length; start += 5000) {
      await db
        .insertInto('round_choice')
        .values(choices.slice(start, start + 5000))
        .execute();
    }
  }, 120_000);
  afterAll(async () => database?.close());

  it(`runs ${STUDENTS} students with 10 choices each well within budget, within every capacity`, async ({
    annotate,
  }) => {
    const run = `mutation ($id: ID!) { runMatchingRound(roundId: $id, seed: 2026) {
      ... on MatchingRound { status progress { students matched unmatched } } } }`;
    // One warm-up run (query plans, JIT), then the measured run; a rerun replaces the results.
    await execute(docent(), run, { id: roundId });
    const started = performance.now();
    const result = await execute<{
      runMatchingRound: { status: string; progress: { students: number; matched: number; unmatched: number } };
    }>(docent(), run, { id: roundId });
    const elapsed = performance.now() - started;
    await annotate(`runMatchingRound, ${STUDENTS} studenten: ${elapsed.toFixed(0)} ms (${engine})`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.runMatchingRound.status).toBe('RUN');
    expect(result.data?.runMatchingRound.progress.students).toBe(STUDENTS);
    expect(result.data?.runMatchingRound.progress.matched).toBeGreaterThan(STUDENTS / 2);
    // The target is < 1 s (issue 4; alone it takes ~150 ms, see the annotation). The test budget is
    // far from noise, because the full suite runs many tasks at once on two cores.
    expect(elapsed).toBeLessThan(5000);

    const over = await sql<{ id: string }>`
      select p.id from place p join round_result r on r.place_id = p.id and r.round_id = ${roundId}
      group by p.id, p.capacity having count(*) > p.capacity`.execute(database.db);
    expect(over.rows).toEqual([]);
  });

  it('stores a stable result: no student and place that both prefer each other to what they got', async () => {
    const db = database.db;
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
