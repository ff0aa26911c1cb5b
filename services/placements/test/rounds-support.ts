/**
 * What the two stagematching-round test files share: the test students and places at ROC Zadkine and
 * Zorggroep Maasstad, the operations, and the harness (one seeded database per file).
 */
import { randomUUID } from 'node:crypto';
import type { Engine } from '@stelsel/db-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { expectType } from '@stelsel/testing';
import type { ResultOf } from 'gql.tada';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { MAASSTAD, placementsSubgraph, USER_ERROR, ZADKINE } from './support.ts';

export { MAASSTAD, ZADKINE };

import type { Kysely } from 'kysely';

export const CREBO = '25491'; // Verzorgende-IG, level 3: Zorggroep Maasstad is accredited for it.
/** Fixture places and rounds lie in the next calendar year: a place past its end date is closed (issue 9 §5). */
export const NEXT_YEAR = Number(todayInNetherlands().slice(0, 4)) + 1;

export const T = (n: number) => `${ZADKINE}-t0${n}`;
export const P = {
  one: 'test-p1',
  two: 'test-p2',
  three: 'test-p3',
  accessible: 'test-pa',
  closing: 'test-p4',
} as const;

/** A round as the institution reads it: progress, and every result with its explanation. */
export const ROUND = graphql(`fragment RoundFields on MatchingRound {
  id name status seed ranAt periodStart periodEnd
  progress { status students studentsWithChoices matched unmatched adjusted droppedAtConfirmation }
  results { student { id } place { id } rank lotteryNumber adjusted adjustmentReason adjustedBy droppedAtConfirmation
    explanation { assignedRank reason betterChoicesFull { id } notEligibleChoices { id } } }
}`);
export type Round = ResultOf<typeof ROUND>;

export const CREATE = graphql(
  `mutation RoundCreate($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
    createMatchingRound(input: $input, idempotencyKey: $key) {
      __typename ... on MatchingRound { id status students { student { id } } } ...UserErrorFields } }`,
  [USER_ERROR],
);
export const CHOICES = graphql(
  `mutation RoundChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $accessible: Boolean!) {
    submitChoices(roundId: $roundId, studentId: $studentId, placeIds: $placeIds, requestsAccessiblePlace: $accessible) {
      __typename ... on MatchingRoundStudent { student { id } requestsAccessiblePlace choices { id } } ...UserErrorFields } }`,
  [USER_ERROR],
);
export const RUN = graphql(
  `mutation RoundRun($roundId: ID!, $seed: Int) {
    runMatchingRound(roundId: $roundId, seed: $seed) { __typename ...RoundFields ...UserErrorFields } }`,
  [ROUND, USER_ERROR],
);
export const ADJUST = graphql(
  `mutation RoundAdjust($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {
    adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {
      __typename ... on MatchResult { student { id } place { id } rank adjusted adjustmentReason adjustedBy adjustedAt
        explanation { reason } } ...UserErrorFields } }`,
  [USER_ERROR],
);
export const CONFIRM = graphql(
  `mutation RoundConfirm($roundId: ID!, $key: IdempotencyKey!) {
    confirmMatchingRound(roundId: $roundId, idempotencyKey: $key) {
      __typename ... on MatchingRoundConfirmation { message round { status } placements { id status student { id } }
        droppedStudents { id } unmatchedStudents { id } } ...UserErrorFields } }`,
  [USER_ERROR],
);
export const RESPOND = graphql(
  `mutation RoundRespond($id: ID!, $accept: Boolean!, $reason: DeclineReason, $text: String, $key: IdempotencyKey!) {
    respondToMatch(placementId: $id, accept: $accept, declineReason: $reason, declineExplanation: $text, idempotencyKey: $key) {
      __typename ... on Placement { id status respondedBy respondedAt declineReason declineExplanation
        history { what by at detail } } ...UserErrorFields } }`,
  [USER_ERROR],
);
export const MY_MATCHES = graphql(
  'query RoundMyMatches { myMatches { id status student { id givenName familyName email } place { id } company { id } } }',
);
export const STUDENTS =
  graphql(`query RoundStudents($id: ID!) { institution(id: $id) { students { id email placementStatus
  needsPlacement placement { id status declineReason needsReplacement } } } }`);
export const READ_ROUND = graphql('query RoundRead($id: ID!) { matchingRound(id: $id) { ...RoundFields } }', [ROUND]);
export const ROUND_IDS = graphql('query RoundIds($id: ID!) { matchingRound(id: $id) { id } }');
export const ROUNDS = graphql('query Rounds { matchingRounds { id status results { rank } } }');

