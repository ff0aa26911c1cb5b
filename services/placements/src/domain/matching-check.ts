/**
 * Independent checks of a stagematching result. Written apart from `matching.ts` and sharing none of its
 * internals (no heaps, no proposal loop): they read only the input, the assignment and the recorded lottery.
 */
import type { MatchingInput, MatchingResult } from './matching.ts';

/** A student and a place that both prefer each other to what they got. */
export interface BlockingPair {
  readonly student: number;
  readonly place: number;
}

export type FeasibilityIssue =
  | { readonly kind: 'over-capacity'; readonly place: number; readonly assigned: number; readonly capacity: number }
  | { readonly kind: 'unknown-place'; readonly student: number; readonly place: number }
  | { readonly kind: 'not-in-list'; readonly student: number; readonly place: number }
  | { readonly kind: 'lottery-not-permutation'; readonly student: number };

type Instance = Omit<MatchingInput, 'seed'>;
type Outcome = Pick<MatchingResult, 'assignment' | 'lottery'>;

/**
 * Blocking pairs (empty = stable): student s and place p where s ranks p above its assignment (or is
 * unassigned and p is on its list) and p has a free seat or holds someone with a worse lottery number.
 * The result is stable (issue 4: no student and place that both prefer each other to what they got).
 */
export function isStable(input: Instance, result: Outcome, limit = Number.POSITIVE_INFINITY): BlockingPair[] {
  const { students, places, capacity, choiceOffsets, choices } = input;
  const { assignment, lottery } = result;
  const seatsTaken = new Int32Array(places);
  const worstHeld = new Float64Array(places).fill(-1);
  for (let s = 0; s < students; s++) {
    const p = assignment[s]!;
    if (p < 0 || p >= places) continue;
    seatsTaken[p]!++;
    worstHeld[p] = Math.max(worstHeld[p]!, lottery[s]!);
  }
  const pairs: BlockingPair[] = [];
  for (let s = 0; s < students; s++) {
    const own = assignment[s]!;
    for (let i = choiceOffsets[s]!; i < choiceOffsets[s + 1]!; i++) {
      const p = choices[i]!;
      if (p === own) break;
      const hasFreeSeat = seatsTaken[p]! < capacity[p]!;
      const holdsWorse = seatsTaken[p]! > 0 && worstHeld[p]! > lottery[s]!;
      if (hasFreeSeat || holdsWorse) {
        pairs.push({ student: s, place: p });
        if (pairs.length >= limit) return pairs;
      }
    }
  }
  return pairs;
}

/** Capacities respected, every assignment on the student's own list, and the lottery a permutation. */
export function checkFeasible(input: Instance, result: Outcome): FeasibilityIssue[] {
  const { students, places, capacity, choiceOffsets, choices } = input;
  const { assignment, lottery } = result;
  const issues: FeasibilityIssue[] = [];
  const assigned = new Int32Array(places);
  const seen = new Uint8Array(students);
  for (let s = 0; s < students; s++) {
    const k = lottery[s]!;
    if (k >= students || seen[k] === 1) issues.push({ kind: 'lottery-not-permutation', student: s });
    else seen[k] = 1;
    const p = assignment[s]!;
    if (p === -1) continue;
    if (p < 0 || p >= places) {
      issues.push({ kind: 'unknown-place', student: s, place: p });
      continue;
    }
    assigned[p]!++;
    let listed = false;
    for (let i = choiceOffsets[s]!; i < choiceOffsets[s + 1]!; i++) {
      if (choices[i] === p) {
        listed = true;
        break;
      }
    }
    if (!listed) issues.push({ kind: 'not-in-list', student: s, place: p });
  }
  for (let p = 0; p < places; p++) {
    // A place's capacity is never exceeded — issue 4, rules that must hold.
    if (assigned[p]! > capacity[p]!) {
      issues.push({ kind: 'over-capacity', place: p, assigned: assigned[p]!, capacity: capacity[p]! });
    }
  }
  return issues;
}

/**
 * Oracle: with one lottery shared by every place, student-proposing deferred acceptance gives the same
 * matching as letting students pick in lottery order (serial dictatorship; Abdulkadiroğlu & Sönmez 1998).
 */
export function serialDictatorship(input: Instance, lottery: Uint32Array): Int32Array {
  const { students, places, capacity, choiceOffsets, choices } = input;
  const byLottery = Array.from({ length: students }, (_, s) => s).sort((a, b) => lottery[a]! - lottery[b]!);
  const left = Int32Array.from(capacity);
  const assignment = new Int32Array(students).fill(-1);
  for (const s of byLottery) {
    for (let i = choiceOffsets[s]!; i < choiceOffsets[s + 1]!; i++) {
      const p = choices[i]!;
      if (p < places && left[p]! > 0) {
        left[p]!--;
        assignment[s] = p;
        break;
      }
    }
  }
  return assignment;
}
