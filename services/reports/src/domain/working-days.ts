/**
 * Working days in the Netherlands: Monday to Friday, without the national public holidays
 * (Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag in lustrum years, Hemelvaartsdag,
 * Tweede Pinksterdag, Eerste en Tweede Kerstdag). Calendar days are `JJJJ-MM-DD` text.
 */

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plus = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function publicHolidays(year: number): Set<string> {
  const easter = day(easterSunday(year));
  const kingsDay = day(`${year}-04-27`);
  const holidays = [
    `${year}-01-01`,
    iso(plus(easter, 1)),
    // Koningsdag moves to the 26th when the 27th is a Sunday.
    kingsDay.getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`,
    iso(plus(easter, 39)),
    iso(plus(easter, 50)),
    `${year}-12-25`,
    `${year}-12-26`,
  ];
  if (year % 5 === 0) holidays.push(`${year}-05-05`);
  return new Set(holidays);
}

export function isWorkingDay(date: string): boolean {
  const weekday = day(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The calendar day `count` working days after `from` (from itself does not count). */
export function addWorkingDays(from: string, count: number): string {
  let date = day(from);
  let left = count;
  while (left > 0) {
    date = plus(date, 1);
    if (isWorkingDay(iso(date))) left -= 1;
  }
  return iso(date);
}
