import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes, expectType } from '@stelsel/testing';
import { isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DROPPED_REASON, studentRoundOutcome } from '../src/domain/rounds.ts';
import { schema } from '../src/schema/schema.ts';
import { graphql } from './graphql.ts';
import { placementsSubgraph, USER_ERROR } from './support.ts';

/** Fixture places and rounds lie in the next calendar year: a place past its end date is closed (issue 9 §5). */
const NEXT_YEAR = Number(todayInNetherlands().slice(0, 4)) + 1;

const ZADKINE = 'roc-zadkine';
const MAASSTAD = 'kvk-90000001';
const CREBO = '25491'; // Verzorgende-IG, level 3: Zorggroep Maasstad is accredited for it.
const U = (n: number) => `${ZADKINE}-u0${n}`;
const P = { one: 'student-p1', two: 'student-p2' } as const;

const ROUNDS = graphql(`
  fragment StudentRounds on Student {
    matchingRounds { id name status periodStart periodEnd requestsAccessiblePlace choicesSubmittedAt
      confirmedAt choices { rank place { id title company { name } } } outcome { place { id } rank reason } }
  }
`);
const ME = graphql('query Me { me { id ...StudentRounds } }', [ROUNDS]);
const ENTITY = graphql(
  'query StudentEntity($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id ...StudentRounds } } }',
  [ROUNDS],
);
const CREATE = graphql(
  `mutation CreateRound($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
    createMatchingRound(input: $input, idempotencyKey: $key) { __typename ... on MatchingRound { id } ...UserErrorFields }
  }`,
  [USER_ERROR],
);
const CHOICES = graphql(
  `mutation Choices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $accessible: Boolean!) {
    submitChoices(roundId: $roundId, studentId: $studentId, placeIds: $placeIds, requestsAccessiblePlace: $accessible) {
      __typename ... on MatchingRoundStudent { choices { id } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
const RUN = graphql(
  `mutation Run($roundId: ID!) { runMatchingRound(roundId: $roundId, seed: 7) {
    __typename ... on MatchingRound { status results { student { id } place { id } } } ...UserErrorFields } }`,
  [USER_ERROR],
);
const CONFIRM = graphql(
  `mutation Confirm($roundId: ID!) { confirmMatchingRound(roundId: $roundId, idempotencyKey: "student-rounds-1") {
    __typename ... on MatchingRoundConfirmation { message } ...UserErrorFields } }`,
  [USER_ERROR],
);

describe.each(testEngines())('a student’s own matching rounds on %s', (engine) => {
  const placements = placementsSubgraph(engine);
  const { as, execute } = placements;
  const docent = () => as('institution', ZADKINE, 'docent-zadkine');
  const student = (n: number) => as('student', ZADKINE, U(n));

  async function myRounds(n: number) {
    const result = await execute(student(n), ME);
    expect(result.errors).toBeUndefined();
    return result.data?.me?.matchingRounds ?? [];
  }

  let roundId = '';

  // Students and places of this file, after the harness seeded the demo data.
  beforeAll(async () => {
    await placements.db
      .insertInto('student')
      .values(
        [1, 2, 3].map((n) => ({
          id: U(n),
          institution_id: ZADKINE,
          given_name: `Eigen${n}`,
          family_name: 'Student',
          qualification_crebo: CREBO,
          level: 3,
          pathway: 'BOL' as const,
          cohort: 2025,
          date_of_birth: '2007-01-01',
          email: `eigen${n}.student@student.example`,
        })),
      )
      .execute();
    const place = (id: string, capacity: number) => ({
      id,
      company_id: MAASSTAD,
      title: `Studentplaats ${id}`,
      pathway: 'BOL' as const,
      qualification_crebo: CREBO,
      level: 3,
      capacity,
      starts_on: `${NEXT_YEAR}-02-02`,
      ends_on: `${NEXT_YEAR}-06-26`,
      municipality_code: '0599',
      status: 'OPEN' as const,
      inclusive_markers: [],
    });
    await placements.db
      .insertInto('place')
      .values([place(P.one, 1), place(P.two, 1)])
      .execute();
  });

  it('shows the seeded demo student her confirmed round with her choices and her outcome', async () => {
    const result = await execute(as('student', ZADKINE, `${ZADKINE}-s001`), ME);
    expect(result.errors).toBeUndefined();
    const rounds = result.data?.me?.matchingRounds ?? [];
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ id: 'demo-roc-zadkine', status: 'CONFIRMED' });
    expect(rounds[0]?.choices.map((c) => c.rank)).toEqual(rounds[0]?.choices.map((_, i) => i + 1));
    expect(rounds[0]?.choices[0]?.place.company.name).toBe('Zorggroep Maasstad (demo)');
    // Her demo placement is at Zorggroep Maasstad: the outcome of the confirmed round says so.
    const placement = await placements.db
      .selectFrom('placement')
      .select('place_id')
      .where('student_id', '=', `${ZADKINE}-s001`)
      .executeTakeFirstOrThrow();
    expect(rounds[0]?.outcome?.place?.id).toBe(placement.place_id);
    expect(rounds[0]?.outcome?.reason).toMatch(/^Geplaatst op de/);
  });

  it('shows a student without rounds an empty list', async () => {
    const result = await execute(as('student', ZADKINE, `${ZADKINE}-s022`), ME);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me?.matchingRounds).toEqual([]);
  });

  it('shows the student the own round and own choices, but no outcome before the round is confirmed', async () => {
    const created = await execute(docent(), CREATE, {
      key: randomUUID(),
      input: {
        name: 'Kopgroep studenten 2026',
        periodStart: `${NEXT_YEAR}-01-01`,
        periodEnd: `${NEXT_YEAR}-07-31`,
        studentIds: [U(1), U(2), U(3)],
      },
    });
    roundId = expectType(created.data?.createMatchingRound, 'MatchingRound').id;

    const before = await myRounds(1);
    expect(before).toEqual([
      expect.objectContaining({
        id: roundId,
        name: 'Kopgroep studenten 2026',
        status: 'DRAFT',
        choices: [],
        choicesSubmittedAt: null,
        requestsAccessiblePlace: false,
        outcome: null,
      }),
    ]);

    // The student submits for themself; both want P.one first, which has one seat.
    for (const n of [1, 2]) {
      const entry = await execute(student(n), CHOICES, {
        roundId,
        studentId: U(n),
        placeIds: [P.one, P.two],
        accessible: false,
      });
      expectType(entry.data?.submitChoices, 'MatchingRoundStudent');
    }
    const [mine] = await myRounds(1);
    expect(mine?.choices.map((c) => [c.rank, c.place.id])).toEqual([
      [1, P.one],
      [2, P.two],
    ]);
    expect(mine?.choices[0]?.place.company.name).toBe('Zorggroep Maasstad (demo)');
    expect(mine?.choicesSubmittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const ran = await execute(docent(), RUN, { roundId });
    expectType(ran.data?.runMatchingRound, 'MatchingRound');
    const [afterRun] = await myRounds(1);
    expect(afterRun?.status).toBe('RUN');
    expect(afterRun?.outcome).toBeNull();
  });

  it('shows the own outcome once the institution confirmed the round', async () => {
    expectType((await execute(docent(), CONFIRM, { roundId })).data?.confirmMatchingRound, 'MatchingRoundConfirmation');
    const outcomes = await Promise.all([1, 2, 3].map(async (n) => (await myRounds(n))[0]));
    for (const round of outcomes) {
      expect(round?.status).toBe('CONFIRMED');
      expect(round?.confirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    // One of the two got the first choice, the other the second; the third gave no choices.
    const places = outcomes.slice(0, 2).map((r) => [r?.outcome?.place?.id, r?.outcome?.rank]);
    expect(places).toEqual(
      expect.arrayContaining([
        [P.one, 1],
        [P.two, 2],
      ]),
    );
    const second = outcomes.find((r) => r?.outcome?.rank === 2);
    expect(second?.outcome?.reason).toMatch(/tweede keuze.*1 hogere keuze was vol/);
    expect(outcomes[2]?.outcome).toMatchObject({ place: null, rank: null });
    expect(outcomes[2]?.outcome?.reason).toMatch(/geen keuzes opgegeven/);
  });

  it('shows the own institution the rounds of its student, in one query per kind for many students', async () => {
    const counted = placements.countQueries();
    const result = await execute(docent(), ENTITY, { r: [1, 2, 3].map((n) => ({ __typename: 'Student', id: U(n) })) });
    counted.done();
    expect(result.errors).toBeUndefined();
    const students = (result.data?._entities ?? []).map((s) => (s && 'matchingRounds' in s ? s : null));
    expect(students.map((s) => s?.matchingRounds[0]?.id)).toEqual([roundId, roundId, roundId]);
    // Students, their rounds, the places of the choices and outcomes, and the companies of those places.
    expect(counted.count()).toBe(4);
  });

  it('refuses this student’s rounds to another student of the same institution, and to other roles', async () => {
    const representation = { r: [{ __typename: 'Student', id: U(1) }] };
    const contexts = [
      student(2),
      as('institution', 'albeda-college', 'docent-albeda'),
      as('company', MAASSTAD, 'praktijkopleider-maasstad'),
      as('municipality', '0599', 'ambtenaar-rotterdam'),
      as('ministry'),
      as('sbb'),
    ];
    for (const context of contexts) {
      const result = await execute(context, ENTITY, representation);
      expect(errorCodes(result), context.role).toEqual(['FORBIDDEN']);
      expect(result.data?._entities).toEqual([null]);
    }
    // `me` is for students only, and answers the caller themself.
    expect(errorCodes(await execute(as('company', MAASSTAD), ME))).toEqual(['FORBIDDEN']);
    const [ofU3] = await myRounds(3);
    expect(ofU3?.choices).toEqual([]);
  });

  it('has no lottery number anywhere a student looks', () => {
    for (const name of ['StudentMatchingRound', 'StudentRoundChoice', 'StudentRoundOutcome']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} ontbreekt`);
      expect(Object.keys(type.getFields()).filter((f) => /lottery|seed/i.test(f))).toEqual([]);
    }
  });
});

