/**
 * Stagematching core: student-proposing deferred acceptance (Gale–Shapley) over a seeded lottery.
 *
 * Pure and columnar: the input is typed arrays in CSR layout so a national round (500,000 students,
 * 1,000,000 places, 10 choices each) fits in a few tens of megabytes and runs well under a second.
 * Eligibility (qualification, level, period, accessibility) is applied before matching, by
 * `filterEligible` in `matching-eligibility.ts`; the stability checker lives apart in `matching-check.ts`.
 */

/** A matching round in columnar form. Students are 0..students-1, places 0..places-1. */
export interface MatchingInput {
  readonly students: number;
  readonly places: number;
  /** Seats per place, length `places`. */
  readonly capacity: Uint32Array | Int32Array;
  /** CSR offsets, length `students + 1`: student s ranks `choices[choiceOffsets[s] .. choiceOffsets[s + 1])`, best first. */
  readonly choiceOffsets: Uint32Array;
  /** Eligible place indices, already filtered; a list holds each place at most once. */
  readonly choices: Uint32Array;
  /** Lottery seed (uint32); recorded with the round so the run can be replayed exactly. */
  readonly seed: number;
}

export interface MatchingResult {
  readonly seed: number;
  /** Place index per student, or -1 when no choice could be given. */
  readonly assignment: Int32Array;
  /** Lottery number per student: a permutation of 0..students-1, lower wins. Never shown to a company. */
  readonly lottery: Uint32Array;
  /** Number of proposals (student applies to a place) the algorithm made. */
  readonly proposals: number;
}

/** A better-ranked choice the student did not get, with why: every seat went to a lower lottery number. */
export interface ChoiceExplanation {
  readonly place: number;
  /** 1-based position in the student's list. */
  readonly rank: number;
  readonly capacity: number;
  readonly seatsTaken: number;
  /** Highest (worst) lottery number admitted at this place, -1 when nobody was. */
  readonly cutoff: number;
  /** True when the place had no seat left for this student; false only for an unstable result. */
  readonly full: boolean;
}

export interface Explanation {
  readonly student: number;
  readonly lottery: number;
  /** Assigned place or -1. */
  readonly place: number;
  /** 1-based position of the assigned place in the student's list, 0 when unassigned. */
  readonly rank: number;
  /** The choices ranked above the assigned one (all of them when unassigned). */
  readonly betterChoices: readonly ChoiceExplanation[];
}

/** Per place: seats taken and the worst lottery number admitted — shared by many `explain` calls. */
export interface PlaceOccupancy {
  readonly seatsTaken: Int32Array;
  readonly cutoff: Int32Array;
}

const UINT32 = 0x1_0000_0000;

/** splitmix32 (Vigna): expands a 32-bit seed into well-mixed state words. */
function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** xoshiro128** (Blackman & Vigna 2018) from four state words, not all zero; returns uint32 values. */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = state;
  if ((a | b | c | d) === 0) throw new RangeError('xoshiro128** heeft een toestand nodig die niet nul is.');
  return () => {
    const r = Math.imul(b, 5);
    const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result;
  };
}

/** The lottery's PRNG: xoshiro128** seeded through splitmix32, as its authors recommend. */
export function createRandom(seed: number): () => number {
  const init = splitmix32(seed >>> 0);
  const state: [number, number, number, number] = [init(), init(), init(), init()];
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return xoshiro128StarStar(state);
}

/** Uniform integer in [0, bound) without modulo bias (rejection sampling). */
export function randomBelow(next: () => number, bound: number): number {
  const limit = UINT32 - (UINT32 % bound);
  let r = next();
  while (r >= limit) r = next();
  return r % bound;
}

