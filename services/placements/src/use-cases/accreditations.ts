import {
  findAccreditationsByCompanies,
  insertAccreditationEvent,
  lockAccreditation,
  setAccreditationStatus,
  uncoveredCrebos,
} from '../db/accreditations.ts';
import { closeOpenPlaces } from '../db/places.ts';
import { releasePlacesFromOpenRounds } from '../db/round-matching.ts';
import type { AccreditationStatus } from '../db/types.ts';
import { closedReasonFor, validateStatusChange } from '../domain/accreditation.ts';
import { publishCompanyTraining } from '../events/company-training.ts';
import { appendEvent } from '../events/outbox.ts';
import type { Trx } from './actor.ts';

export interface StatusChanged {
  accreditationId: number;
  status: AccreditationStatus;
  closedPlaceIds: string[];
}

/**
 * SBB's decision on one accreditation, however it arrives (SBB's own mutation, or a decision in a
 * reports case delivered as an event): the status, the closed places, the released round seats, the
 * history with who decided and why, and the outbox event, all in the caller's transaction.
 * Returns null when the accreditation does not exist.
 */
export async function changeStatus(
  trx: Trx,
  input: { accreditationId: number; status: AccreditationStatus; reason: string; by: string },
): Promise<StatusChanged | null> {
  const current = await lockAccreditation(trx, input.accreditationId);
  if (!current) return null;
  const reason = validateStatusChange(current.status, input.status, input.reason);
  await setAccreditationStatus(trx, current.id, input.status);
  const closedReason = closedReasonFor(input.status);
  const closedPlaceIds = closedReason
    ? await closeOpenPlaces(
        trx,
        current.company_id,
        await uncoveredCrebos(trx, current.company_id, current.qualification_crebo),
        closedReason,
      )
    : [];
  // Its closed places leave every unconfirmed round — issue 4.
  const releasedStudentIds = closedReason ? await releasePlacesFromOpenRounds(trx, closedPlaceIds, closedReason) : [];
  await insertAccreditationEvent(trx, { accreditationId: current.id, status: input.status, by: input.by, reason });
  await appendEvent(trx, 'AccreditationStatusChanged', current.company_id, {
    accreditationId: current.id,
    companyId: current.company_id,
    qualificationCrebo: current.qualification_crebo,
    from: current.status,
    to: input.status,
    reason,
    by: input.by,
    closedPlaceIds,
    releasedStudentCount: releasedStudentIds.length,
  });
  await publishCompanyTraining(trx, [current.company_id]);
  return { accreditationId: current.id, status: input.status, closedPlaceIds };
}

/** The accreditations of a company a decision applies to: the named ones, or else all that are not yet so. */
export async function accreditationsForDecision(
  trx: Trx,
  companyId: string,
  status: AccreditationStatus,
  named: readonly number[],
): Promise<number[]> {
  const all = await findAccreditationsByCompanies(trx, [companyId]);
  const chosen = named.length > 0 ? all.filter((a) => named.includes(a.id)) : all;
  // Already at that status (a decision delivered twice, or SBB decided it directly): nothing to change.
  return chosen
    .filter((a) => a.status !== status && (status !== 'SUSPENDED' || a.status === 'ACTIVE'))
    .map((a) => a.id);
}
