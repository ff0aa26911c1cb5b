import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  deferredAcceptance,
  drawLottery,
  explain,
  type MatchingInput,
  type MatchingResult,
  match,
  placeOccupancy,
  randomBelow,
  xoshiro128StarStar,
} from '../src/domain/matching.ts';
import { checkFeasible, isStable, serialDictatorship } from '../src/domain/matching-check.ts';
import { filterEligible } from '../src/domain/matching-eligibility.ts';

/** Builds a columnar instance from plain lists. */
function instance(capacity: readonly number[], lists: readonly (readonly number[])[], seed = 1): MatchingInput {
  const choiceOffsets = new Uint32Array(lists.length + 1);
  const flat: number[] = [];
  lists.forEach((list, s) => {
    choiceOffsets[s] = flat.length;
    flat.push(...list);
  });
  choiceOffsets[lists.length] = flat.length;
  return {
    students: lists.length,
    places: capacity.length,
    capacity: Uint32Array.from(capacity),
    choiceOffsets,
    choices: Uint32Array.from(flat),
    seed,
  };
}

function listOf(input: MatchingInput, s: number): number[] {
  return Array.from(input.choices.subarray(input.choiceOffsets[s]!, input.choiceOffsets[s + 1]!));
}

/** Position of the assigned place in the student's list; unassigned ranks after every choice. */
function rankOf(input: MatchingInput, assignment: ArrayLike<number>, s: number): number {
  const list = listOf(input, s);
  const p = assignment[s]!;
  return p < 0 ? list.length : list.indexOf(p);
}

/** Stability straight from the definition, comparing against every holder one by one (test-only). */
function stableByDefinition(input: MatchingInput, assignment: readonly number[], lottery: Uint32Array): boolean {
  for (let s = 0; s < input.students; s++) {
    for (const p of listOf(input, s)) {
      if (p === assignment[s]) break;
      const holders = assignment.flatMap((q, t) => (q === p ? [t] : []));
      if (holders.length < input.capacity[p]!) return false;
      if (holders.some((t) => lottery[t]! > lottery[s]!)) return false;
    }
  }
  return true;
}

/** Every assignment respecting capacities and lists (unassigned allowed), by brute force. */
function allMatchings(input: MatchingInput): number[][] {
  const out: number[][] = [];
  const current: number[] = [];
  const used = new Array<number>(input.places).fill(0);
  const go = (s: number) => {
    if (s === input.students) {
      out.push([...current]);
      return;
    }
    current.push(-1);
    go(s + 1);
    current.pop();
    for (const p of listOf(input, s)) {
      if (used[p]! >= input.capacity[p]!) continue;
      used[p]!++;
      current.push(p);
      go(s + 1);
      current.pop();
      used[p]!--;
    }
  };
  go(0);
  return out;
}

const instanceArbitrary = (maxStudents: number, maxPlaces: number) =>
  fc.integer({ min: 1, max: maxPlaces }).chain((places) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: places, maxLength: places }),
      lists: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: places - 1 }), { maxLength: Math.min(10, places) }), {
        maxLength: maxStudents,
      }),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    }),
  );

describe('seeded lottery', () => {
  it('implements xoshiro128** (reference output for state 1, 2, 3, 4)', () => {
    const next = xoshiro128StarStar([1, 2, 3, 4]);
    expect(Array.from({ length: 10 }, next)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it('replays a recorded round: the lottery of a seed never changes', () => {
    expect(Array.from(drawLottery(10, 42))).toEqual([5, 8, 7, 0, 9, 4, 1, 3, 2, 6]);
    expect(Array.from(drawLottery(10, 43))).toEqual([1, 7, 4, 2, 9, 8, 6, 3, 5, 0]);
    expect(createRandom(0)()).toBe(3809008728);
  });

  it('draws a permutation of 0..n-1, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 0xffff_ffff }), (n, seed) => {
        const lottery = drawLottery(n, seed);
        expect(Array.from(lottery).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
        expect(drawLottery(n, seed)).toEqual(lottery);
      }),
    );
  });
});

