import { runIdempotent } from '@stelsel/db-kit';
import { ConflictError, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { lockPlacement, recordResponse } from '../db/placements.ts';
import type { DeclineReason } from '../db/types.ts';
import { ownCompany } from '../domain/access.ts';
import { matchOverdue, matchOverdueMessage } from '../domain/deadlines.ts';
import { declineProblem } from '../domain/rounds.ts';
import { publishCompanyTraining } from '../events/company-training.ts';
import type { Actor, Trx } from './actor.ts';

export interface ResponseInput {
  placementId: string;
  accept: boolean;
  declineReason?: DeclineReason | null;
  declineExplanation?: string | null;
  idempotencyKey: string;
}

/**
 * The company accepts or declines a confirmed match, before its last day; declining needs a reason from the list
 * (with an explanation for "anders"). The same key again answers without a second response.
 */
export async function respondToMatch(trx: Trx, actor: Actor, input: ResponseInput): Promise<void> {
  const { caller } = actor;
  const { placementId } = input;
  const explanation = input.declineExplanation?.trim() || null;
  if (!input.accept) {
    const problem = declineProblem(input.declineReason, explanation);
    if (problem) throw new InputError(problem.message, problem.field);
  }
  const placement = await lockPlacement(trx, placementId);
  if (!placement) throw new NotFoundError('Deze plaatsing bestaat niet.', 'placementId');
  await actor.requireOwner(
    ownCompany(placement.company_id),
    'Deze plaatsing hoort bij een ander leerbedrijf.',
    'placementId',
  );
  await runIdempotent(
    trx,
    { scope: `respondToMatch:${placementId}`, key: input.idempotencyKey, subject: caller.subject },
    async () => {
      if (placement.status !== 'CONFIRMED') {
        throw new ConflictError('Op deze match is al gereageerd.', 'placementId');
      }
      // After the last day the company can no longer answer — issue 9 §5.
      if (matchOverdue(placement.status, placement.respond_on, todayInNetherlands())) {
        throw new ConflictError(matchOverdueMessage(placement.respond_on), 'placementId');
      }
      await recordResponse(
        trx,
        placementId,
        caller.subject,
        input.accept ? { accept: true } : { accept: false, reason: input.declineReason as DeclineReason, explanation },
      );
      // An accepted bbl placement makes the company eligible for praktijkleren (funding).
      if (input.accept) await publishCompanyTraining(trx, [placement.company_id]);
      return placementId;
    },
  );
}
