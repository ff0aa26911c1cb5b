/**
 * Calendar dates and months as the placements domain writes them (`JJJJ-MM-DD`, `JJJJ-MM`), judged
 * by Dutch time. Isomorphic: the service and the apps use these same functions.
 */

/** Today's date in the Netherlands, `JJJJ-MM-DD` (the server judges dates by Dutch time too). */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whether the text is an existing calendar date `JJJJ-MM-DD` (no 31 April, no 29 February 2026). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Whether the text is a month `JJJJ-MM`. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** `JJJJ-MM` of a calendar date `JJJJ-MM-DD`. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Every month `JJJJ-MM` from `first` through `last`; empty when last comes before first. */
export function monthsBetween(first: string, last: string): string[] {
  if (!isMonth(first) || !isMonth(last)) return [];
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** Full years of age on a date, from the date of birth (both `JJJJ-MM-DD`). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
