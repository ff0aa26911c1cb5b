import { seedCalendar } from '@stelsel/placements/seed/calendar';

/** A date in Dutch time, `JJJJ-MM-DD`, some days from today: the flow's place starts soon, whenever the test runs. */
export function dutchDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + daysFromToday * 86_400_000));
}

// The system seeds its demo today, dated by the seed calendar: the demo agreements (bol and bbl) are running.
const calendar = seedCalendar();
/** A week ago, or the day the later of the demo periods started: inside every demo agreement, not in the future. */
export const MOMENT_DATE =
  [calendar.bol.startsOn, calendar.bbl.startsOn, dutchDate(-7)].sort().at(-1) ?? calendar.today;
export const PAYMENT_MONTH = MOMENT_DATE.slice(0, 7);
/** How the apps name that month: "maart 2026". */
export const PAYMENT_MONTH_NAME = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${PAYMENT_MONTH}-01T00:00:00Z`));
