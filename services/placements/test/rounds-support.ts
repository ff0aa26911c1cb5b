/**
 * What the two stagematching-round test files share: the test students and places at ROC Zadkine and
 * Zorggroep Maasstad, the operations, and the harness (one seeded database per file).
 */
import { randomUUID } from 'node:crypto';
import type { Engine } from '@stelsel/db-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { expect } from 'vitest';
import type { PlacementsContext } from '../src/context.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { ERROR, MAASSTAD, placementsHarness, ZADKINE } from './support.ts';

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

export const ROUND = `id name status seed ranAt periodStart periodEnd
  progress { status students studentsWithChoices matched unmatched adjusted droppedAtConfirmation }
  results { student { id } place { id } rank lotteryNumber adjusted adjustmentReason adjustedBy droppedAtConfirmation
    explanation { assignedRank reason betterChoicesFull { id } notEligibleChoices { id } } }`;

export const CREATE = `mutation ($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
  createMatchingRound(input: $input, idempotencyKey: $key) { __typename ... on MatchingRound { id status students { student { id } } } ${ERROR} } }`;
export const CHOICES = `mutation ($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $accessible: Boolean!) {
  submitChoices(roundId: $roundId, studentId: $studentId, placeIds: $placeIds, requestsAccessiblePlace: $accessible) {
    __typename ... on MatchingRoundStudent { student { id } requestsAccessiblePlace choices { id } } ${ERROR} } }`;
export const RUN = `mutation ($roundId: ID!, $seed: Int) {
  runMatchingRound(roundId: $roundId, seed: $seed) { __typename ... on MatchingRound { ${ROUND} } ${ERROR} } }`;
export const ADJUST = `mutation ($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {
  adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {
    __typename ... on MatchResult { student { id } place { id } rank adjusted adjustmentReason adjustedBy adjustedAt
      explanation { reason } } ${ERROR} } }`;
export const CONFIRM = `mutation ($roundId: ID!, $key: IdempotencyKey!) {
  confirmMatchingRound(roundId: $roundId, idempotencyKey: $key) {
    __typename ... on MatchingRoundConfirmation { message round { status } placements { id status student { id } }
      droppedStudents { id } unmatchedStudents { id } } ${ERROR} } }`;
export const RESPOND = `mutation ($id: ID!, $accept: Boolean!, $reason: DeclineReason, $text: String, $key: IdempotencyKey!) {
  respondToMatch(placementId: $id, accept: $accept, declineReason: $reason, declineExplanation: $text, idempotencyKey: $key) {
    __typename ... on Placement { id status respondedBy respondedAt declineReason declineExplanation
      history { what by at detail } } ${ERROR} } }`;
export const MY_MATCHES = `{ myMatches { id status student { id givenName familyName email } place { id } company { id } } }`;
export const STUDENTS = `query ($id: ID!) { institution(id: $id) { students { id email placementStatus needsPlacement
  placement { id status declineReason needsReplacement } } } }`;

export interface UserErrorShape {
  __typename: string;
  message: string;
  code: string;
  field: string | null;
}
export interface Result {
  student: { id: string };
  place: { id: string } | null;
  rank: number | null;
  lotteryNumber: number;
  adjusted: boolean;
  droppedAtConfirmation: boolean;
  explanation: {
    assignedRank: number | null;
    reason: string;
    betterChoicesFull: Array<{ id: string }>;
    notEligibleChoices: Array<{ id: string }>;
  };
}
export interface Round {
  id: string;
  status: string;
  seed: number | null;
  results: Result[];
  progress: Record<string, number | string>;
}
export interface Placement {
  id: string;
  status: string;
  student: { id: string; givenName?: string; email?: string | null };
}

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
  const { database, execute, as } = placementsHarness(engine, { seed: seedTestRound });
  const docent = () => as('institution', ZADKINE, 'docent-zadkine');
  const maasstad = () => as('company', MAASSTAD, 'praktijkopleider-maasstad');

  /** Runs a mutation and answers its single field, typed; fails on GraphQL errors. */
  async function mutate<T>(context: PlacementsContext, query: string, variables: Record<string, unknown>) {
    const result = await execute<Record<string, T & { __typename: string }>>(context, query, variables);
    expect(result.errors).toBeUndefined();
    const value = Object.values(result.data ?? {})[0];
    if (!value) throw new Error('Geen antwoord');
    return value;
  }
  return { database, execute, as, docent, maasstad, mutate };
}

export const userError = (value: unknown) => value as UserErrorShape;

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
  const round = await mutate<{ id: string }>(docent(), CREATE, { key: randomUUID(), input: ROUND_INPUT });
  for (const [n, placeIds, accessible] of TEST_CHOICES) {
    await mutate(docent(), CHOICES, { roundId: round.id, studentId: T(n), placeIds, accessible });
  }
  await mutate(docent(), RUN, { roundId: round.id, seed: 42 });
  const adjust = (n: number, placeId: string | null, reason: string) =>
    mutate(docent(), ADJUST, { roundId: round.id, studentId: T(n), placeId, reason });
  await adjust(5, null, POSTPONED_REASON);
  await adjust(4, P.accessible, ADJUSTMENT_REASON);
  await database.db.updateTable('place').set({ status: 'CLOSED' }).where('id', '=', P.closing).execute();
  const confirmed = await mutate<{ placements: Placement[] }>(docent(), CONFIRM, {
    roundId: round.id,
    key: randomUUID(),
  });
  return { roundId: round.id, placements: confirmed.placements };
}
