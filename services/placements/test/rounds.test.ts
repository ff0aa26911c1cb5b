import { randomUUID } from 'node:crypto';
import type { Role } from '@stelsel/auth';
import { createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer } from '@stelsel/graphql-kit';
import { caller, createExecutor, errorCodes } from '@stelsel/testing';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { todayInNetherlands } from '../src/domain/places.ts';
import { schema } from '../src/schema/schema.ts';
import { seedPlacements } from '../src/seed/index.ts';

/** Fixture places and rounds lie in the next calendar year: a place past its end date is closed (issue 9 §5). */
const NEXT_YEAR = Number(todayInNetherlands().slice(0, 4)) + 1;

const ZADKINE = 'roc-zadkine';
const MAASSTAD = 'kvk-90000001';
const CREBO = '25491'; // Verzorgende-IG, level 3: Zorggroep Maasstad is accredited for it.
const T = (n: number) => `${ZADKINE}-t0${n}`;
const P = { one: 'test-p1', two: 'test-p2', three: 'test-p3', accessible: 'test-pa', closing: 'test-p4' } as const;

const ERROR = '... on UserError { __typename message code field }';
const ROUND = `id name status seed ranAt periodStart periodEnd
  progress { status students studentsWithChoices matched unmatched adjusted droppedAtConfirmation }
  results { student { id } place { id } rank lotteryNumber adjusted adjustmentReason adjustedBy droppedAtConfirmation
    explanation { assignedRank reason betterChoicesFull { id } notEligibleChoices { id } } }`;

const CREATE = `mutation ($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
  createMatchingRound(input: $input, idempotencyKey: $key) { __typename ... on MatchingRound { id status students { student { id } } } ${ERROR} } }`;
const CHOICES = `mutation ($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $accessible: Boolean!) {
  submitChoices(roundId: $roundId, studentId: $studentId, placeIds: $placeIds, requestsAccessiblePlace: $accessible) {
    __typename ... on MatchingRoundStudent { student { id } requestsAccessiblePlace choices { id } } ${ERROR} } }`;
const RUN = `mutation ($roundId: ID!, $seed: Int) {
  runMatchingRound(roundId: $roundId, seed: $seed) { __typename ... on MatchingRound { ${ROUND} } ${ERROR} } }`;
const ADJUST = `mutation ($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {
  adjustMatch(roundId: $roundId, studentId: $studentId, placeId: $placeId, reason: $reason) {
    __typename ... on MatchResult { student { id } place { id } rank adjusted adjustmentReason adjustedBy adjustedAt
      explanation { reason } } ${ERROR} } }`;
const CONFIRM = `mutation ($roundId: ID!, $key: IdempotencyKey!) {
  confirmMatchingRound(roundId: $roundId, idempotencyKey: $key) {
    __typename ... on MatchingRoundConfirmation { message round { status } placements { id status student { id } }
      droppedStudents { id } unmatchedStudents { id } } ${ERROR} } }`;
const RESPOND = `mutation ($id: ID!, $accept: Boolean!, $reason: DeclineReason, $text: String, $key: IdempotencyKey) {
  respondToMatch(placementId: $id, accept: $accept, declineReason: $reason, declineExplanation: $text, idempotencyKey: $key) {
    __typename ... on Placement { id status respondedBy respondedAt declineReason declineExplanation
      history { what by at detail } } ${ERROR} } }`;
const MY_MATCHES = `{ myMatches { id status student { id givenName familyName email } place { id } company { id } } }`;
const STUDENTS = `query ($id: ID!) { institution(id: $id) { students { id email placementStatus needsPlacement
  placement { id status declineReason needsReplacement } } } }`;

