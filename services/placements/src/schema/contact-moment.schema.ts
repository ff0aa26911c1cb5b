import { randomUUID } from 'node:crypto';
import { ConflictError, InputError, listsInKeyOrder, loadOne, NotFoundError } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { type AgreementRecord, findSignedAgreementsOfInstitution } from '../db/agreements.ts';
import {
  type ContactMomentExceptionRecord,
  type ContactMomentRecord,
  findExceptionsByAgreements,
  findMomentById,
  findMomentsByAgreements,
  insertException,
  insertMoment,
  lockMoment,
  recordHeld,
} from '../db/contact-moments.ts';
import type { ContactMomentKind as ContactMomentKindValue } from '../db/types.ts';
import { institutionOrCompanyOf, ownInstitution } from '../domain/access.ts';
import { type MissingContactMoments, missingContactMoments, PLAN_MARGIN_DAYS } from '../domain/contact-moments.ts';
import { checkHeldOn } from '../domain/deadlines.ts';
import { lockExisting } from '../use-cases/agreements.ts';
import { createOnce } from '../use-cases/idempotent-create.ts';
import { AgreementRef } from './agreement.schema.ts';
import { builder, requireOwner } from './builder.ts';
import { PlacementRef } from './placement.schema.ts';

const ContactMomentKindRef = builder.enumType('ContactMomentKind', {
  description: 'Soort contactmoment tussen instelling, student en leerbedrijf (Stagepact 2023–2027).',
  values: {
    START: { description: 'Startgesprek.' },
    INTERIM: { description: 'Tussentijds gesprek.' },
    FINAL: { description: 'Eindgesprek.' },
  } as const,
});

const ContactModeRef = builder.enumType('ContactMode', {
  description: 'Hoe het contactmoment plaatsvindt.',
  values: {
    IN_PERSON: { description: 'Op locatie, fysiek.' },
    VIDEO: { description: 'Videogesprek.' },
    PHONE: { description: 'Telefonisch.' },
  } as const,
});

const ExceptionReasonRef = builder.enumType('ContactMomentExceptionReason', {
  description: 'Professionele reden voor een uitzondering op de contactmomenten.',
  values: {
    ABROAD: { description: 'Stage in het buitenland: geen fysiek contactmoment nodig.' },
    TASTER_INTERNSHIP: { description: 'Snuffelstage: geen drie contactmomenten nodig.' },
    OTHER: { description: 'Andere professionele reden, toegelicht.' },
  } as const,
});

const ContactMomentRef = builder.objectRef<ContactMomentRecord>('ContactMoment').implement({
  description: 'Een gepland of gehouden contactmoment, met wie het plande en wie het vastlegde.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ContactMomentKindRef, resolve: (m) => m.kind }),
    plannedOn: t.field({ type: 'Date', resolve: (m) => m.planned_on }),
    plannedMode: t.field({ type: ContactModeRef, resolve: (m) => m.planned_mode }),
    plannedBy: t.exposeString('planned_by'),
    heldOn: t.field({ type: 'Date', nullable: true, resolve: (m) => m.held_on }),
    heldMode: t.field({ type: ContactModeRef, nullable: true, resolve: (m) => m.held_mode }),
    notes: t.exposeString('notes', { nullable: true }),
    recordedBy: t.exposeString('recorded_by', { nullable: true }),
    recordedAt: t.string({ nullable: true, resolve: (m) => m.recorded_at?.toISOString() ?? null }),
  }),
});

const ContactMomentExceptionRef = builder.objectRef<ContactMomentExceptionRecord>('ContactMomentException').implement({
  description: 'Een vastgelegde uitzondering op de contactmomenten, met reden.',
  fields: (t) => ({
    reason: t.field({ type: ExceptionReasonRef, resolve: (e) => e.reason }),
    explanation: t.exposeString('explanation'),
    recordedBy: t.exposeString('recorded_by'),
    recordedAt: t.string({ resolve: (e) => e.recorded_at.toISOString() }),
  }),
});

