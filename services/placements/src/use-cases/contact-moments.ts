import { randomUUID } from 'node:crypto';
import { ConflictError, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { insertException, insertMoment, lockMoment, recordHeld } from '../db/contact-moments.ts';
import type { ContactMode, ContactMomentExceptionReason, ContactMomentKind } from '../db/types.ts';
import { institutionOrCompanyOf, ownInstitution } from '../domain/access.ts';
import { PLAN_MARGIN_DAYS } from '../domain/contact-moments.ts';
import { checkHeldOn } from '../domain/deadlines.ts';
import type { Actor, Trx } from './actor.ts';
import { lockExisting } from './agreements.ts';
import { createOnce } from './idempotent-create.ts';

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Notes of a held moment: trimmed, empty is none, at most 4000 characters. */
function notesOf(value: string | null | undefined): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > 4000)
    throw new InputError('De notities mogen hoogstens 4000 tekens hebben.', 'notes');
  return trimmed;
}

export interface PlanInput {
  agreementId: string;
  kind: ContactMomentKind;
  plannedOn: string;
  mode: ContactMode;
  idempotencyKey: string;
}

/** The institution or the company plans a contact moment under its own agreement; answers the moment's id. */
export async function planContactMoment(trx: Trx, actor: Actor, input: PlanInput): Promise<string> {
  const { caller } = actor;
  const agreement = await lockExisting(trx, input.agreementId);
  await actor.requireOwner(
    institutionOrCompanyOf(agreement),
    'Deze overeenkomst hoort bij een ander leerbedrijf of een andere instelling.',
    'agreementId',
  );
  // A superseded agreement has no internship left to supervise.
  if (agreement.status === 'SUPERSEDED') {
    throw new ConflictError('Deze overeenkomst is vervangen door een nieuwe.', 'agreementId');
  }
  // Within 60 days around the agreement's period (our design limit against typing errors).
  if (
    input.plannedOn < shift(agreement.starts_on, -PLAN_MARGIN_DAYS) ||
    input.plannedOn > shift(agreement.ends_on, PLAN_MARGIN_DAYS)
  ) {
    throw new InputError('De datum ligt te ver buiten de looptijd van de overeenkomst.', 'plannedOn');
  }
  // A retry with the same key (after a lost answer) returns the moment planned the first time.
  return createOnce(
    trx,
    {
      scope: `planContactMoment:${agreement.id}`,
      key: input.idempotencyKey,
      subject: caller.subject,
      request: { kind: input.kind, plannedOn: input.plannedOn, mode: input.mode },
    },
    async () => {
      const id = randomUUID();
      await insertMoment(trx, {
        id,
        agreementId: agreement.id,
        kind: input.kind,
        plannedOn: input.plannedOn,
        mode: input.mode,
        by: caller.subject,
      });
      return id;
    },
  );
}

export interface HeldInput {
  contactMomentId: string;
  heldOn: string;
  mode: ContactMode;
  notes?: string | null;
}

/** Records that a planned moment was held, once, with who recorded it. */
export async function recordContactMoment(trx: Trx, actor: Actor, input: HeldInput): Promise<void> {
  const { caller } = actor;
  const text = notesOf(input.notes);
  // A moment is recorded once it happened, not ahead.
  const today = todayInNetherlands();
  if (input.heldOn > today) throw new InputError('De datum ligt in de toekomst.', 'heldOn');
  const moment = await lockMoment(trx, input.contactMomentId);
  if (!moment) throw new NotFoundError('Dit contactmoment bestaat niet.', 'contactMomentId');
  const agreement = await lockExisting(trx, moment.agreement_id);
  await actor.requireOwner(
    institutionOrCompanyOf(agreement),
    'Dit contactmoment hoort bij een ander leerbedrijf of een andere instelling.',
    'contactMomentId',
  );
  // Recorded once: the history keeps who recorded it.
  if (moment.held_on !== null) {
    throw new ConflictError(`Dit contactmoment is al vastgelegd door ${moment.recorded_by}.`, 'contactMomentId');
  }
  // Not months before the planned date without a reason — issue 9 §5.
  checkHeldOn({ plannedOn: moment.planned_on, heldOn: input.heldOn, notes: text }, today);
  await recordHeld(trx, input.contactMomentId, {
    heldOn: input.heldOn,
    mode: input.mode,
    notes: text,
    by: caller.subject,
    role: caller.role === 'company' ? 'company' : 'institution',
  });
}

export interface ExceptionInput {
  agreementId: string;
  reason: ContactMomentExceptionReason;
  explanation: string;
}

/** The institution records an exception to the contact moments for its own student, with a professional reason. */
export async function recordContactMomentException(trx: Trx, actor: Actor, input: ExceptionInput): Promise<void> {
  const explanation = input.explanation.trim();
  // An exception needs a professional reason, written down — DOMAIN.md §1.
  if (explanation.length < 20 || explanation.length > 2000) {
    throw new InputError('Licht de uitzondering toe in 20 tot 2000 tekens.', 'explanation');
  }
  const agreement = await lockExisting(trx, input.agreementId);
  // Only the institution decides on an exception, for its own student.
  await actor.requireOwner(
    ownInstitution(agreement.institution_id),
    'Deze overeenkomst hoort bij een student van een andere instelling.',
    'agreementId',
  );
  const added = await insertException(trx, {
    agreementId: input.agreementId,
    reason: input.reason,
    explanation,
    by: actor.caller.subject,
  });
  if (!added) throw new ConflictError('Deze uitzondering is al vastgelegd.', 'reason');
}
