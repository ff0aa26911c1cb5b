import { randomUUID } from 'node:crypto';
import { runIdempotent } from '@stelsel/db-kit';
import { ConflictError, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { statusAfterSignatures, todayInNetherlands } from '@stelsel/placements-common';
import {
  type AgreementRecord,
  addSignature,
  findCurrentAgreementsByPlacements,
  insertAgreement,
  lockAgreement,
  setAgreementStatus,
  supersedeOtherAgreements,
  updateAgreementContent,
} from '../db/agreements.ts';
import { lockPlacement } from '../db/placements.ts';
import { findPlacePathway } from '../db/places.ts';
import { findStudentsByIds } from '../db/students.ts';
import type { AgreementParty } from '../db/types.ts';
import { ownInstitution, signerFor } from '../domain/access.ts';
import { type AgreementInput, validateAgreement } from '../domain/agreements.ts';
import type { Actor, Trx } from './actor.ts';
import { createOnce } from './idempotent-create.ts';

/** Locks the agreement and checks it exists; shared by the use cases on an agreement. */
export async function lockExisting(trx: Trx, id: string): Promise<AgreementRecord> {
  const agreement = await lockAgreement(trx, id);
  if (!agreement) throw new NotFoundError('Deze praktijkovereenkomst bestaat niet.', 'agreementId');
  return agreement;
}

export interface DraftInput {
  placementId: string;
  content: AgreementInput;
  idempotencyKey: string;
}

/**
 * The institution draws up the agreement of an accepted placement of its own student, or edits the draft
 * (signatures given lapse). A new agreement supersedes the one with another company. Answers its id.
 */
export async function draft(trx: Trx, actor: Actor, input: DraftInput): Promise<string> {
  const { caller } = actor;
  const { placementId } = input;
  const placement = await lockPlacement(trx, placementId);
  if (!placement) throw new NotFoundError('Deze plaatsing bestaat niet.', 'placementId');
  // Only the student's own institution draws up the agreement — DOMAIN.md §1.
  await actor.requireOwner(
    ownInstitution(placement.institution_id),
    'Deze plaatsing hoort bij een student van een andere instelling.',
    'placementId',
  );
  // A retry with the same key answers the first draft; the same key with other content is refused.
  return createOnce(
    trx,
    {
      scope: `draftAgreement:${placementId}`,
      key: input.idempotencyKey,
      subject: caller.subject,
      request: input.content,
    },
    async () => {
      // An agreement follows the company's acceptance of the match — issue 4.
      if (placement.status !== 'ACCEPTED' && placement.status !== 'ACTIVE') {
        throw new ConflictError(
          'Een praktijkovereenkomst kan pas worden opgesteld als het leerbedrijf de plaatsing heeft geaccepteerd.',
          'placementId',
        );
      }
      const [student] = await findStudentsByIds(trx, [placement.student_id]);
      if (!student) throw new Error(`Student ${placement.student_id} ontbreekt.`);
      const content = validateAgreement(input.content, todayInNetherlands(), student.date_of_birth);
      const [current] = await findCurrentAgreementsByPlacements(trx, [placementId]);
      if (current) {
        const locked = await lockExisting(trx, current.id);
        // A signed agreement is not edited; a change needs a new placement and so a new agreement — DOMAIN.md §1.
        if (locked.status === 'SIGNED') {
          throw new ConflictError(
            'Deze overeenkomst is al door alle partijen ondertekend en kan niet meer worden gewijzigd.',
            'placementId',
          );
        }
        await updateAgreementContent(trx, locked, content, caller.subject);
        return locked.id;
      }
      const pathway = await findPlacePathway(trx, placement.place_id);
      const newId = randomUUID();
      await insertAgreement(
        trx,
        {
          ...content,
          id: newId,
          placement_id: placement.id,
          student_id: placement.student_id,
          company_id: placement.company_id,
          institution_id: placement.institution_id,
          pathway,
        },
        caller.subject,
      );
      // A change of company needs a new agreement: the student's earlier one is superseded — DOMAIN.md §1.
      await supersedeOtherAgreements(trx, placement.student_id, newId, caller.subject);
      return newId;
    },
  );
}

export interface SignInput {
  agreementId: string;
  party: AgreementParty;
  note?: string | null;
  idempotencyKey?: string | null;
}

/** A party signs the agreement; signing again changes nothing. The institution records the guardian's paper signature. */
export async function sign(trx: Trx, actor: Actor, input: SignInput): Promise<void> {
  const { caller } = actor;
  const { agreementId, party } = input;
  const note = input.note?.trim() || null;
  const agreement = await lockExisting(trx, agreementId);
  // Each party signs for itself; the guardian's paper signature is recorded by the institution (see signerFor).
  await actor.requireOwner(
    signerFor(party, agreement),
    'U mag niet tekenen namens deze partij bij deze overeenkomst.',
    'party',
  );
  await runIdempotent(
    trx,
    { scope: `signAgreement:${agreementId}:${party}`, key: input.idempotencyKey, subject: caller.subject },
    async () => {
      if (agreement.status === 'SUPERSEDED') {
        throw new ConflictError('Deze overeenkomst is vervangen door een nieuwe.', 'agreementId');
      }
      // A guardian signs only for a student under 18 on the start date — DOMAIN.md §1.
      if (party === 'GUARDIAN' && !agreement.guardian_required) {
        throw new InputError(
          'De student is op de begindatum 18 of ouder: een ouder of voogd tekent niet mee.',
          'party',
        );
      }
      // A paper signature is recorded with where and when it was given, for the history.
      if (party === 'GUARDIAN' && (note === null || note.length < 10)) {
        throw new InputError(
          'Leg bij de handtekening van de ouder of voogd vast waar en wanneer die op papier is gezet (minstens 10 tekens).',
          'note',
        );
      }
      const { signed } = await addSignature(trx, agreement, party, caller.subject, note);
      await setAgreementStatus(
        trx,
        agreement,
        statusAfterSignatures(signed, agreement.guardian_required),
        caller.subject,
      );
      return agreementId;
    },
  );
}