describe('deferred acceptance on hand-made instances', () => {
  it('follows the textbook rejection chain (Gale & Shapley 1962) with a given lottery', () => {
    // Places X=0, Y=1 with one seat each. Lottery: B=0 (best), C=1, A=2.
    const input = instance(
      [1, 1],
      [
        [0, 1], // A: X, then Y
        [1, 0], // B: Y, then X
        [0], // C: X
      ],
    );
    const lottery = Uint32Array.from([2, 0, 1]);
    const { assignment, proposals } = deferredAcceptance(input, lottery);
    // A→X held, B→Y held, C→X bumps A (better number), A→Y refused (B holds it): A ends unplaced.
    expect(Array.from(assignment)).toEqual([-1, 1, 0]);
    expect(proposals).toBe(4);
  });

  it('gives everyone their first choice when seats suffice', () => {
    const input = instance([2, 1, 3], [[0], [0, 1], [2], [1, 2], [2, 0]]);
    const result = match(input);
    expect(Array.from(result.assignment)).toEqual([0, 0, 2, 1, 2]);
    expect(result.proposals).toBe(5);
  });

  it('lets the lottery alone decide when everyone wants the same single seat', () => {
    const input = instance(
      [1],
      Array.from({ length: 10 }, () => [0]),
    );
    const winner = (seed: number) => Array.from(match({ ...input, seed }).assignment).indexOf(0);
    const result = match({ ...input, seed: 42 });
    expect(result.seed).toBe(42);
    expect(result.assignment.filter((p) => p === 0)).toHaveLength(1);
    expect(winner(42)).toBe(Array.from(drawLottery(10, 42)).indexOf(0));
    expect(winner(42)).toBe(3);
    expect(winner(42)).toBe(winner(42));
    expect(winner(43)).toBe(9);
    expect(new Set(Array.from({ length: 20 }, (_, seed) => winner(seed))).size).toBeGreaterThan(3);
  });

  it('handles empty lists, places without seats, and empty rounds', () => {
    expect(Array.from(match(instance([0, 2], [[], [0], [0, 1]])).assignment)).toEqual([-1, -1, 1]);
    expect(match(instance([], [])).assignment).toHaveLength(0);
    expect(Array.from(match(instance([], [[], []])).assignment)).toEqual([-1, -1]);
  });

  it('refuses malformed input', () => {
    expect(() => match(instance([1], [[1]]))).toThrow(RangeError);
    expect(() => match({ ...instance([1], [[0]]), choiceOffsets: Uint32Array.from([0, 2]) })).toThrow(RangeError);
    expect(() => match({ ...instance([1], [[0]]), capacity: Int32Array.from([-1]) })).toThrow(RangeError);
    expect(() => deferredAcceptance(instance([1], [[0], [0]]), Uint32Array.from([0, 0]))).toThrow(RangeError);
  });
});

describe('explanations', () => {
  it('names the better choices that were full and the last lottery number admitted there', () => {
    const input = instance([1, 1, 1], [[0, 1, 2], [1, 0], [0]]);
    const lottery = Uint32Array.from([2, 0, 1]);
    const { assignment, proposals } = deferredAcceptance(input, lottery);
    const result: MatchingResult = { seed: 0, assignment, lottery, proposals };
    expect(explain(input, result, 0)).toEqual({
      student: 0,
      lottery: 2,
      place: 2,
      rank: 3,
      betterChoices: [
        { place: 0, rank: 1, capacity: 1, seatsTaken: 1, cutoff: 1, full: true },
        { place: 1, rank: 2, capacity: 1, seatsTaken: 1, cutoff: 0, full: true },
      ],
    });
    expect(explain(input, result, 1)).toMatchObject({ place: 1, rank: 1, betterChoices: [] });
    expect(() => explain(input, result, 3)).toThrow(RangeError);
  });
});

