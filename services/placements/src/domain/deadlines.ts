import { InputError } from '@stelsel/graphql-kit';
import { reassessmentDue } from './accreditation.ts';

/**
 * Time rules (issue 9 §5): when a place, an accreditation, a match or a contact moment is past its
 * date. Dates are calendar days `JJJJ-MM-DD` in the Netherlands (`todayInNetherlands`); no I/O here.
 */

const DAY = 86_400_000;

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

// ── Places ────────────────────────────────────────────────────────────────────────────────────────

/** A place's period runs through its end date ("tot en met"); the day after, it is past. */
export function placeExpired(endsOn: string, today: string): boolean {
  return endsOn < today;
}

/** Why an open place counts as closed once its period is over, as the company and institutions see it. */
export function expiredReason(endsOn: string): string {
  return `Verlopen: de periode liep tot en met ${endsOn}.`;
}

// ── Accreditations ──────────────────────────────────────────────────────────────────────────────

/** Whether SBB's reassessment of an accreditation granted on `since` is overdue on `today` (the due date itself still counts). */
export function reassessmentOverdue(since: string, today: string): boolean {
  return reassessmentDue(since) < today;
}

/** Whether SBB should plan the reassessment: due on or before `today + withinDays` (0: overdue only). */
export function reassessmentWithin(since: string, today: string, withinDays: number): boolean {
  return withinDays === 0 ? reassessmentOverdue(since, today) : reassessmentDue(since) <= addDays(today, withinDays);
}

// ── Matches ───────────────────────────────────────────────────────────────────────────────────────

/** Days a company has to accept or decline a confirmed match, unless `MATCH_RESPONSE_DAYS` says otherwise. */
export const MATCH_RESPONSE_DAYS_DEFAULT = 14;
export const MATCH_RESPONSE_DAYS_MAX = 90;

/**
 * Calendar days a company has to answer a match: `MATCH_RESPONSE_DAYS` (1–90), default 14 (two weeks,
 * so a company with one weekly planning meeting always has two chances). A wrong value stops the start.
 */
export function matchResponseDays(env: Readonly<Record<string, string | undefined>>): number {
  const text = env.MATCH_RESPONSE_DAYS;
  if (text === undefined || text.trim() === '') return MATCH_RESPONSE_DAYS_DEFAULT;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > MATCH_RESPONSE_DAYS_MAX) {
    throw new RangeError(
      `MATCH_RESPONSE_DAYS moet een heel aantal dagen van 1 tot en met ${MATCH_RESPONSE_DAYS_MAX} zijn, niet "${text}".`,
    );
  }
  return days;
}

/** The last day a company may answer a match confirmed on `confirmedOn`. */
export function matchRespondBy(confirmedOn: string, days: number): string {
  return addDays(confirmedOn, days);
}

/** A match still waiting for the company after its last day: the company can no longer answer. */
export function matchOverdue(status: string, respondBy: string, today: string): boolean {
  return status === 'CONFIRMED' && respondBy < today;
}

/** The refusal when a company answers after the deadline, with what happens next. */
export function matchOverdueMessage(respondBy: string): string {
  return (
    `De reactietermijn van deze match is verlopen (uiterlijk ${respondBy}). U kunt niet meer accepteren of ` +
    'afwijzen: de school neemt contact met u op of zoekt met de student een andere plaats.'
  );
}

// ── Contact moments ───────────────────────────────────────────────────────────────────────────────

/** A moment held more than this many days before its planned date needs a reason (our design limit). */
export const HELD_EARLY_DAYS = 30;
/** The reason for holding a moment that early: at least this many characters in the notes. */
export const EARLY_REASON_MIN = 10;

/**
 * Checks the date a moment was held: not in the future, and not more than 30 days before its planned
 * date unless the notes say why. Throws an InputError on `heldOn`.
 */
export function checkHeldOn(moment: { plannedOn: string; heldOn: string; notes: string | null }, today: string): void {
  if (moment.heldOn > today) throw new InputError('De datum ligt in de toekomst.', 'heldOn');
  const early = daysBetween(moment.heldOn, moment.plannedOn);
  if (early > HELD_EARLY_DAYS && (moment.notes?.trim().length ?? 0) < EARLY_REASON_MIN) {
    throw new InputError(
      `Deze datum ligt ${early} dagen vóór de geplande datum (${moment.plannedOn}). Controleer de datum, ` +
        `of leg in de notities uit waarom het gesprek zo vroeg was (minstens ${EARLY_REASON_MIN} tekens).`,
      'heldOn',
    );
  }
}
