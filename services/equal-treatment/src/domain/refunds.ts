import { addDays } from './calendar-day.ts';

/**
 * Regeling ongebruikte leermiddelen (seeds/001_…txt 968–976): the institution refunds learning materials a
 * student bought on its list but did not use. How fast it must decide is in its own published terms; where it
 * published none, our own default applies (28 days), so a request never waits without a deadline.
 */
export const DEFAULT_DECISION_DAYS = 28;

/** The last day for the institution's decision, fixed when the request arrives. */
export function decisionDeadline(requestedOn: string, decisionDays: number | undefined): string {
  return addDays(requestedOn, decisionDays ?? DEFAULT_DECISION_DAYS);
}

/** A request still waiting after its last day. */
export function refundOverdue(refund: { status: string; decide_by: string }, today: string): boolean {
  return refund.status === 'REQUESTED' && today > refund.decide_by;
}

/** A refusal needs a reason the student can act on; an approval may say nothing more. */
export const MIN_REFUSAL_REASON = 10;
