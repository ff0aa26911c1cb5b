import { InputError, NotFoundError } from '@stelsel/graphql-kit';
import { MAX_CHOICES } from '@stelsel/placements-common';
import { findEquivalentPairs, findPlacesForMatching } from '../db/round-matching.ts';
import { findRoundStudent, lockRound, replaceChoices } from '../db/rounds.ts';
import { findStudentsByIds } from '../db/students.ts';
import { choicesOf, roundOf } from '../domain/access.ts';
import { choiceMismatch, choiceMismatchMessage } from '../domain/choosable.ts';
import { canonicalCrebos } from '../domain/rounds.ts';
import type { Actor, Trx } from './actor.ts';
import { requireStatus } from './rounds.ts';

export interface SubmitChoicesInput {
  roundId: string;
  studentId: string;
  placeIds: string[];
  requestsAccessiblePlace: boolean;
}

/**
 * Records a student's ranked choices (1–10) in a draft round; submitting again replaces them. Every choice
 * must be open, for the student's qualification (or an equivalent), level and pathway: the first that is
 * not is refused on its own slot (`placeIds.<index>`), without naming the place — issue 13 §6.
 */
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
  const found = new Map((await findPlacesForMatching(trx, placeIds)).map((place) => [place.id, place]));
  const [student] = await findStudentsByIds(trx, [studentId]);
  if (!student) throw new NotFoundError('Deze student bestaat niet.', 'studentId');
  const canonical = canonicalCrebos(await findEquivalentPairs(trx));
  for (const [index, id] of placeIds.entries()) {
    const place = found.get(id);
    if (!place) throw new NotFoundError(`Keuze ${index + 1} is een plaats die niet bestaat.`, `placeIds.${index}`);
    const mismatch = choiceMismatch(student, place, canonical);
    if (mismatch) throw new InputError(choiceMismatchMessage(index, mismatch, student, place), `placeIds.${index}`);
  }
  await replaceChoices(trx, roundId, studentId, placeIds, input.requestsAccessiblePlace, actor.caller.subject);
}
