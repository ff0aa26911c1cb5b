import type { DomainEvent, EventHandler } from '@stelsel/events';
import type { PlacementsDatabase } from '../db/types.ts';
import { accreditationsForDecision, changeStatus } from '../use-cases/accreditations.ts';

/** What reports publishes when SBB decides a case with a suspension or withdrawal (issue 10). */
export interface AccreditationDecided {
  caseId: string;
  companyId: string;
  decision: 'SUSPENDED' | 'WITHDRAWN';
  /** The accreditations SBB named; empty: all of the company's. */
  accreditationIds: number[];
  motivation: string;
  /** The SBB adviser who decided. */
  decidedBy: string;
}

function parse(event: DomainEvent): AccreditationDecided {
  const p = event.payload as Partial<AccreditationDecided>;
  if (
    typeof p.caseId !== 'string' ||
    typeof p.companyId !== 'string' ||
    (p.decision !== 'SUSPENDED' && p.decision !== 'WITHDRAWN') ||
    !Array.isArray(p.accreditationIds) ||
    !p.accreditationIds.every((id) => Number.isInteger(id)) ||
    typeof p.motivation !== 'string' ||
    typeof p.decidedBy !== 'string'
  ) {
    throw new Error(`Onvolledig besluit in event ${event.id}.`);
  }
  return p as AccreditationDecided;
}

/**
 * A suspension or withdrawal decided in a reports case takes effect here through the same use case
 * as SBB's own mutation, so its open places close, it leaves matching, and the history says who
 * decided and why. Applied once per event (the inbox); an accreditation already at that status is left.
 */
export const reportDecisions: EventHandler<PlacementsDatabase> = {
  source: 'reports',
  types: ['AccreditationDecided'],
  async handle(trx, event) {
    const decided = parse(event);
    const ids = await accreditationsForDecision(trx, decided.companyId, decided.decision, decided.accreditationIds);
    const reason = `Besluit SBB na een melding (zaak ${decided.caseId.slice(0, 8)}): ${decided.motivation}`;
    for (const accreditationId of ids) {
      await changeStatus(trx, { accreditationId, status: decided.decision, reason, by: decided.decidedBy });
    }
  },
};