builder.objectFields(AgreementRef, (t) => ({
  contactMoments: t.loadableList({
    type: ContactMomentRef,
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findMomentsByAgreements(db, ids), (moment) => moment.agreement_id),
    resolve: (a) => a.id,
  }),
  contactMomentExceptions: t.loadableList({
    type: ContactMomentExceptionRef,
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findExceptionsByAgreements(db, ids), (exception) => exception.agreement_id),
    resolve: (a) => a.id,
  }),
}));

interface MissingShape extends MissingContactMoments {
  agreement: AgreementRecord;
}

const MissingRef = builder.objectRef<MissingShape>('PlacementMissingContactMoments').implement({
  description: 'Een ondertekende overeenkomst waarbij contactmomenten ontbreken.',
  fields: (t) => ({
    agreement: t.field({ type: AgreementRef, resolve: (m) => m.agreement }),
    placement: t.field({ type: PlacementRef, resolve: (m) => m.agreement.placement_id }),
    missingKinds: t.field({ type: [ContactMomentKindRef], resolve: (m) => m.missingKinds }),
    missingInPerson: t.exposeBoolean('missingInPerson'),
    missing: t.exposeStringList('missing', { description: 'Wat ontbreekt, in het Nederlands.' }),
  }),
});

builder.queryField('placementsMissingContactMoments', (t) =>
  t.field({
    type: [MissingRef],
    nullable: true,
    description:
      'Ondertekende overeenkomsten van eigen studenten zonder start-, tussentijds of eindgesprek, of zonder fysiek contactmoment, ' +
      'tenzij een uitzondering met reden is vastgelegd (Stagepact 2023–2027).',
    authScopes: { role: 'institution' },
    resolve: async (_root, _args, { caller, db }) => {
      const agreements = await findSignedAgreementsOfInstitution(db, caller.organisation);
      const ids = agreements.map((a) => a.id);
      const [moments, exceptions] = await Promise.all([
        findMomentsByAgreements(db, ids),
        findExceptionsByAgreements(db, ids),
      ]);
      return agreements.flatMap((agreement) => {
        const result = missingContactMoments(
          moments
            .filter((m) => m.agreement_id === agreement.id)
            .map((m) => ({ kind: m.kind, plannedMode: m.planned_mode, heldMode: m.held_mode })),
          exceptions.filter((e) => e.agreement_id === agreement.id).map((e) => e.reason),
        );
        return result.missing.length > 0 ? [{ agreement, ...result }] : [];
      });
    },
  }),
);

const DAY = 86_400_000;
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function notes(value: string | null | undefined): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > 4000)
    throw new InputError('De notities mogen hoogstens 4000 tekens hebben.', 'notes');
  return trimmed;
}

