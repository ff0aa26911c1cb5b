import { todayInNetherlands } from '@stelsel/placements-common';

/**
 * The demo's dates, all derived from the day it is seeded, so the story is current whenever it is
 * seeded: the bol internships started some weeks ago and end some months ahead, the bbl leerbanen run
 * through the school year, the demo round was confirmed and the agreements signed before they started,
 * a contact moment is planned soon and the allowances of the months already passed are paid.
 * The same day always gives the same calendar; nothing here reads the clock except the default day.
 */

/** Start year of the school year the demo story was written for (2025–2026): its history moves along by whole years. */
const STORY_YEAR = 2025;
const DAY = 86_400_000;

export interface Period {
  readonly startsOn: string;
  readonly endsOn: string;
}

export interface SeedCalendar {
  /** The seed day, `JJJJ-MM-DD` in Dutch time. */
  readonly today: string;
  /** The school year holding the seed day, 1 September through 31 August, e.g. `2026–2027`. */
  readonly schoolYear: { readonly start: string; readonly end: string; readonly name: string };
  /** Whole years from the story's school year (2025–2026) to this one: moves birth dates and accreditation history. */
  readonly years: number;
  /** Years of enrolment of the demo students: the last two and this school year. */
  readonly cohorts: readonly [number, number, number];
  /** Earliest and latest demo birth date: the story's 2003–2010, moved by `years`. */
  readonly born: { readonly from: string; readonly until: string };
  /** Bol internships: from the first Monday of the month two months back, 21 weeks to a Friday. */
  readonly bol: Period;
  /** Bbl leerbanen: the school year. */
  readonly bbl: Period;
  /** When the companies published the demo places, seven weeks before the first placement starts. */
  readonly placesPublishedAt: string;
  /** The demo matching round, confirmed three weeks before the first placement starts. */
  readonly round: {
    /** Holds every demo place. */
    readonly period: { readonly start: string; readonly end: string };
    readonly createdAt: string;
    readonly choicesAt: string;
    readonly ranAt: string;
    readonly confirmedAt: string;
    /** When the companies answered. */
    readonly respondedAt: string;
  };
  /** The demo agreements: drawn up two weeks before the first placement starts, signed by one party a day. */
  readonly agreements: {
    readonly createdAt: string;
    /** The n-th signature's moment, one a day. */
    readonly signatures: readonly [string, string, string, string];
    /** When the last party signed. */
    readonly signedAt: string;
  };
  /** The interim talk of the signed demo agreement, planned two weeks ahead. */
  readonly interimOn: string;
}

/** The calendar of a demo seeded on `today` (`JJJJ-MM-DD`, default: today in the Netherlands). */
export function seedCalendar(today: string = todayInNetherlands()): SeedCalendar {
  const day = parseDay(today);
  const [year, month] = [day.getUTCFullYear(), day.getUTCMonth() + 1];
  const startYear = month >= 9 ? year : year - 1;
  const schoolYear = {
    start: `${startYear}-09-01`,
    end: `${startYear + 1}-08-31`,
    name: `${startYear}–${startYear + 1}`,
  };
  const years = startYear - STORY_YEAR;

  const bolStart = firstMondayFrom(Date.UTC(year, month - 1 - 2, 1));
  const bol = { startsOn: iso(bolStart), endsOn: iso(bolStart + 144 * DAY) };
  const bbl = { startsOn: schoolYear.start, endsOn: schoolYear.end };
  const first = Math.min(bolStart, Date.parse(`${bbl.startsOn}T00:00:00Z`));
  const at = (daysBefore: number, time: string) => `${iso(first - daysBefore * DAY)}T${time}Z`;

  return {
    today,
    schoolYear,
    years,
    cohorts: [startYear - 2, startYear - 1, startYear],
    born: { from: shiftYears('2003-01-01', years), until: shiftYears('2010-12-31', years) },
    bol,
    bbl,
    placesPublishedAt: at(49, '09:00:00'),
    round: {
      period: {
        start: [bol.startsOn, bbl.startsOn].sort()[0] ?? bbl.startsOn,
        end: [bol.endsOn, bbl.endsOn].sort()[1] ?? bbl.endsOn,
      },
      createdAt: at(35, '09:00:00'),
      choicesAt: at(27, '12:00:00'),
      ranAt: at(21, '10:00:00'),
      confirmedAt: at(21, '10:30:00'),
      respondedAt: at(17, '14:00:00'),
    },
    agreements: {
      createdAt: at(14, '09:00:00'),
      signatures: [at(13, '12:00:00'), at(12, '12:00:00'), at(11, '12:00:00'), at(10, '12:00:00')],
      signedAt: at(7, '12:00:00'),
    },
    interimOn: iso(day.getTime() + 14 * DAY),
  };
}

/**
 * A date or moment the demo story gives for school year 2025–2026 (`JJJJ-MM-DD…`), moved by whole
 * years; 29 February becomes 28 February in a year without it.
 */
export function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const rest = date.slice(4, 10) === '-02-29' && !leap ? `-02-28${date.slice(10)}` : date.slice(4);
  return `${String(year).padStart(4, '0')}${rest}`;
}

function parseDay(text: string): Date {
  const day = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(day.getTime()) || iso(day.getTime()) !== text) {
    throw new RangeError(`Geen bestaande datum (JJJJ-MM-DD): "${text}".`);
  }
  return day;
}

function firstMondayFrom(ms: number): number {
  const weekday = new Date(ms).getUTCDay();
  return ms + ((8 - weekday) % 7) * DAY;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
