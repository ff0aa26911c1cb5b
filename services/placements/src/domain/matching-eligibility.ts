/**
 * Eligibility filter applied to students' ranked choices before matching. This is the only place a
 * student attribute other than the lottery is used, and it removes choices — it never ranks students.
 */

type Flag = boolean | number;

/** Places in columnar form, one entry per place index. Dates are ordinals (epoch days or yyyymmdd). */
export interface EligibilityPlaces {
  /** Published under an active accreditation for its qualification. */
  readonly open: ArrayLike<Flag>;
  /** Qualification code (crebo), already mapped to its canonical code so equivalent and replaced codes compare equal. */
  readonly qualification: ArrayLike<number>;
  /** mbo level 1–4. */
  readonly level: ArrayLike<number>;
  /** Accessible workplace (inclusive marker). */
  readonly accessible: ArrayLike<Flag>;
  readonly periodStart: ArrayLike<number>;
  readonly periodEnd: ArrayLike<number>;
}

/** Students in columnar form, one entry per student index. */
export interface EligibilityStudents {
  readonly qualification: ArrayLike<number>;
  readonly level: ArrayLike<number>;
  /** The student asked for an accessible place. */
  readonly needsAccessible: ArrayLike<Flag>;
}

export interface RoundPeriod {
  readonly start: number;
  readonly end: number;
}

export interface EligibleChoices {
  readonly choiceOffsets: Uint32Array;
  readonly choices: Uint32Array;
  /** How many choices were dropped in total. */
  readonly dropped: number;
}

/** Whether place p may appear on student s's list; order of the list is left to the student. */
function fits(
  students: EligibilityStudents,
  places: EligibilityPlaces,
  period: RoundPeriod,
  s: number,
  p: number,
): boolean {
  // Only an active accreditation lets a place be matched — DOMAIN.md §1 (Erkenningsreglement).
  if (!places.open[p]) return false;
  // Accredited for the student's qualification, at the student's level — issue 4, the matching itself.
  if (places.qualification[p] !== students.qualification[s]) return false;
  if (places.level[p] !== students.level[s]) return false;
  // Within the round's period, and a period's end is after its start — issue 4.
  const start = places.periodStart[p]!;
  const end = places.periodEnd[p]!;
  if (!(start < end) || start < period.start || end > period.end) return false;
  // Accessibility is honoured as a filter, not something a company ranks — Stagepact 2023–2027: blind matching.
  if (students.needsAccessible[s] && !places.accessible[p]) return false;
  return true;
}

/**
 * Drops every choice the student may not be matched to, keeping the order of the rest, and drops repeats
 * of a place already on the list. Returns a new CSR list ready for `match`.
 */
export function filterEligible(
  students: EligibilityStudents,
  places: EligibilityPlaces,
  period: RoundPeriod,
  choiceOffsets: Uint32Array,
  choices: Uint32Array,
): EligibleChoices {
  const count = choiceOffsets.length - 1;
  const placeCount = places.open.length;
  const offsets = new Uint32Array(count + 1);
  const kept = new Uint32Array(choices.length);
  const lastSeenBy = new Int32Array(placeCount).fill(-1);
  let n = 0;
  for (let s = 0; s < count; s++) {
    offsets[s] = n;
    for (let i = choiceOffsets[s]!; i < choiceOffsets[s + 1]!; i++) {
      const p = choices[i]!;
      if (p >= placeCount || lastSeenBy[p] === s) continue;
      lastSeenBy[p] = s;
      if (fits(students, places, period, s, p)) kept[n++] = p;
    }
  }
  offsets[count] = n;
  return { choiceOffsets: offsets, choices: kept.slice(0, n), dropped: choices.length - n };
}