describe('independent checks', () => {
  it('finds blocking pairs and infeasible assignments in a wrong result', () => {
    const input = instance([1, 1], [[0, 1], [0]]);
    const lottery = Uint32Array.from([0, 1]);
    // Student 1 holds X although student 0 has the better number and wants X.
    expect(isStable(input, { assignment: Int32Array.from([1, 0]), lottery })).toEqual([{ student: 0, place: 0 }]);
    // Nobody placed while seats are free: every listed place blocks.
    expect(isStable(input, { assignment: Int32Array.from([-1, -1]), lottery })).toHaveLength(3);
    expect(isStable(input, { assignment: Int32Array.from([-1, -1]), lottery }, 1)).toHaveLength(1);
    expect(checkFeasible(input, { assignment: Int32Array.from([0, 0]), lottery })).toEqual([
      { kind: 'over-capacity', place: 0, assigned: 2, capacity: 1 },
    ]);
    expect(checkFeasible(input, { assignment: Int32Array.from([-1, 1]), lottery: Uint32Array.from([1, 1]) })).toEqual([
      { kind: 'lottery-not-permutation', student: 1 },
      { kind: 'not-in-list', student: 1, place: 1 },
    ]);
  });
});

describe('deferred acceptance on random instances (property-based)', () => {
  it('is feasible, stable and deterministic, and equals serial dictatorship in lottery order', () => {
    fc.assert(
      fc.property(instanceArbitrary(60, 40), ({ capacity, lists, seed }) => {
        const input = instance(capacity, lists, seed);
        const result = match(input);
        expect(checkFeasible(input, result)).toEqual([]);
        expect(isStable(input, result)).toEqual([]);
        const again = match(input);
        expect(again.assignment).toEqual(result.assignment);
        expect(again.proposals).toBe(result.proposals);
        expect(result.lottery).toEqual(drawLottery(input.students, seed));
        expect(serialDictatorship(input, result.lottery)).toEqual(result.assignment);
        expect(result.proposals).toBeLessThanOrEqual(input.choices.length);
      }),
      { numRuns: 500 },
    );
  });

  it('is blind: relabelling students changes nothing but the labels', () => {
    fc.assert(
      fc.property(instanceArbitrary(30, 20), fc.integer(), ({ capacity, lists, seed }, shuffleSeed) => {
        const input = instance(capacity, lists, seed);
        const result = match(input);
        const next = createRandom(shuffleSeed);
        const relabel = lists.map((_, s) => s);
        for (let i = relabel.length - 1; i > 0; i--) {
          const j = randomBelow(next, i + 1);
          [relabel[i], relabel[j]] = [relabel[j]!, relabel[i]!];
        }
        const relabelled = instance(
          capacity,
          relabel.map((s) => lists[s]!),
        );
        const lottery = Uint32Array.from(relabel.map((s) => result.lottery[s]!));
        const { assignment } = deferredAcceptance(relabelled, lottery);
        expect(Array.from(assignment)).toEqual(relabel.map((s) => result.assignment[s]!));
      }),
      { numRuns: 200 },
    );
  });

  it('is student-optimal: every student weakly prefers it to every stable matching (brute force)', () => {
    fc.assert(
      fc.property(instanceArbitrary(6, 4), ({ capacity, lists, seed }) => {
        const input = instance(capacity, lists, seed);
        const result = match(input);
        const stable = allMatchings(input).filter((m) => stableByDefinition(input, m, result.lottery));
        expect(stable).toContainEqual(Array.from(result.assignment));
        for (const other of stable) {
          for (let s = 0; s < input.students; s++) {
            expect(rankOf(input, result.assignment, s)).toBeLessThanOrEqual(rankOf(input, other, s));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('explains every student: each better-ranked choice was full with better lottery numbers', () => {
    fc.assert(
      fc.property(instanceArbitrary(40, 20), ({ capacity, lists, seed }) => {
        const input = instance(capacity, lists, seed);
        const result = match(input);
        const occupancy = placeOccupancy(input, result);
        for (let s = 0; s < input.students; s++) {
          const why = explain(input, result, s, occupancy);
          expect(why.rank).toBe(result.assignment[s]! < 0 ? 0 : rankOf(input, result.assignment, s) + 1);
          expect(why.betterChoices.every((c) => c.full && c.seatsTaken === c.capacity)).toBe(true);
          expect(why.betterChoices.every((c) => c.cutoff < why.lottery)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('matches 100,000 students well within budget (tight figures: pnpm bench)', () => {
    const students = 100_000;
    const places = 200_000;
    const next = createRandom(7);
    const capacity = Uint32Array.from({ length: places }, () => 1 + (next() % 3));
    const choiceOffsets = Uint32Array.from({ length: students + 1 }, (_, s) => s * 10);
    const choices = new Uint32Array(students * 10);
    for (let s = 0; s < students; s++) {
      for (let k = 0; k < 10; k++) choices[s * 10 + k] = (next() % 1000) * 200 + ((s + k * 17) % 200);
    }
    const input: MatchingInput = { students, places, capacity, choiceOffsets, choices, seed: 11 };
    const started = performance.now();
    const result = match(input);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(isStable(input, result)).toEqual([]);
    expect(checkFeasible(input, result)).toEqual([]);
  });
});

describe('eligibility filter', () => {
  const places = {
    open: [true, true, true, false, true, true],
    qualification: [25655, 25655, 25655, 25655, 25180, 25655],
    level: [2, 2, 3, 2, 2, 2],
    accessible: [false, true, false, true, true, true],
    periodStart: [20250901, 20250901, 20250901, 20250901, 20250901, 20260201],
    periodEnd: [20260131, 20260131, 20260131, 20260131, 20260131, 20260701],
  };
  const period = { start: 20250901, end: 20260131 };

  it('keeps qualification, level, period and open places in the student order, and honours accessibility', () => {
    const students = { qualification: [25655, 25655], level: [2, 2], needsAccessible: [false, true] };
    const lists = instance(
      [1, 1, 1, 1, 1, 1],
      [
        [5, 4, 3, 2, 1, 0, 1],
        [0, 1, 2, 3, 4, 5],
      ],
    );
    const eligible = filterEligible(students, places, period, lists.choiceOffsets, lists.choices);
    // Dropped: 5 outside the period, 4 other qualification, 3 closed, 2 other level, the repeated 1;
    // student 1 asked for an accessible place, so 0 goes too.
    expect(Array.from(eligible.choiceOffsets)).toEqual([0, 2, 3]);
    expect(Array.from(eligible.choices)).toEqual([1, 0, 1]);
    expect(eligible.dropped).toBe(10);
  });

  it('keeps a subsequence of each list in which every place fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ qualification: fc.integer({ min: 1, max: 2 }), level: fc.integer({ min: 1, max: 2 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.array(fc.nat(7), { maxLength: 10 }), { maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (placeRows, lists, needs) => {
          const n = placeRows.length;
          const plain = {
            open: placeRows.map((_, p) => p % 5 !== 4),
            qualification: placeRows.map((r) => r.qualification),
            level: placeRows.map((r) => r.level),
            accessible: placeRows.map((_, p) => p % 2 === 0),
            periodStart: placeRows.map(() => 10),
            periodEnd: placeRows.map((_, p) => (p === 3 ? 99 : 20)),
          };
          const students = { qualification: lists.map(() => 1), level: lists.map(() => 1), needsAccessible: needs };
          const input = instance(
            new Array<number>(n).fill(1),
            lists.map((l) => l.filter((p) => p < n)),
          );
          const out = filterEligible(students, plain, { start: 0, end: 50 }, input.choiceOffsets, input.choices);
          for (let s = 0; s < lists.length; s++) {
            const kept = Array.from(out.choices.subarray(out.choiceOffsets[s]!, out.choiceOffsets[s + 1]!));
            const expected = [...new Set(listOf(input, s))].filter(
              (p) =>
                plain.open[p] &&
                plain.qualification[p] === 1 &&
                plain.level[p] === 1 &&
                p !== 3 &&
                (!needs[s] || plain.accessible[p]),
            );
            expect(kept).toEqual(expected);
          }
        },
      ),
    );
  });
});
