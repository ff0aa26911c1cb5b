/**
 * Stagematching rounds around the pure matching core: from rows to columns and back, the Dutch
 * explanation per student, and the rules for adjusting, confirming and answering a match.
 * No I/O here; `db/rounds.ts` and `db/placements.ts` read and write.
 */
import { randomInt } from 'node:crypto';
import type { DeclineReason, Pathway, PlacementStatus, RoundStatus } from '../db/types.ts';
import { explain, match, placeOccupancy } from './matching.ts';
import { filterEligible } from './matching-eligibility.ts';

/** The largest round one call may create: a big institution's first-year cohort. */
export const MAX_ROUND_STUDENTS = 5000;
/** A hand adjustment or a declined match needs a professional reason of at least this length — issue 4. */
export const MIN_REASON_LENGTH = 10;
/** GraphQL Int is signed 32-bit: seeds are drawn and accepted in [0, 2^31). */
export const MAX_SEED = 0x7fff_ffff;

export const randomSeed = (): number => randomInt(0, MAX_SEED + 1);

/** Only what the algorithm may see: no name, origin, gender, age or disability — Stagepact 2023–2027 (blind). */
export interface RoundStudentInput {
  id: string;
  crebo: string;
  level: number;
  pathway: Pathway;
  requestsAccessiblePlace: boolean;
  /** Place ids, best first, ranks 1..n. */
  choices: readonly string[];
}

export interface RoundPlaceInput {
  id: string;
  /** OPEN and published under an ACTIVE accreditation for its qualification. */
  open: boolean;
  crebo: string;
  level: number;
  pathway: Pathway;
  accessible: boolean;
  startsOn: string;
  endsOn: string;
  /** Seats left: capacity minus seats taken by placements already confirmed. */
  seatsLeft: number;
}

export interface RoundOutcome {
  studentId: string;
  placeId: string | null;
  /** 1-based position in the student's own list, null when unmatched. */
  rank: number | null;
  lottery: number;
  betterFull: string[];
  notEligible: string[];
  reason: string;
}

/** `JJJJ-MM-DD` → yyyymmdd, an ordinal `filterEligible` compares. */
export const dateOrdinal = (date: string): number => Number(date.slice(0, 10).replaceAll('-', ''));

/**
 * One code per group of equivalent crebos (union–find over the pairs), so replaced and equivalent
 * codes compare equal — DOMAIN.md §1 (accreditation per crebo, equivalent codes count too).
 */
export function canonicalCrebos(pairs: ReadonlyArray<readonly [string, string]>): (crebo: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    // The smaller code is the group's representative, so the mapping does not depend on pair order.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  return find;
}

/**
 * Runs a round: eligibility filter, then deferred acceptance with the seeded lottery, then one
 * explanation per student. A bol student only gets an internship and a bbl student only a leerbaan, so
 * the pathway is part of the qualification key the filter compares — DOMAIN.md §1 (bol/bbl).
 */