interface UserErrorShape {
  __typename: string;
  message: string;
  code: string;
  field: string | null;
}
interface Result {
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
interface Round {
  id: string;
  status: string;
  seed: number | null;
  results: Result[];
  progress: Record<string, number | string>;
}
interface Placement {
  id: string;
  status: string;
  student: { id: string; givenName?: string; email?: string | null };
}

describe.each(testEngines())('stagematching rounds and placements on %s', (engine) => {
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
  const as = (role: Role, organisation?: string, subject?: string): PlacementsContext =>
    createPlacementsContext(caller(role, organisation, subject), database.db);
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
  const userError = (value: unknown) => value as UserErrorShape;
  const resultOf = (round: Round, student: string) => {
    const found = round.results.find((r) => r.student.id === student);
    if (!found) throw new Error(`Geen uitkomst voor ${student}`);
    return found;
  };

  let roundId = '';
  let placements: Placement[] = [];

  beforeAll(async () => {
    database = await createTestDatabase<PlacementsDatabase>('rounds', migrations, engine);
    await seedPlacements(database.db);
    const db = database.db;
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
  });
  afterAll(async () => database?.close());

  it('seeds a confirmed demo round at ROC Zadkine with placements the company answered', async () => {
    const rounds = await execute<{ matchingRounds: Array<{ status: string; results: unknown[] }> }>(
      docent(),
      '{ matchingRounds { status results { rank } } }',
    );
    expect(rounds.errors).toBeUndefined();
    expect(rounds.data?.matchingRounds).toHaveLength(1);
    expect(rounds.data?.matchingRounds[0]?.status).toBe('CONFIRMED');
    const mine = await execute<{ myMatches: Array<{ status: string; student: { email: string } }> }>(
      maasstad(),
      MY_MATCHES,
    );
    expect(mine.errors).toBeUndefined();
    const statuses = mine.data?.myMatches.map((m) => m.status) ?? [];
    expect(statuses).toContain('CONFIRMED');
    expect(statuses).toContain('ACCEPTED');
    expect(mine.data?.myMatches.every((m) => /^[a-z]+\.[a-z]+\d*@student\.example$/.test(m.student.email))).toBe(true);
    const declined = await database.db
      .selectFrom('placement')
      .select(['decline_reason', 'decline_explanation'])
      .where('status', '=', 'DECLINED')
      .execute();
    expect(declined).toHaveLength(1);
    expect(declined[0]?.decline_reason).toBeTruthy();
  });

  it('creates a round for own students only, with a valid period', async () => {
    const input = {
      name: 'Kopgroep VIG 2026',
      periodStart: `${NEXT_YEAR}-01-01`,
      periodEnd: `${NEXT_YEAR}-07-31`,
      qualificationCrebos: [CREBO],
      studentIds: [1, 2, 3, 4, 5, 6].map(T),
    };
    const otherInstitution = await mutate(docent(), CREATE, {
      key: randomUUID(),
      input: { ...input, studentIds: [T(1), 'albeda-college-s001'] },
    });
    expect(userError(otherInstitution)).toMatchObject({ __typename: 'NotAllowedError', field: 'studentIds' });
    const badPeriod = await mutate(docent(), CREATE, {
      key: randomUUID(),
      input: { ...input, periodEnd: '2025-12-31' },
    });
    expect(userError(badPeriod)).toMatchObject({ __typename: 'InputError', field: 'periodEnd' });
    const noName = await mutate(docent(), CREATE, { key: randomUUID(), input: { ...input, name: '  ' } });
    expect(userError(noName)).toMatchObject({ __typename: 'InputError', field: 'name' });
    for (const context of [maasstad(), as('student', ZADKINE, T(1)), as('ministry'), as('municipality')]) {
      expect(errorCodes(await execute(context, CREATE, { key: randomUUID(), input }))).toEqual(['FORBIDDEN']);
    }

    const created = await mutate<{ id: string; status: string; students: unknown[] }>(docent(), CREATE, {
      key: randomUUID(),
      input,
    });
    expect(created.__typename).toBe('MatchingRound');
    expect(created.status).toBe('DRAFT');
    expect(created.students).toHaveLength(6);
    roundId = created.id;

    const again = await mutate(docent(), CREATE, { key: randomUUID(), input: { ...input, studentIds: [T(1)] } });
    expect(userError(again)).toMatchObject({ __typename: 'ConflictError', field: 'studentIds' });
  });

  it('takes ranked choices from the institution, or from the student for themself only', async () => {
    const choices: Array<[number, string[], boolean]> = [
      [1, [P.one, P.two], false],
      [2, [P.one, P.two], false],
      [3, [P.one, P.three], false],
      [4, [P.three], true],
      [5, [P.accessible], true],
      [6, [P.closing], false],
    ];
    for (const [n, placeIds, accessible] of choices) {
      const context = n === 1 ? as('student', ZADKINE, T(1)) : docent();
      const entry = await mutate<{ choices: Array<{ id: string }> }>(context, CHOICES, {
        roundId,
        studentId: T(n),
        placeIds,
        accessible,
      });
      expect(entry.__typename).toBe('MatchingRoundStudent');
      expect(entry.choices.map((c) => c.id)).toEqual(placeIds);
    }
    const forOther = await mutate(as('student', ZADKINE, T(1)), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: [P.two],
      accessible: false,
    });
    expect(userError(forOther)).toMatchObject({ __typename: 'NotAllowedError', field: 'studentId' });
    const otherInstitution = await mutate(as('institution', 'albeda-college'), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: [P.two],
      accessible: false,
    });
    expect(userError(otherInstitution)).toMatchObject({ __typename: 'NotAllowedError', field: 'roundId' });
    const tooMany = await mutate(docent(), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: Array.from({ length: 11 }, (_, i) => `p${i}`),
      accessible: false,
    });
    expect(userError(tooMany)).toMatchObject({ __typename: 'InputError', field: 'placeIds' });
    const twice = await mutate(docent(), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: [P.one, P.one],
      accessible: false,
    });
    expect(userError(twice)).toMatchObject({ __typename: 'InputError', field: 'placeIds' });
  });

  it('runs reproducibly from a seed, records a random seed when none is given, and explains every result', async () => {
    const first = await mutate<Round>(docent(), RUN, { roundId, seed: 42 });
    expect(first.__typename).toBe('MatchingRound');
    expect(first.status).toBe('RUN');
    expect(first.seed).toBe(42);
    const random = await mutate<Round>(docent(), RUN, { roundId });
    expect(random.seed).toEqual(expect.any(Number));
    const again = await mutate<Round>(docent(), RUN, { roundId, seed: 42 });
    const pick = (round: Round) => round.results.map((r) => [r.student.id, r.place?.id ?? null, r.lotteryNumber]);
    expect(pick(again)).toEqual(pick(first));

    // Capacity 1 at P.one: exactly one of the three who ranked it first got it, the others were told it was full.
    const atOne = again.results.filter((r) => r.place?.id === P.one);
    expect(atOne).toHaveLength(1);
    expect(atOne[0]?.explanation).toMatchObject({ assignedRank: 1, reason: 'Geplaatst op de eerste keuze.' });
    for (const r of again.results.filter((x) => [T(1), T(2), T(3)].includes(x.student.id) && x.place?.id !== P.one)) {
      expect(r.rank).toBe(2);
      expect(r.explanation.betterChoicesFull.map((p) => p.id)).toEqual([P.one]);
      expect(r.explanation.reason).toMatch(/tweede keuze.*1 hogere keuze was vol/);
      expect(r.lotteryNumber).toBeGreaterThan(atOne[0]?.lotteryNumber ?? 0);
    }
    // An accessible place was asked for: a place without one is filtered out, never ranked.
    expect(resultOf(again, T(4))).toMatchObject({ place: null, rank: null });
    expect(resultOf(again, T(4)).explanation.notEligibleChoices.map((p) => p.id)).toEqual([P.three]);
    expect(resultOf(again, T(4)).explanation.reason).toMatch(/^Niet geplaatst: geen van de keuzes past/);
    expect(resultOf(again, T(5)).place?.id).toBe(P.accessible);
    expect(again.progress).toMatchObject({
      status: 'RUN',
      students: 6,
      studentsWithChoices: 6,
      matched: 5,
      unmatched: 1,
    });
  });

  it('adjusts by hand only with a professional reason, and never beyond capacity', async () => {
    const noReason = await mutate(docent(), ADJUST, {
      roundId,
      studentId: T(4),
      placeId: P.accessible,
      reason: 'kort',
    });
    expect(userError(noReason)).toMatchObject({ __typename: 'InputError', field: 'reason' });
    const reason = 'Reistijd: de student woont dicht bij deze werkplek (gesprek met de coach).';
    const full = await mutate(docent(), ADJUST, { roundId, studentId: T(4), placeId: P.accessible, reason });
    expect(userError(full)).toMatchObject({ __typename: 'ConflictError', field: 'placeId' });
    const notFitting = await mutate(docent(), ADJUST, { roundId, studentId: T(4), placeId: P.three, reason });
    expect(userError(notFitting)).toMatchObject({ __typename: 'InputError', field: 'placeId' });
    const elsewhere = await mutate(as('institution', 'albeda-college'), ADJUST, {
      roundId,
      studentId: T(4),
      placeId: null,
      reason,
    });
    expect(userError(elsewhere)).toMatchObject({ __typename: 'NotAllowedError', field: 'roundId' });

    const freed = await mutate<{ place: null; adjusted: boolean; adjustedBy: string }>(docent(), ADJUST, {
      roundId,
      studentId: T(5),
      placeId: null,
      reason: 'De student stelt de stage een half jaar uit (zorgtaken thuis).',
    });
    expect(freed).toMatchObject({
      __typename: 'MatchResult',
      place: null,
      adjusted: true,
      adjustedBy: 'docent-zadkine',
    });
    const moved = await mutate<{ place: { id: string }; rank: number | null; explanation: { reason: string } }>(
      docent(),
      ADJUST,
      { roundId, studentId: T(4), placeId: P.accessible, reason },
    );
    expect(moved.place.id).toBe(P.accessible);
    expect(moved.rank).toBeNull();
    expect(moved.explanation.reason).toBe(`Met de hand aangepast door de instelling: ${reason}`);
    const back = await mutate(docent(), ADJUST, { roundId, studentId: T(5), placeId: P.accessible, reason });
    expect(userError(back)).toMatchObject({ __typename: 'ConflictError', field: 'placeId' });

    const round = await execute<{ matchingRound: Round }>(
      docent(),
      `query ($id: ID!) { matchingRound(id: $id) { ${ROUND} } }`,
      {
        id: roundId,
      },
    );
    const capacity: Record<string, number> = {
      [P.one]: 1,
      [P.two]: 2,
      [P.three]: 1,
      [P.accessible]: 1,
      [P.closing]: 1,
    };
    const held = new Map<string, number>();
    for (const r of round.data?.matchingRound.results ?? []) {
      if (r.place) held.set(r.place.id, (held.get(r.place.id) ?? 0) + 1);
    }
    for (const [place, count] of held) expect(count).toBeLessThanOrEqual(capacity[place] ?? 0);
    expect(round.data?.matchingRound.progress.adjusted).toBe(2);
  });

  it('shows a company nothing before confirmation, and never the round, the lottery or other choices', async () => {
    const before = await execute<{ myMatches: Placement[] }>(maasstad(), MY_MATCHES);
    expect(before.data?.myMatches.some((m) => m.student.id.startsWith(`${ZADKINE}-t`))).toBe(false);
    const round = await execute(maasstad(), 'query ($id: ID!) { matchingRound(id: $id) { id } }', { id: roundId });
    expect(errorCodes(round)).toEqual(['FORBIDDEN']);
    const lottery = await execute(maasstad(), '{ myMatches { lotteryNumber } }');
    expect(errorCodes(lottery)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const forbiddenField = /lottery|choice|rank|seed|dateOfBirth|birth|gender|origin|disab/i;
    for (const name of ['Placement', 'PlacementStudent', 'PlacementEvent', 'Place', 'Company']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is geen objecttype`);
      for (const field of Object.values(type.getFields())) {
        expect(`${name}.${field.name}`).not.toMatch(forbiddenField);
        expect(String(field.type)).not.toMatch(/MatchResult|MatchingRound|MatchExplanation/);
      }
    }
  });

  it('confirms once: a retry with the same key answers the same placements; a closed place drops its student', async () => {
    // The accreditation of a place was suspended after the run: the place closed.
    await database.db.updateTable('place').set({ status: 'CLOSED' }).where('id', '=', P.closing).execute();
    const notYours = await mutate(as('institution', 'albeda-college'), CONFIRM, { roundId, key: 'confirm-key-0001' });
    expect(userError(notYours)).toMatchObject({ __typename: 'NotAllowedError', field: 'roundId' });
    expect(errorCodes(await execute(docent(), CONFIRM, { roundId, key: 'x' }))).toEqual(['BAD_USER_INPUT']);

    type Confirmation = {
      message: string;
      round: { status: string };
      placements: Placement[];
      droppedStudents: Array<{ id: string }>;
      unmatchedStudents: Array<{ id: string }>;
    };
    const first = await mutate<Confirmation>(docent(), CONFIRM, { roundId, key: 'confirm-key-0001' });
    expect(first.__typename).toBe('MatchingRoundConfirmation');
    expect(first.round.status).toBe('CONFIRMED');
    expect(first.placements).toHaveLength(4);
    expect(first.placements.every((p) => p.status === 'CONFIRMED')).toBe(true);
    expect(first.droppedStudents.map((s) => s.id)).toEqual([T(6)]);
    expect(first.unmatchedStudents.map((s) => s.id)).toEqual([T(5), T(6)]);
    expect(first.message).toMatch(/^4 plaatsingen bevestigd\. 1 student is niet geplaatst omdat de plaats/);
    const retry = await mutate<Confirmation>(docent(), CONFIRM, { roundId, key: 'confirm-key-0001' });
    expect(retry.placements.map((p) => p.id).sort()).toEqual(first.placements.map((p) => p.id).sort());
    const count = await database.db
      .selectFrom('placement')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(4);
    const otherKey = await mutate(docent(), CONFIRM, { roundId, key: 'confirm-key-0002' });
    expect(userError(otherKey)).toMatchObject({ __typename: 'ConflictError', field: 'roundId' });
    const rerun = await mutate(docent(), RUN, { roundId, seed: 1 });
    expect(userError(rerun)).toMatchObject({ __typename: 'ConflictError', field: 'roundId' });
    placements = first.placements;
  });

  it('shows the company its confirmed students by name and e-mail address', async () => {
    const after = await execute<{ myMatches: Placement[] }>(maasstad(), MY_MATCHES);
    expect(after.errors).toBeUndefined();
    const ours = after.data?.myMatches.filter((m) => m.student.id.startsWith(`${ZADKINE}-t`)) ?? [];
    expect(ours.map((m) => m.id).sort()).toEqual(placements.map((p) => p.id).sort());
    for (const match of ours) {
      expect(match.student.givenName).toMatch(/^Test\d$/);
      expect(match.student.email).toMatch(/@student\.example$/);
    }
    const viaCompany = await execute<{ myCompany: { matches: Placement[] } }>(
      maasstad(),
      '{ myCompany { matches { id } } }',
    );
    expect(viaCompany.data?.myCompany.matches.length).toBe(after.data?.myMatches.length);
    expect((await execute(as('company', 'kvk-90000002'), MY_MATCHES)).data?.myMatches).not.toContainEqual(
      expect.objectContaining({ id: placements[0]?.id }),
    );
  });

  it('lets the company accept, or decline only with a reason from the list, recorded with who and when', async () => {
    const byStudent = (id: string) => {
      const found = placements.find((p) => p.student.id === id);
      if (!found) throw new Error(`Geen plaatsing voor ${id}`);
      return found.id;
    };
    const accepted = byStudent(T(1));
    const declined = byStudent(T(2));

    const otherCompany = await mutate(as('company', 'kvk-90000002'), RESPOND, { id: accepted, accept: true });
    expect(userError(otherCompany)).toMatchObject({ __typename: 'NotAllowedError', field: 'placementId' });
    expect(errorCodes(await execute(docent(), RESPOND, { id: accepted, accept: true }))).toEqual(['FORBIDDEN']);

    const yes = await mutate<{ status: string; respondedBy: string }>(maasstad(), RESPOND, {
      id: accepted,
      accept: true,
      key: 'respond-key-0001',
    });
    expect(yes).toMatchObject({
      __typename: 'Placement',
      status: 'ACCEPTED',
      respondedBy: 'praktijkopleider-maasstad',
    });
    const replay = await mutate<{ status: string }>(maasstad(), RESPOND, {
      id: accepted,
      accept: true,
      key: 'respond-key-0001',
    });
    expect(replay.status).toBe('ACCEPTED');
    const twice = await mutate(maasstad(), RESPOND, { id: accepted, accept: false, reason: 'NO_CAPACITY' });
    expect(userError(twice)).toMatchObject({ __typename: 'ConflictError', field: 'placementId' });

    const noReason = await mutate(maasstad(), RESPOND, { id: declined, accept: false });
    expect(userError(noReason)).toMatchObject({ __typename: 'InputError', field: 'declineReason' });
    const otherWithoutText = await mutate(maasstad(), RESPOND, { id: declined, accept: false, reason: 'OTHER' });
    expect(userError(otherWithoutText)).toMatchObject({ __typename: 'InputError', field: 'declineExplanation' });
    const shortText = await mutate(maasstad(), RESPOND, { id: declined, accept: false, reason: 'OTHER', text: 'nee' });
    expect(userError(shortText)).toMatchObject({ __typename: 'InputError', field: 'declineExplanation' });

    const no = await mutate<{
      status: string;
      declineReason: string;
      declineExplanation: string;
      history: Array<{ what: string; by: string; at: string; detail: string | null }>;
    }>(maasstad(), RESPOND, {
      id: declined,
      accept: false,
      reason: 'PRACTICAL_TRAINER_UNAVAILABLE',
      text: 'Onze praktijkopleider is de hele periode afwezig.',
    });
    expect(no).toMatchObject({ status: 'DECLINED', declineReason: 'PRACTICAL_TRAINER_UNAVAILABLE' });
    expect(no.history.map((h) => [h.what, h.by])).toEqual([
      ['CONFIRMED', 'docent-zadkine'],
      ['DECLINED', 'praktijkopleider-maasstad'],
    ]);
    expect(no.history[1]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('shows the institution each student’s placement status; a declined student goes into the next round', async () => {
    type Row = {
      id: string;
      email: string | null;
      placementStatus: string;
      needsPlacement: boolean;
      placement: { status: string; declineReason: string | null; needsReplacement: boolean } | null;
    };
    const read = async () => {
      const result = await execute<{ institution: { students: Row[] } }>(docent(), STUDENTS, { id: ZADKINE });
      expect(result.errors).toBeUndefined();
      return new Map((result.data?.institution.students ?? []).map((s) => [s.id, s]));
    };
    const students = await read();
    expect(students.get(T(1))).toMatchObject({ placementStatus: 'ACCEPTED', needsPlacement: false });
    expect(students.get(T(2))).toMatchObject({
      placementStatus: 'DECLINED',
      needsPlacement: true,
      placement: { status: 'DECLINED', declineReason: 'PRACTICAL_TRAINER_UNAVAILABLE' },
    });
    expect(students.get(T(6))).toMatchObject({ placementStatus: 'NONE', needsPlacement: true, placement: null });
    expect([...students.values()].every((s) => s.email?.endsWith('@student.example'))).toBe(true);

    const next = await mutate<{ id: string }>(docent(), CREATE, {
      key: randomUUID(),
      input: {
        name: 'Tweede ronde',
        periodStart: `${NEXT_YEAR}-01-01`,
        periodEnd: `${NEXT_YEAR}-07-31`,
        studentIds: [T(2), T(6)],
      },
    });
    expect(next.__typename).toBe('MatchingRound');
    await mutate(docent(), CHOICES, { roundId: next.id, studentId: T(2), placeIds: [P.two], accessible: false });
    await mutate(docent(), RUN, { roundId: next.id, seed: 7 });
    expect((await read()).get(T(2))?.placementStatus).toBe('MATCHED');
    // A place that closes leaves every unconfirmed round; the student is told why and needs a place again.
    // SBB suspends the company's accreditation: through the real mutation, in its one transaction.
    const accreditation = await database.db
      .selectFrom('accreditation')
      .select('id')
      .where('company_id', '=', MAASSTAD)
      .where('qualification_crebo', '=', CREBO)
      .executeTakeFirstOrThrow();
    const suspended = await mutate<{ closedPlaces: Array<{ id: string }> }>(
      as('sbb', 'sbb', 'adviseur-sbb'),
      `mutation ($id: ID!, $key: IdempotencyKey!) {
        changeAccreditationStatus(accreditationId: $id, status: SUSPENDED, reason: "Hoor en wederhoor loopt nog; geschorst.", idempotencyKey: $key) {
          __typename ... on AccreditationStatusChange { closedPlaces { id } } ... on UserError { message field }
        }
      }`,
      { id: String(accreditation.id), key: 'suspend-key-0001' },
    );
    expect(suspended.closedPlaces.map((p) => p.id)).toContain(P.two);
    expect((await read()).get(T(2))).toMatchObject({ placementStatus: 'DECLINED', needsPlacement: true });
    const explained = await execute<{ matchingRound: Round }>(
      docent(),
      `query ($id: ID!) { matchingRound(id: $id) { ${ROUND} } }`,
      { id: next.id },
    );
    expect(resultOf(explained.data?.matchingRound as Round, T(2))).toMatchObject({
      place: null,
      explanation: { reason: expect.stringMatching(/geschorst/i) },
    });
    const placed = await mutate(docent(), CREATE, {
      key: randomUUID(),
      input: {
        name: 'Derde ronde',
        periodStart: `${NEXT_YEAR}-01-01`,
        periodEnd: `${NEXT_YEAR}-07-31`,
        studentIds: [T(1)],
      },
    });
    expect(userError(placed)).toMatchObject({ __typename: 'ConflictError', field: 'studentIds' });

    // Withdrawal of the accreditation: the accepted student needs a replacement placement — DOMAIN.md §1.
    const withdraw = (status: 'WITHDRAWN' | 'ACTIVE') =>
      database.db
        .updateTable('accreditation')
        .set({ status })
        .where('company_id', '=', MAASSTAD)
        .where('qualification_crebo', '=', CREBO)
        .execute();
    await withdraw('WITHDRAWN');
    try {
      expect((await read()).get(T(1))).toMatchObject({
        placementStatus: 'NEEDS_REPLACEMENT',
        needsPlacement: true,
        placement: { needsReplacement: true },
      });
    } finally {
      await withdraw('ACTIVE');
    }
  });

  it('refuses personal data and rounds to municipalities, the ministry and other institutions', async () => {
    for (const context of [as('municipality'), as('ministry'), as('sbb'), as('partner')]) {
      expect(errorCodes(await execute(context, '{ matchingRounds { id } }'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(context, MY_MATCHES))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(context, STUDENTS, { id: ZADKINE }))).toEqual(['FORBIDDEN']);
    }
    const ministry = await execute(as('ministry'), 'query ($id: ID!) { company(id: $id) { name matches { id } } }', {
      id: MAASSTAD,
    });
    expect(errorCodes(ministry)).toEqual(['FORBIDDEN']);
    expect(ministry.errors?.[0]?.path).toEqual(['company', 'matches']);
    const albeda = as('institution', 'albeda-college');
    expect(
      errorCodes(await execute(albeda, 'query ($id: ID!) { matchingRound(id: $id) { id } }', { id: roundId })),
    ).toEqual(['FORBIDDEN']);
    const albedaRounds = await execute<{ matchingRounds: unknown[] }>(albeda, '{ matchingRounds { id } }');
    expect(albedaRounds.data?.matchingRounds).toEqual([]);
    const entity = await execute(
      albeda,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Student { placementStatus } } }',
      { r: [{ __typename: 'Student', id: T(1) }] },
    );
    expect(errorCodes(entity)).toEqual(['FORBIDDEN']);
  });
});
