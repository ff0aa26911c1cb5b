import { listsInKeyOrder, loadOne } from '@stelsel/graphql-kit';
import { type AgreementRecord, findSignedAgreementsOfInstitution } from '../db/agreements.ts';
import {
  type ContactMomentExceptionRecord,
  type ContactMomentRecord,
  findExceptionsByAgreements,
  findMomentById,
  findMomentsByAgreements,
} from '../db/contact-moments.ts';
import { type MissingContactMoments, missingContactMoments } from '../domain/contact-moments.ts';
import * as contactMoments from '../use-cases/contact-moments.ts';
import { AgreementRef } from './agreement.schema.ts';
import { actorOf, builder } from './builder.ts';
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
      const input = { ...args, agreementId: String(args.agreementId) };
      const id = await context.db
        .transaction()
        .execute((trx) => contactMoments.planContactMoment(trx, actorOf(context), input));
      const moment = await findMomentById(context.db, id);
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
      const input = { ...args, contactMomentId: String(args.contactMomentId) };
      await context.db.transaction().execute((trx) => contactMoments.recordContactMoment(trx, actorOf(context), input));
      const moment = await findMomentById(context.db, input.contactMomentId);
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
      const input = { ...args, agreementId: String(args.agreementId) };
      await context.db
        .transaction()
        .execute((trx) => contactMoments.recordContactMomentException(trx, actorOf(context), input));
      const agreement = await loadOne(AgreementRef, context, input.agreementId);
      if (!agreement) throw new Error('De praktijkovereenkomst ontbreekt.');
      return agreement;
    },
  }),
}));