export function runRound(
  students: readonly RoundStudentInput[],
  places: readonly RoundPlaceInput[],
  period: { start: string; end: string },
  seed: number,
  canonical: (crebo: string) => string = (crebo) => crebo,
): { outcomes: RoundOutcome[]; proposals: number; dropped: number } {
  const placeIndex = new Map(places.map((place, index) => [place.id, index]));
  const keys = new Map<string, number>();
  const keyOf = (crebo: string, pathway: Pathway) => {
    const key = `${canonical(crebo)}/${pathway}`;
    let value = keys.get(key);
    if (value === undefined) {
      value = keys.size;
      keys.set(key, value);
    }
    return value;
  };

  const choiceOffsets = new Uint32Array(students.length + 1);
  const flat: number[] = [];
  students.forEach((student, s) => {
    choiceOffsets[s] = flat.length;
    for (const placeId of student.choices) {
      const p = placeIndex.get(placeId);
      if (p !== undefined) flat.push(p);
    }
  });
  choiceOffsets[students.length] = flat.length;

  const eligible = filterEligible(
    {
      qualification: students.map((s) => keyOf(s.crebo, s.pathway)),
      level: students.map((s) => s.level),
      needsAccessible: students.map((s) => s.requestsAccessiblePlace),
    },
    {
      open: places.map((p) => p.open),
      qualification: places.map((p) => keyOf(p.crebo, p.pathway)),
      level: places.map((p) => p.level),
      accessible: places.map((p) => p.accessible),
      periodStart: places.map((p) => dateOrdinal(p.startsOn)),
      periodEnd: places.map((p) => dateOrdinal(p.endsOn)),
    },
    { start: dateOrdinal(period.start), end: dateOrdinal(period.end) },
    choiceOffsets,
    Uint32Array.from(flat),
  );
  const input = {
    students: students.length,
    places: places.length,
    capacity: Uint32Array.from(places, (p) => Math.max(0, p.seatsLeft)),
    choiceOffsets: eligible.choiceOffsets,
    choices: eligible.choices,
    seed,
  };
  const result = match(input);
  const occupancy = placeOccupancy(input, result);

  const outcomes = students.map((student, s): RoundOutcome => {
    const explanation = explain(input, result, s, occupancy);
    const kept = new Set<string>();
    for (let i = eligible.choiceOffsets[s]!; i < eligible.choiceOffsets[s + 1]!; i++) {
      kept.add(places[eligible.choices[i]!]!.id);
    }
    const placeId = explanation.place >= 0 ? places[explanation.place]!.id : null;
    const rank = placeId === null ? null : student.choices.indexOf(placeId) + 1;
    const notEligible = student.choices.filter((id, i) => !kept.has(id) && (rank === null || i + 1 < rank));
    const betterFull = explanation.betterChoices.filter((c) => c.full).map((c) => places[c.place]!.id);
    return {
      studentId: student.id,
      placeId,
      rank,
      lottery: explanation.lottery,
      betterFull,
      notEligible,
      reason: runReason(student.choices.length, rank, betterFull.length, notEligible.length),
    };
  });
  return { outcomes, proposals: result.proposals, dropped: eligible.dropped };
}

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every match can be explained — DOMAIN.md §1; in words for the institution, without lottery numbers of others. */
export function runReason(choices: number, rank: number | null, betterFull: number, notEligible: number): string {
  if (choices === 0)
    return 'Niet geplaatst: er zijn geen keuzes opgegeven. De student gaat mee naar de volgende ronde.';
  if (rank === null) {
    if (betterFull === 0) {
      return 'Niet geplaatst: geen van de keuzes past (erkenning, kwalificatie, leerweg, niveau, periode of toegankelijkheid). De student gaat mee naar de volgende ronde.';
    }
    const unfit = notEligible > 0 ? ` en ${plural(notEligible, 'keuze past', 'keuzes passen')} niet` : '';
    return `Niet geplaatst: ${plural(betterFull, 'passende keuze was', 'passende keuzes waren')} vol bij loting${unfit}. De student gaat mee naar de volgende ronde.`;
  }
  const which = ORDINALS[rank - 1] ?? `${rank}e`;
  if (rank === 1) return 'Geplaatst op de eerste keuze.';
  const full =
    betterFull > 0
      ? ` ${plural(betterFull, 'hogere keuze was', 'hogere keuzes waren')} vol: de plaatsen gingen bij loting naar andere studenten.`
      : '';
  const rest =
    notEligible > 0
      ? ` ${plural(notEligible, 'hogere keuze past', 'hogere keuzes passen')} niet (erkenning, kwalificatie, leerweg, niveau, periode of toegankelijkheid).`
      : '';
  return `Geplaatst op de ${which} keuze.${full}${rest}`;
}

export const adjustedReason = (reason: string) => `Met de hand aangepast door de instelling: ${reason}`;
export const DROPPED_REASON =
  'Bij de bevestiging vervallen: de plaats is sinds de matching gesloten of vol. De student gaat mee naar de volgende ronde.';

/** The part of a result that explains it; never the lottery number. */
export interface ExplainedResult {
  place_id: string | null;
  rank: number | null;
  reason: string;
  adjusted: boolean;
  adjustment_reason: string | null;
  dropped_at_confirmation: boolean;
}

/** The one-sentence explanation of a result: dropped at confirmation, adjusted by hand, or the run's own. */
export function resultReason(result: ExplainedResult): string {
  if (result.dropped_at_confirmation) return DROPPED_REASON;
  if (result.adjusted && result.adjustment_reason) return adjustedReason(result.adjustment_reason);
  return result.reason;
}

export interface StudentRoundOutcome {
  /** Null: no place in this round. */
  placeId: string | null;
  rank: number | null;
  reason: string;
}

/**
 * What a student learns of their own result: nothing until the institution has confirmed the round
 * (until then it may still adjust or rerun it — issue 4), then the place, the rank in the own list and
 * the explanation. Never the lottery number, and never anything about other students.
 */
