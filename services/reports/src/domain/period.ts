/** Years statistics can be asked for; our own bound against typos, not a rule from a source. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/**
 * Why a year cannot be asked for, in Dutch, or null when it can. Domain code answers; the schema layer turns
 * a problem into its GraphQL error (BAD_USER_INPUT on field `year`).
 */
export function yearProblem(year: number): string | null {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX
    ? null
    : `Het jaar moet tussen ${YEAR_MIN} en ${YEAR_MAX} liggen.`;
}

/**
 * A calendar year in Dutch time: [1 January 00:00, next 1 January 00:00). On 1 January the
 * Netherlands are always on CET (UTC+1), so no time-zone database is needed.
 */
export function yearBounds(year: number): { from: Date; to: Date } {
  const start = (y: number) => new Date(`${String(y).padStart(4, '0')}-01-01T00:00:00+01:00`);
  return { from: start(year), to: start(year + 1) };
}
