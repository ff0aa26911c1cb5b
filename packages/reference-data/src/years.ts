/** Years the platform records and reports on; our own bound against typos, not a rule from a source. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/**
 * Why a year cannot be asked for, in Dutch, or null when it can. Domain code answers; the schema layer turns
 * a problem into its GraphQL error (BAD_USER_INPUT on field `year`). Shared by every service that takes a year.
 */
export function yearProblem(year: number): string | null {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX
    ? null
    : `Het jaar moet tussen ${YEAR_MIN} en ${YEAR_MAX} liggen.`;
}
