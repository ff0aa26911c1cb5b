import {
  AGREEMENT_STATUS_LABELS,
  type AgreementStatus,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  type ContactMode,
  type ContactMomentExceptionReason,
  type ContactMomentKind,
  mustSign,
  type SignableAgreement,
} from '@stelsel/placements-common';
import { formatMonth } from '@stelsel/placements-react';

/**
 * One line per subject for the company's list of placements: the agreement, the contact moments
 * and the allowances — what the company has to follow up.
 */

/** Placements the company follows up: accepted, or running. */
export function isFollowedUp(status: string): boolean {
  return status === 'ACCEPTED' || status === 'ACTIVE';
}

export const NO_AGREEMENT_TEXT = 'De onderwijsinstelling stelt de praktijkovereenkomst op.';

/** The agreement's status label, and whether the company still has to sign. */
export function agreementStatusText(agreement: SignableAgreement | null | undefined): string {
  if (!agreement) return NO_AGREEMENT_TEXT;
  const label = AGREEMENT_STATUS_LABELS[agreement.status];
  return mustSign(agreement, 'COMPANY') ? `${label}; uw handtekening ontbreekt nog` : label;
}

export interface MomentState {
  kind: ContactMomentKind;
  plannedMode: ContactMode;
  heldOn?: string | null;
  heldMode?: ContactMode | null;
}

const lower = (kind: ContactMomentKind) => CONTACT_MOMENT_KIND_LABELS[kind].toLowerCase();

/**
 * How far the three contact moments (start, interim, final; at least one in person) are, in one
 * sentence. Exceptions the institution recorded count as the service counts them: a taster
 * internship needs no three moments, abroad no moment in person, another reason neither.
 */
export function contactMomentsText(
  moments: readonly MomentState[],
  exceptions: ReadonlyArray<{ reason: ContactMomentExceptionReason }> = [],
): string {
  const reasons = exceptions.map((e) => e.reason);
  const waivesCount = reasons.includes('TASTER_INTERNSHIP') || reasons.includes('OTHER');
  const waivesInPerson = reasons.includes('ABROAD') || reasons.includes('OTHER');
  const held = CONTACT_MOMENT_KINDS.filter((kind) => moments.some((m) => m.kind === kind && m.heldOn));
  const notPlanned = CONTACT_MOMENT_KINDS.filter((kind) => !moments.some((m) => m.kind === kind));
  const inPerson = moments.some((m) => (m.heldMode ?? m.plannedMode) === 'IN_PERSON');
  const parts: string[] = [];
  if (moments.length === 0) parts.push('Nog geen contactmoment gepland');
  else parts.push(`${held.length} van 3 gehouden`);
  if (!waivesCount && moments.length > 0 && notPlanned.length > 0) {
    parts.push(`nog niet gepland: ${notPlanned.map(lower).join(', ')}`);
  }
  if (!waivesInPerson && moments.length > 0 && !inPerson) parts.push('nog geen contactmoment op locatie');
  if (reasons.length > 0) parts.push('met een uitzondering van de onderwijsinstelling');
  return parts.join('; ');
}

/** Whether the agreed allowances are paid: up to date, or which months are missing. */
export function allowanceText(
  status: AgreementStatus,
  allowance: { upToDate: boolean; missingMonths: readonly string[] },
): string {
  // Payments are recorded under a signed agreement only.
  if (status !== 'SIGNED') return 'Vast te leggen na ondertekening';
  if (allowance.upToDate || allowance.missingMonths.length === 0) return 'Bij';
  const months = allowance.missingMonths;
  if (months.length <= 3) return `Niet (volledig) betaald: ${months.map(formatMonth).join(', ')}`;
  const first = months[0] ?? '';
  return `${months.length} maanden niet (volledig) betaald, vanaf ${formatMonth(first)}`;
}
