import type { AccreditationStatus, PlaceStatus } from '../db/types.ts';

/** SBB reassesses every accreditation every 4 years — DOMAIN.md §1 (Erkenningsreglement). */
export const REASSESSMENT_YEARS = 4;

/** The date (JJJJ-MM-DD) an accreditation granted on `since` is due for reassessment; 29 Feb falls to 28 Feb. */
export function reassessmentDue(since: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(since);
  if (!match) throw new RangeError(`Ongeldige datum "${since}".`);
  const year = Number(match[1]) + REASSESSMENT_YEARS;
  const month = Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A company may offer places only while its accreditation is active — DOMAIN.md §1. */
export function mayOfferPlaces(status: AccreditationStatus): boolean {
  return status === 'ACTIVE';
}

/** A place is open only when the company may offer places for its qualification. */
export function placeStatus(accreditation: AccreditationStatus | undefined): PlaceStatus {
  return accreditation !== undefined && mayOfferPlaces(accreditation) ? 'OPEN' : 'CLOSED';
}