describe('the outcome rule for a student', () => {
  const result = {
    place_id: 'p1',
    rank: 2,
    reason: 'Geplaatst op de tweede keuze.',
    adjusted: false,
    adjustment_reason: null,
    dropped_at_confirmation: false,
  };

  it('says nothing before the round is confirmed', () => {
    expect(studentRoundOutcome('DRAFT', result)).toBeNull();
    expect(studentRoundOutcome('RUN', result)).toBeNull();
    expect(studentRoundOutcome('CONFIRMED', null)).toBeNull();
  });

  it('gives the place, rank and explanation after confirmation; no place when it was dropped', () => {
    expect(studentRoundOutcome('CONFIRMED', result)).toEqual({
      placeId: 'p1',
      rank: 2,
      reason: 'Geplaatst op de tweede keuze.',
    });
    expect(studentRoundOutcome('CONFIRMED', { ...result, dropped_at_confirmation: true })).toEqual({
      placeId: null,
      rank: null,
      reason: DROPPED_REASON,
    });
    expect(
      studentRoundOutcome('CONFIRMED', { ...result, adjusted: true, adjustment_reason: 'Reistijd naar de werkplek.' })
        ?.reason,
    ).toBe('Met de hand aangepast door de instelling: Reistijd naar de werkplek.');
  });
});