export function studentRoundOutcome(status: RoundStatus, result: ExplainedResult | null): StudentRoundOutcome | null {
  if (status !== 'CONFIRMED' || result === null) return null;
  if (result.dropped_at_confirmation) return { placeId: null, rank: null, reason: DROPPED_REASON };
  return { placeId: result.place_id, rank: result.rank, reason: resultReason(result) };
}

/** A professional reason, trimmed; null when too short — issue 4 (adjust only with a recorded reason). */
export function professionalReason(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed.length >= MIN_REASON_LENGTH ? trimmed : null;
}

/**
 * Which assigned students keep their seat at confirmation: per place at most `seatsLeft`, adjusted
 * matches first (they carry a professional reason), then by lottery number; a closed place keeps nobody.
 */
export function keepWithinCapacity<T extends { placeId: string; lottery: number; adjusted: boolean }>(
  assigned: readonly T[],
  seatsLeft: ReadonlyMap<string, number>,
): { kept: T[]; dropped: T[] } {
  const ordered = [...assigned].sort((a, b) => Number(b.adjusted) - Number(a.adjusted) || a.lottery - b.lottery);
  const left = new Map(seatsLeft);
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const row of ordered) {
    const seats = left.get(row.placeId) ?? 0;
    if (seats > 0) {
      left.set(row.placeId, seats - 1);
      kept.push(row);
    } else dropped.push(row);
  }
  return { kept, dropped };
}

export const DECLINE_REASONS: Record<DeclineReason, string> = {
  NO_CAPACITY: 'Geen begeleidingscapaciteit meer in de periode.',
  PROFILE_MISMATCH: 'De opleiding of het niveau past niet bij het werk op deze plaats.',
  PERIOD_MISMATCH: 'De periode van de student past niet bij de periode van de plaats.',
  PRACTICAL_TRAINER_UNAVAILABLE: 'Er is geen praktijkopleider beschikbaar.',
  OTHER: 'Andere reden, toegelicht in de vrije tekst.',
};

/**
 * A decline needs a reason from the list; the free text is required for OTHER and, when given, at
 * least 10 characters — DOMAIN.md §1 (a company may decline only with a recorded reason, monitored).
 */
export function declineProblem(
  reason: DeclineReason | null | undefined,
  explanation: string | null | undefined,
): { field: 'declineReason' | 'declineExplanation'; message: string } | null {
  if (!reason) return { field: 'declineReason', message: 'Kies een reden om de match af te wijzen.' };
  const text = (explanation ?? '').trim();
  if (reason === 'OTHER' && text.length === 0) {
    return { field: 'declineExplanation', message: 'Licht de reden "anders" toe in de vrije tekst.' };
  }
  if (text.length > 0 && text.length < MIN_REASON_LENGTH) {
    return {
      field: 'declineExplanation',
      message: `Een toelichting heeft minstens ${MIN_REASON_LENGTH} tekens.`,
    };
  }
  return null;
}

export type StudentPlacementStatus =
  | 'NONE'
  | 'MATCHED'
  | 'CONFIRMED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'ACTIVE'
  | 'NEEDS_REPLACEMENT';

/** Placements that hold a seat. */
export const SEAT_HOLDING: readonly PlacementStatus[] = ['CONFIRMED', 'ACCEPTED', 'ACTIVE'];

/**
 * A student's placement status, derived on read. Placed at a company whose accreditation for the
 * qualification is withdrawn: needs a replacement placement — DOMAIN.md §1 (withdrawal).
 */
export function studentPlacementStatus(
  latest: { status: PlacementStatus; accreditationWithdrawn: boolean } | null,
  matchedInOpenRound: boolean,
): StudentPlacementStatus {
  if (latest && SEAT_HOLDING.includes(latest.status)) {
    if (latest.accreditationWithdrawn) return 'NEEDS_REPLACEMENT';
    return latest.status as 'CONFIRMED' | 'ACCEPTED' | 'ACTIVE';
  }
  if (matchedInOpenRound) return 'MATCHED';
  if (latest?.status === 'DECLINED') return 'DECLINED';
  return 'NONE';
}

/** Who goes into the institution's next round: nobody holding a seat, or a seat that must be replaced. */
export const needsPlacement = (status: StudentPlacementStatus): boolean =>
  status === 'NONE' || status === 'DECLINED' || status === 'NEEDS_REPLACEMENT';
