import { InputError, NotFoundError } from '@stelsel/graphql-kit';
import { MAX_CHOICES } from '@stelsel/placements-common';
import { findPlacesForMatching } from '../db/round-matching.ts';
import { findRoundStudent, lockRound, replaceChoices } from '../db/rounds.ts';
import { choicesOf, roundOf } from '../domain/access.ts';
import type { Actor, Trx } from './actor.ts';
import { requireStatus } from './rounds.ts';

export interface SubmitChoicesInput {
  roundId: string;
  studentId: string;
  placeIds: string[];
  requestsAccessiblePlace: boolean;
}

/** Records a student's ranked choices (1–10) in a draft round; submitting again replaces them. */
export async function submit(trx: Trx, actor: Actor, input: SubmitChoicesInput): Promise<void> {
  const { roundId, studentId, placeIds } = input;
  await actor.requireOwner(choicesOf(studentId), 'Een student kan alleen de eigen keuzes doorgeven.', 'studentId');
  if (placeIds.length === 0 || placeIds.length > MAX_CHOICES) {
    throw new InputError(`Kies 1 tot ${MAX_CHOICES} plaatsen.`, 'placeIds');
  }
  if (new Set(placeIds).size !== placeIds.length) {
    throw new InputError('Elke plaats mag maar één keer in de lijst staan.', 'placeIds');
  }
  const round = await lockRound(trx, roundId);
  if (!round) throw new NotFoundError('Deze ronde bestaat niet.', 'roundId');
  // The student's own institution alone matches them — issue 4; a student only for themself.
  await actor.requireOwner(
    roundOf(round.institution_id),
    'Alleen de eigen mbo-instelling mag deze ronde beheren.',
    'roundId',
  );
  requireStatus(round, ['DRAFT'], 'Keuzes kunnen alleen worden doorgegeven zolang de ronde niet is gedraaid.');
  if (!(await findRoundStudent(trx, roundId, studentId))) {
    throw new InputError('Deze student zit niet in de ronde.', 'studentId');
  }
  const found = await findPlacesForMatching(trx, placeIds);
  if (found.length < placeIds.length) throw new NotFoundError('Niet alle plaatsen bestaan.', 'placeIds');
  await replaceChoices(trx, roundId, studentId, placeIds, input.requestsAccessiblePlace, actor.caller.subject);
}