/** A placement as the confirmation answers it. */
export type Placement = NonNullable<
  Extract<ResultOf<typeof CONFIRM>['confirmMatchingRound'], { __typename: 'MatchingRoundConfirmation' }>
>['placements'][number];

/** The round the tests run: six test students, all of them at ROC Zadkine. */
export const ROUND_INPUT = {
  name: 'Kopgroep VIG 2026',
  periodStart: `${NEXT_YEAR}-01-01`,
  periodEnd: `${NEXT_YEAR}-07-31`,
  qualificationCrebos: [CREBO],
  studentIds: [1, 2, 3, 4, 5, 6].map(T),
};

/** Each test student's ranked choices, and whether they ask for an accessible place. */
export const TEST_CHOICES: Array<[number, string[], boolean]> = [
  [1, [P.one, P.two], false],
  [2, [P.one, P.two], false],
  [3, [P.one, P.three], false],
  [4, [P.three], true],
  [5, [P.accessible], true],
  [6, [P.closing], false],
];

export const ADJUSTMENT_REASON = 'Reistijd: de student woont dicht bij deze werkplek (gesprek met de coach).';
export const POSTPONED_REASON = 'De student stelt de stage een half jaar uit (zorgtaken thuis).';

async function seedTestRound(db: Kysely<PlacementsDatabase>) {
  await seedPlacements(db);
  await db
    .insertInto('student')
    .values(
      [1, 2, 3, 4, 5, 6].map((n) => ({
        id: T(n),
        institution_id: ZADKINE,
        given_name: `Test${n}`,
        family_name: 'Student',
        qualification_crebo: CREBO,
        level: 3,
        pathway: 'BOL' as const,
        cohort: 2025,
        date_of_birth: '2008-01-01',
        email: `test${n}.student@student.example`,
      })),
    )
    .execute();
  const place = (id: string, capacity: number, accessible = false) => ({
    id,
    company_id: MAASSTAD,
    title: `Testplaats ${id}`,
    pathway: 'BOL' as const,
    qualification_crebo: CREBO,
    level: 3,
    capacity,
    starts_on: `${NEXT_YEAR}-02-02`,
    ends_on: `${NEXT_YEAR}-06-26`,
    municipality_code: '0599',
    status: 'OPEN' as const,
    inclusive_markers: accessible ? (['ACCESSIBLE_WORKPLACE'] as const).slice() : [],
  });
  await db
    .insertInto('place')
    .values([place(P.one, 1), place(P.two, 2), place(P.three, 1), place(P.accessible, 1, true), place(P.closing, 1)])
    .execute();
}

/** The seeded database with the test students and places, and the helpers both files use. */
export function roundsHarness(engine: Engine) {
  const placements = placementsSubgraph(engine, { seed: seedTestRound });
  const { execute, as } = placements;
  const docent = () => as('institution', ZADKINE, 'docent-zadkine');
  const maasstad = () => as('company', MAASSTAD, 'praktijkopleider-maasstad');

  return {
    database: placements,
    execute,
    executeText: placements.executeText,
    as,
    docent,
    maasstad,
    mutate: placements.answer,
  };
}

export const resultOf = (round: Round, student: string) => {
  const found = round.results.find((r) => r.student.id === student);
  if (!found) throw new Error(`Geen uitkomst voor ${student}`);
  return found;
};

/**
 * The round as rounds.test.ts leaves it, without the refusals it checks on the way: created, the
 * choices in, run with seed 42, two hand adjustments, the closing place closed, confirmed.
 */
export async function confirmedTestRound(h: ReturnType<typeof roundsHarness>) {
  const { database, docent, mutate } = h;
  const round = expectType(await mutate(docent(), CREATE, { key: randomUUID(), input: ROUND_INPUT }), 'MatchingRound');
  for (const [n, placeIds, accessible] of TEST_CHOICES) {
    await mutate(docent(), CHOICES, { roundId: round.id, studentId: T(n), placeIds, accessible });
  }
  await mutate(docent(), RUN, { roundId: round.id, seed: 42 });
  const adjust = (n: number, placeId: string | null, reason: string) =>
    mutate(docent(), ADJUST, { roundId: round.id, studentId: T(n), placeId, reason });
  await adjust(5, null, POSTPONED_REASON);
  await adjust(4, P.accessible, ADJUSTMENT_REASON);
  await database.db.updateTable('place').set({ status: 'CLOSED' }).where('id', '=', P.closing).execute();
  const confirmed = expectType(
    await mutate(docent(), CONFIRM, { roundId: round.id, key: randomUUID() }),
    'MatchingRoundConfirmation',
  );
  return { roundId: round.id, placements: confirmed.placements };
}
