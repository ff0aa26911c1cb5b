import { DomainError } from '@stelsel/graphql-kit';

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

export function assertYear(year: number): number {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw new DomainError('BAD_USER_INPUT', `Het jaar moet tussen ${YEAR_MIN} en ${YEAR_MAX} liggen.`, 'year');
  }
  return year;
}
