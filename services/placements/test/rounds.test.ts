import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes, expectType } from '@stelsel/testing';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/schema.ts';
import {
  ADJUST,
  ADJUSTMENT_REASON,
  CHOICES,
  CONFIRM,
  CREATE,
  MY_MATCHES,
  P,
  POSTPONED_REASON,
  READ_ROUND,
  ROUND_IDS,
  ROUND_INPUT,
  ROUNDS,
  type Round,
  RUN,
  resultOf,
  roundsHarness,
  T,
  TEST_CHOICES,
  ZADKINE,
} from './rounds-support.ts';

// From a new round to its confirmation; what follows confirmation is in round-placements.test.ts.
describe.each(testEngines())('stagematching rounds on %s', (engine) => {
  const { database, execute, executeText, as, docent, maasstad, mutate } = roundsHarness(engine);
  let roundId = '';

  it('seeds a confirmed demo round at ROC Zadkine with placements the company answered', async () => {
    const rounds = await execute(docent(), ROUNDS);
    expect(rounds.errors).toBeUndefined();
    expect(rounds.data?.matchingRounds).toHaveLength(1);
    expect(rounds.data?.matchingRounds?.[0]?.status).toBe('CONFIRMED');
    const mine = await execute(maasstad(), MY_MATCHES);
    expect(mine.errors).toBeUndefined();
    const statuses = mine.data?.myMatches?.map((m) => m.status) ?? [];
    expect(statuses).toContain('CONFIRMED');
    expect(statuses).toContain('ACCEPTED');
    expect(mine.data?.myMatches?.every((m) => /^[a-z]+\.[a-z]+\d*@student\.example$/.test(m.student.email ?? ''))).toBe(
      true,
    );
    const declined = await database.db
      .selectFrom('placement')
      .select(['decline_reason', 'decline_explanation'])
      .where('status', '=', 'DECLINED')
      .execute();
    expect(declined).toHaveLength(1);
    expect(declined[0]?.decline_reason).toBeTruthy();
  });

  it('creates a round for own students only, with a valid period', async () => {
    const input = ROUND_INPUT;
    const otherInstitution = await mutate(docent(), CREATE, {
      key: randomUUID(),
      input: { ...input, studentIds: [T(1), 'albeda-college-s001'] },
    });
    expect(otherInstitution).toMatchObject({ __typename: 'NotAllowedError', field: 'studentIds' });
    const badPeriod = await mutate(docent(), CREATE, {
      key: randomUUID(),
      input: { ...input, periodEnd: '2025-12-31' },
    });
    expect(badPeriod).toMatchObject({ __typename: 'InputError', field: 'periodEnd' });
    const noName = await mutate(docent(), CREATE, { key: randomUUID(), input: { ...input, name: '  ' } });
    expect(noName).toMatchObject({ __typename: 'InputError', field: 'name' });
    for (const context of [maasstad(), as('student', ZADKINE, T(1)), as('ministry'), as('municipality')]) {
      expect(errorCodes(await execute(context, CREATE, { key: randomUUID(), input }))).toEqual(['FORBIDDEN']);
    }

    const created = expectType(await mutate(docent(), CREATE, { key: randomUUID(), input }), 'MatchingRound');
    expect(created.status).toBe('DRAFT');
    expect(created.students).toHaveLength(6);
    roundId = created.id;

    const again = await mutate(docent(), CREATE, { key: randomUUID(), input: { ...input, studentIds: [T(1)] } });
    expect(again).toMatchObject({ __typename: 'ConflictError', field: 'studentIds' });
  });

  it('takes ranked choices from the institution, or from the student for themself only', async () => {
    for (const [n, placeIds, accessible] of TEST_CHOICES) {
      const context = n === 1 ? as('student', ZADKINE, T(1)) : docent();
      const entry = expectType(
        await mutate(context, CHOICES, { roundId, studentId: T(n), placeIds, accessible }),
        'MatchingRoundStudent',
      );
      expect(entry.choices.map((c) => c.id)).toEqual(placeIds);
    }
    const forOther = await mutate(as('student', ZADKINE, T(1)), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: [P.two],
      accessible: false,
    });
    expect(forOther).toMatchObject({ __typename: 'NotAllowedError', field: 'studentId' });
    const otherInstitution = await mutate(as('institution', 'albeda-college'), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: [P.two],
      accessible: false,
    });
    expect(otherInstitution).toMatchObject({ __typename: 'NotAllowedError', field: 'roundId' });
    const tooMany = await mutate(docent(), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: Array.from({ length: 11 }, (_, i) => `p${i}`),
      accessible: false,
    });
    expect(tooMany).toMatchObject({ __typename: 'InputError', field: 'placeIds' });
    const twice = await mutate(docent(), CHOICES, {
      roundId,
      studentId: T(2),
      placeIds: [P.one, P.one],
      accessible: false,
    });
    expect(twice).toMatchObject({ __typename: 'InputError', field: 'placeIds' });
  });

  it('runs reproducibly from a seed, records a random seed when none is given, and explains every result', async () => {
    const run = async (seed?: number) =>
      expectType(await mutate(docent(), RUN, seed === undefined ? { roundId } : { roundId, seed }), 'MatchingRound');
    const first = await run(42);
    expect(first.status).toBe('RUN');
    expect(first.seed).toBe(42);
    const random = await run();
    expect(random.seed).toEqual(expect.any(Number));
    const again = await run(42);
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
    expect(noReason).toMatchObject({ __typename: 'InputError', field: 'reason' });
    const reason = ADJUSTMENT_REASON;
    const full = await mutate(docent(), ADJUST, { roundId, studentId: T(4), placeId: P.accessible, reason });
    expect(full).toMatchObject({ __typename: 'ConflictError', field: 'placeId' });
    const notFitting = await mutate(docent(), ADJUST, { roundId, studentId: T(4), placeId: P.three, reason });
    expect(notFitting).toMatchObject({ __typename: 'InputError', field: 'placeId' });
    const elsewhere = await mutate(as('institution', 'albeda-college'), ADJUST, {
      roundId,
      studentId: T(4),
      placeId: null,
      reason,
    });
    expect(elsewhere).toMatchObject({ __typename: 'NotAllowedError', field: 'roundId' });

    const freed = await mutate(docent(), ADJUST, {
      roundId,
      studentId: T(5),
      placeId: null,
      reason: POSTPONED_REASON,
    });
    expect(freed).toMatchObject({
      __typename: 'MatchResult',
      place: null,
      adjusted: true,
      adjustedBy: 'docent-zadkine',
    });
    const moved = expectType(
      await mutate(docent(), ADJUST, { roundId, studentId: T(4), placeId: P.accessible, reason }),
      'MatchResult',
    );
    expect(moved.place?.id).toBe(P.accessible);
    expect(moved.rank).toBeNull();
    expect(moved.explanation.reason).toBe(`Met de hand aangepast door de instelling: ${reason}`);
    const back = await mutate(docent(), ADJUST, { roundId, studentId: T(5), placeId: P.accessible, reason });
    expect(back).toMatchObject({ __typename: 'ConflictError', field: 'placeId' });

    const round = await execute(docent(), READ_ROUND, { id: roundId });
    const capacity: Record<string, number> = {
      [P.one]: 1,
      [P.two]: 2,
      [P.three]: 1,
      [P.accessible]: 1,
      [P.closing]: 1,
    };
    const held = new Map<string, number>();
    for (const r of round.data?.matchingRound?.results ?? []) {
      if (r.place) held.set(r.place.id, (held.get(r.place.id) ?? 0) + 1);
    }
    for (const [place, count] of held) expect(count).toBeLessThanOrEqual(capacity[place] ?? 0);
    expect(round.data?.matchingRound?.progress.adjusted).toBe(2);
  });

  it('shows a company nothing before confirmation, and never the round, the lottery or other choices', async () => {
    const before = await execute(maasstad(), MY_MATCHES);
    expect(before.data?.myMatches?.some((m) => m.student.id.startsWith(`${ZADKINE}-t`))).toBe(false);
    const round = await execute(maasstad(), ROUND_IDS, { id: roundId });
    expect(errorCodes(round)).toEqual(['FORBIDDEN']);
    // Not in the schema at all: sent as text, refused by validation.
    const lottery = await executeText(maasstad(), '{ myMatches { lotteryNumber } }');
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
    expect(notYours).toMatchObject({ __typename: 'NotAllowedError', field: 'roundId' });
    expect(errorCodes(await execute(docent(), CONFIRM, { roundId, key: 'x' }))).toEqual(['BAD_USER_INPUT']);

    const confirm = async () =>
      expectType(await mutate(docent(), CONFIRM, { roundId, key: 'confirm-key-0001' }), 'MatchingRoundConfirmation');
    const first = await confirm();
    expect(first.round.status).toBe('CONFIRMED');
    expect(first.placements).toHaveLength(4);
    expect(first.placements.every((p) => p.status === 'CONFIRMED')).toBe(true);
    expect(first.droppedStudents.map((s) => s.id)).toEqual([T(6)]);
    expect(first.unmatchedStudents.map((s) => s.id)).toEqual([T(5), T(6)]);
    expect(first.message).toMatch(/^4 plaatsingen bevestigd\. 1 student is niet geplaatst omdat de plaats/);
    const retry = await confirm();
    expect(retry.placements.map((p) => p.id).sort()).toEqual(first.placements.map((p) => p.id).sort());
    const count = await database.db
      .selectFrom('placement')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(4);
    const otherKey = await mutate(docent(), CONFIRM, { roundId, key: 'confirm-key-0002' });
    expect(otherKey).toMatchObject({ __typename: 'ConflictError', field: 'roundId' });
    const rerun = await mutate(docent(), RUN, { roundId, seed: 1 });
    expect(rerun).toMatchObject({ __typename: 'ConflictError', field: 'roundId' });
  });
});
