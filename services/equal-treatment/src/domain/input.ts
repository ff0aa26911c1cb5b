/**
 * CBS gemeentecodes are four digits, leading zeros included ("0599" Rotterdam) — CBS Gemeentelijke indeling.
 * Arguments use the CbsCode scalar; entity references from other subgraphs arrive as plain text, so they are checked here.
 */
const CBS_CODE = /^\d{4}$/;

export function isMunicipalityCode(code: string): boolean {
  return CBS_CODE.test(code);
}

/** Years the platform records measures for; our own bound against typos, not a rule from a source. */
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
