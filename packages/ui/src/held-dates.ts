/** Dates a contact-moment form fills in and checks (issue 9 §5); the server applies the same rule. */

/** A moment held more than this many days before its planned date needs a reason (the server's rule, issue 9 §5). */
export const HELD_EARLY_DAYS = 30;

/**
 * The held date to fill in: the planned date once that day has come, today for a moment planned up
 * to 30 days ahead (held a little early), and nothing for a moment planned further ahead: a talk
 * months away was not held today, so the person fills in the date (issue 9 §5). Never a future date.
 */
export function heldOnDefault(plannedOn: string, today: string): string {
  if (plannedOn <= today) return plannedOn;
  const ahead = (Date.parse(`${plannedOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return ahead <= HELD_EARLY_DAYS ? today : '';
}

/** Held more than 30 days before the planned date. */
export function heldEarly(heldOn: string, plannedOn: string): boolean {
  return (Date.parse(`${plannedOn}T00:00:00Z`) - Date.parse(`${heldOn}T00:00:00Z`)) / 86_400_000 > HELD_EARLY_DAYS;
}