builder.mutationFields((t) => ({
  planContactMoment: t.field({
    type: ContactMomentRef,
    description: 'Plant een contactmoment: de instelling of het leerbedrijf, bij een eigen overeenkomst.',
    authScopes: { role: ['institution', 'company'] },
    errors: {},
    args: {
      agreementId: t.arg.id({ required: true }),
      kind: t.arg({ type: ContactMomentKindRef, required: true }),
      plannedOn: t.arg({ type: 'Date', required: true }),
      mode: t.arg({ type: ContactModeRef, required: true }),
      idempotencyKey: t.arg({
        type: 'IdempotencyKey',
        required: true,
        description:
          'Een nieuwe sleutel per poging; dezelfde sleutel opnieuw plant het moment niet nog eens, ' +
          'dezelfde sleutel voor een ander moment wordt geweigerd.',
      }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const id = await db.transaction().execute(async (trx) => {
        const agreement = await lockExisting(trx, String(args.agreementId));
        await requireOwner(
          context,
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
          args.plannedOn < shift(agreement.starts_on, -PLAN_MARGIN_DAYS) ||
          args.plannedOn > shift(agreement.ends_on, PLAN_MARGIN_DAYS)
        ) {
          throw new InputError('De datum ligt te ver buiten de looptijd van de overeenkomst.', 'plannedOn');
        }
        // A retry with the same key (after a lost answer) returns the moment planned the first time.
        return createOnce(
          trx,
          {
            scope: `planContactMoment:${agreement.id}`,
            key: args.idempotencyKey,
            subject: caller.subject,
            request: { kind: args.kind, plannedOn: args.plannedOn, mode: args.mode },
          },
          async () => {
            const newId = randomUUID();
            await insertMoment(trx, {
              id: newId,
              agreementId: agreement.id,
              kind: args.kind as ContactMomentKindValue,
              plannedOn: args.plannedOn,
              mode: args.mode,
              by: caller.subject,
            });
            return newId;
          },
        );
      });
      const moment = await findMomentById(db, id);
      if (!moment) throw new Error('Het contactmoment ontbreekt.');
      return moment;
    },
  }),

  recordContactMoment: t.field({
    type: ContactMomentRef,
    description:
      'Legt vast dat een contactmoment is gehouden: de instelling of het leerbedrijf, met wie het vastlegde.',
    authScopes: { role: ['institution', 'company'] },
    errors: {},
    args: {
      contactMomentId: t.arg.id({ required: true }),
      heldOn: t.arg({ type: 'Date', required: true }),
      mode: t.arg({ type: ContactModeRef, required: true }),
      notes: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const id = String(args.contactMomentId);
      const text = notes(args.notes);
      // A moment is recorded once it happened, not ahead.
      const today = todayInNetherlands();
      if (args.heldOn > today) throw new InputError('De datum ligt in de toekomst.', 'heldOn');
      await db.transaction().execute(async (trx) => {
        const moment = await lockMoment(trx, id);
        if (!moment) throw new NotFoundError('Dit contactmoment bestaat niet.', 'contactMomentId');
        const agreement = await lockExisting(trx, moment.agreement_id);
        await requireOwner(
          context,
          institutionOrCompanyOf(agreement),
          'Dit contactmoment hoort bij een ander leerbedrijf of een andere instelling.',
          'contactMomentId',
        );
        // Recorded once: the history keeps who recorded it.
        if (moment.held_on !== null) {
          throw new ConflictError(`Dit contactmoment is al vastgelegd door ${moment.recorded_by}.`, 'contactMomentId');
        }
        // Not months before the planned date without a reason — issue 9 §5.
        checkHeldOn({ plannedOn: moment.planned_on, heldOn: args.heldOn, notes: text }, today);
        await recordHeld(trx, id, {
          heldOn: args.heldOn,
          mode: args.mode,
          notes: text,
          by: caller.subject,
          role: caller.role === 'company' ? 'company' : 'institution',
        });
      });
      const moment = await findMomentById(db, id);
      if (!moment) throw new Error('Het contactmoment ontbreekt.');
      return moment;
    },
  }),

  recordContactMomentException: t.field({
    type: AgreementRef,
    description:
      'De instelling legt een uitzondering op de contactmomenten vast, met een professionele reden (buitenland, snuffelstage, anders).',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      agreementId: t.arg.id({ required: true }),
      reason: t.arg({ type: ExceptionReasonRef, required: true }),
      explanation: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const agreementId = String(args.agreementId);
      const explanation = args.explanation.trim();
      // An exception needs a professional reason, written down — DOMAIN.md §1.
      if (explanation.length < 20 || explanation.length > 2000) {
        throw new InputError('Licht de uitzondering toe in 20 tot 2000 tekens.', 'explanation');
      }
      await db.transaction().execute(async (trx) => {
        const agreement = await lockExisting(trx, agreementId);
        // Only the institution decides on an exception, for its own student.
        await requireOwner(
          context,
          ownInstitution(agreement.institution_id),
          'Deze overeenkomst hoort bij een student van een andere instelling.',
          'agreementId',
        );
        const added = await insertException(trx, { agreementId, reason: args.reason, explanation, by: caller.subject });
        if (!added) throw new ConflictError('Deze uitzondering is al vastgelegd.', 'reason');
      });
      const agreement = await loadOne(AgreementRef, context, agreementId);
      if (!agreement) throw new Error('De praktijkovereenkomst ontbreekt.');
      return agreement;
    },
  }),
}));
