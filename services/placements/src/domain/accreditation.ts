import { ConflictError, InputError } from '@stelsel/graphql-kit';
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

/** Why SBB's decision closed a place, as the company and institutions see it. */
export const CLOSED_BY_ACCREDITATION: Record<Exclude<AccreditationStatus, 'ACTIVE'>, string> = {
  SUSPENDED: 'Erkenning geschorst',
  WITHDRAWN: 'Erkenning ingetrokken',
};

/** A decision on an accreditation is made in writing with reasons — Erkenningsreglement SBB; 10 characters at least. */
export const REASON_MIN_LENGTH = 10;

/** Checks a status change by SBB; throws an InputError or ConflictError naming the field. */
export function validateStatusChange(current: AccreditationStatus, next: AccreditationStatus, reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < REASON_MIN_LENGTH) {
    throw new InputError(
      `Geef een schriftelijke motivering van minstens ${REASON_MIN_LENGTH} tekens: SBB besluit met redenen.`,
      'reason',
    );
  }
  if (trimmed.length > 2000) throw new InputError('De motivering mag hoogstens 2000 tekens hebben.', 'reason');
  if (current === next) {
    throw new ConflictError(`De erkenning heeft deze status al (${STATUS_LABEL[next]}).`, 'status');
  }
  return trimmed;
}

export const STATUS_LABEL: Record<AccreditationStatus, string> = {
  ACTIVE: 'erkend',
  SUSPENDED: 'geschorst',
  WITHDRAWN: 'ingetrokken',
};

/**
 * A suspended or withdrawn accreditation closes the open places it carried — issue 4; reinstating
 * opens nothing by itself: the company reopens the places it still offers.
 */
export function closedReasonFor(status: AccreditationStatus): string | null {
  return status === 'ACTIVE' ? null : CLOSED_BY_ACCREDITATION[status];
}
