import {
  INTRO_WEEK_STATUSES,
  type IntroWeekStatus,
  STUDENT_SPORT_ACCESS,
  type StudentSportAccess,
} from '@stelsel/reference-data';

/**
 * A city's measures per year (issue 12, DOMAIN.md §4): the intro week and student sport. Rules without I/O.
 */

/** The years a municipality or institution may still change: last year (counts come in after the week), this year, next year. */
export function editableYears(today: string): { first: number; last: number } {
  const thisYear = Number(today.slice(0, 4));
  return { first: thisYear - 1, last: thisYear + 1 };
}

/** Why a year cannot be recorded, in Dutch, or null. Earlier years are history; later than next year is a typo. */
export function editableYearProblem(year: number, today: string): string | null {
  const { first, last } = editableYears(today);
  if (!Number.isInteger(year)) return 'Het jaar moet een heel getal zijn.';
  if (year > last) return `U kunt hoogstens voor volgend jaar (${last}) iets vastleggen.`;
  if (year < first) return `Jaren vóór ${first} zijn afgesloten; ze blijven zoals ze zijn vastgelegd.`;
  return null;
}

/** The largest count of participants we accept: above every city's student population. */
export const PARTICIPANTS_MAX = 200_000;

export function participantsProblem(participants: number | null): string | null {
  if (participants === null) return null;
  if (!Number.isInteger(participants)) return 'Het aantal deelnemers moet een heel getal zijn.';
  if (participants < 0) return 'Het aantal deelnemers kan niet negatief zijn.';
  if (participants > PARTICIPANTS_MAX) return `Het aantal deelnemers mag hoogstens ${PARTICIPANTS_MAX} zijn.`;
  return null;
}

/** A contribution is money an institution gives to the week: 0 to € 1 miljoen (our bound against typos). */
export const CONTRIBUTION_MAX_CENTS = 100_000_000n;

export function contributionProblem(cents: bigint): string | null {
  if (cents < 0n) return 'Het bedrag kan niet negatief zijn.';
  if (cents > CONTRIBUTION_MAX_CENTS) return 'Het bedrag mag hoogstens € 1.000.000,00 zijn.';
  return null;
}

/** Open to mbo students: the intro week is open or has a programme of its own; sport is open or a pilot. */
export const introWeekOpenToMbo = (status: IntroWeekStatus | null | undefined) =>
  status === 'OPEN' || status === 'SEPARATE_PROGRAMME';
export const studentSportOpenToMbo = (access: StudentSportAccess | null | undefined) =>
  access === 'OPEN' || access === 'PILOT';

export interface CityYear {
  code: string;
  introWeek: IntroWeekStatus | null;
  studentSport: StudentSportAccess | null;
}

export interface StatusCount<S extends string> {
  status: S | null;
  count: number;
  previousYear: number;
}

/**
 * How many cities have each status this year and last year; `status: null` counts the cities with nothing
 * recorded. City statuses are public and name no person, so no cell is suppressed.
 */
export function countStatuses<S extends string>(
  statuses: readonly S[],
  codes: readonly string[],
  thisYear: ReadonlyMap<string, S>,
  lastYear: ReadonlyMap<string, S>,
): StatusCount<S>[] {
  const count = (year: ReadonlyMap<string, S>, status: S | null) =>
    codes.filter((code) => (year.get(code) ?? null) === status).length;
  return [...statuses, null].map((status) => ({
    status,
    count: count(thisYear, status),
    previousYear: count(lastYear, status),
  }));
}

export const INTRO_WEEK_ORDER = INTRO_WEEK_STATUSES;
export const STUDENT_SPORT_ORDER = STUDENT_SPORT_ACCESS;