/** Lottery order: `order[k]` is the student holding lottery number k (Fisher–Yates over the seeded PRNG). */
function drawOrder(students: number, seed: number): Uint32Array {
  const order = new Uint32Array(students);
  for (let i = 0; i < students; i++) order[i] = i;
  const next = createRandom(seed);
  for (let i = students - 1; i > 0; i--) {
    const j = randomBelow(next, i + 1);
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/**
 * One lottery number per student, a permutation of 0..students-1 drawn from the seed; lower wins.
 * Blind matching — Stagepact 2023–2027: the lottery is the only thing a place ranks students by.
 */
export function drawLottery(students: number, seed: number): Uint32Array {
  const order = drawOrder(students, seed);
  const lottery = new Uint32Array(students);
  for (let k = 0; k < students; k++) lottery[order[k]!] = k;
  return lottery;
}

function assertShape(input: Omit<MatchingInput, 'seed'>): void {
  const { students, places, capacity, choiceOffsets, choices } = input;
  if (!Number.isInteger(students) || students < 0) throw new RangeError(`Ongeldig aantal studenten: ${students}.`);
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`Ongeldig aantal plaatsen: ${places}.`);
  if (capacity.length !== places) throw new RangeError('capacity moet één waarde per plaats hebben.');
  if (choiceOffsets.length !== students + 1) throw new RangeError('choiceOffsets moet studenten + 1 lang zijn.');
  if (choiceOffsets[0] !== 0 || choiceOffsets[students] !== choices.length) {
    throw new RangeError('choiceOffsets moet bij 0 beginnen en bij choices.length eindigen.');
  }
}

/**
 * Student-proposing deferred acceptance with a given lottery (lower number = higher priority at every place).
 * Each place keeps the students it holds in a fixed-size max-heap of lottery numbers inside one flat array
 * (offsets = capacity prefix sums), so a full place compares a newcomer with its worst holder in O(1) and
 * replaces it in O(log capacity). Free students wait on a stack; each keeps a pointer to its next choice.
 * Nothing is allocated per proposal.
 */
export function deferredAcceptance(
  input: Omit<MatchingInput, 'seed'>,
  lottery: Uint32Array,
): { assignment: Int32Array; proposals: number } {
  assertShape(input);
  const students = input.students;
  if (lottery.length !== students) throw new RangeError('lottery moet één nummer per student hebben.');
  const order = new Uint32Array(students).fill(students);
  for (let s = 0; s < students; s++) {
    const k = lottery[s]!;
    if (k >= students || order[k] !== students) throw new RangeError('lottery moet een permutatie van 0..n-1 zijn.');
    order[k] = s;
  }
  return run(input, lottery, order);
}

function run(
  input: Omit<MatchingInput, 'seed'>,
  lottery: Uint32Array,
  order: Uint32Array,
): { assignment: Int32Array; proposals: number } {
  const { students, places, capacity, choiceOffsets, choices } = input;

  // Seat ranges: place p owns heap[seatStart[p] .. seatStart[p + 1]).
  const seatStart = new Uint32Array(places + 1);
  let seats = 0;
  for (let p = 0; p < places; p++) {
    seatStart[p] = seats;
    const cap = capacity[p]!;
    if (cap < 0) throw new RangeError(`Negatieve capaciteit bij plaats ${p}.`);
    seats += cap;
  }
  seatStart[places] = seats;

  const heap = new Int32Array(seats);
  const taken = new Int32Array(places);
  const assignment = new Int32Array(students).fill(-1);
  const next = choiceOffsets.slice(0, students);
  const free = new Int32Array(students);
  let top = 0;
  for (let s = students - 1; s >= 0; s--) free[top++] = s;

  let proposals = 0;
  while (top > 0) {
    const s = free[--top]!;
    const key = lottery[s]!;
    const end = choiceOffsets[s + 1]!;
    let i = next[s]!;
    while (i < end) {
      const p = choices[i++]!;
      if (p >= places) throw new RangeError(`Keuze ${p} van student ${s} verwijst niet naar een plaats.`);
      proposals++;
      const base = seatStart[p]!;
      const cap = seatStart[p + 1]! - base;
      const size = taken[p]!;
      if (size < cap) {
        // Free seat: insert and sift up (max-heap on lottery number).
        let at = size;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          const up = heap[base + parent]!;
          if (up >= key) break;
          heap[base + at] = up;
          at = parent;
        }
        heap[base + at] = key;
        taken[p] = size + 1;
        assignment[s] = p;
        break;
      }
      if (cap === 0) continue;
      const worst = heap[base]!;
      if (key < worst) {
        // Full, but the newcomer has a better number: the worst holder goes back on the free stack.
        const out = order[worst]!;
        assignment[out] = -1;
        free[top++] = out;
        let at = 0;
        for (;;) {
          const left = 2 * at + 1;
          if (left >= cap) break;
          let child = left;
          let value = heap[base + left]!;
          if (left + 1 < cap) {
            const right = heap[base + left + 1]!;
            if (right > value) {
              child = left + 1;
              value = right;
            }
          }
          if (value <= key) break;
          heap[base + at] = value;
          at = child;
        }
        heap[base + at] = key;
        assignment[s] = p;
        break;
      }
    }
    next[s] = i;
  }
  return { assignment, proposals };
}

/** Draws the lottery from the seed and runs deferred acceptance; same input and seed, same result. */
export function match(input: MatchingInput): MatchingResult {
  assertShape(input);
  const seed = input.seed >>> 0;
  const order = drawOrder(input.students, seed);
  const lottery = new Uint32Array(input.students);
  for (let k = 0; k < input.students; k++) lottery[order[k]!] = k;
  const { assignment, proposals } = run(input, lottery, order);
  return { seed, assignment, lottery, proposals };
}

/** Seats taken and the worst admitted lottery number per place, computed once for many explanations. */
export function placeOccupancy(input: Pick<MatchingInput, 'places'>, result: MatchingResult): PlaceOccupancy {
  const seatsTaken = new Int32Array(input.places);
  const cutoff = new Int32Array(input.places).fill(-1);
  const { assignment, lottery } = result;
  for (let s = 0; s < assignment.length; s++) {
    const p = assignment[s]!;
    if (p < 0) continue;
    seatsTaken[p]!++;
    const k = lottery[s]!;
    if (k > cutoff[p]!) cutoff[p] = k;
  }
  return { seatsTaken, cutoff };
}

/**
 * Why a student got this place: its rank, and for every better-ranked choice the seats, seats taken and
 * the worst admitted lottery number — every match can be explained (DOMAIN.md §1). For the institution
 * only: a company never sees lottery numbers or other choices (issue 4).
 */
export function explain(
  input: MatchingInput,
  result: MatchingResult,
  student: number,
  occupancy: PlaceOccupancy = placeOccupancy(input, result),
): Explanation {
  if (!Number.isInteger(student) || student < 0 || student >= input.students) {
    throw new RangeError(`Onbekende student ${student}.`);
  }
  const place = result.assignment[student]!;
  const lottery = result.lottery[student]!;
  const start = input.choiceOffsets[student]!;
  const end = input.choiceOffsets[student + 1]!;
  const betterChoices: ChoiceExplanation[] = [];
  let rank = 0;
  for (let i = start; i < end; i++) {
    const p = input.choices[i]!;
    if (p === place) {
      rank = i - start + 1;
      break;
    }
    const capacity = input.capacity[p]!;
    const seatsTaken = occupancy.seatsTaken[p]!;
    const cutoff = occupancy.cutoff[p]!;
    const full = seatsTaken >= capacity && (capacity === 0 || cutoff < lottery);
    betterChoices.push({ place: p, rank: i - start + 1, capacity, seatsTaken, cutoff, full });
  }
  return { student, lottery, place, rank, betterChoices };
}
