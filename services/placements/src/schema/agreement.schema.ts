import { randomUUID } from 'node:crypto';
import { runIdempotent } from '@stelsel/db-kit';
import { ConflictError, InputError, moneyToCents, NotFoundError } from '@stelsel/graphql-kit';
import type { Transaction } from 'kysely';
import {
  type AgreementEventRecord,
  type AgreementRecord,
  addSignature,
  findCurrentAgreementsByPlacements,
  insertAgreement,
  lockAgreement,
  type SignatureRecord,
  setAgreementStatus,
  supersedeOtherAgreements,
  updateAgreementContent,
} from '../db/agreements.ts';
import { type AllowancePaymentRecord, insertPayment } from '../db/allowances.ts';
import { lockPlacement } from '../db/placements.ts';
import { findStudentsByIds } from '../db/students.ts';
import type { AgreementParty as AgreementPartyValue, PlacementsDatabase } from '../db/types.ts';
import { institutionOrCompanyOf, ownInstitution, parties, signerFor } from '../domain/access.ts';
import { requiredParties, statusAfterSignatures, validateAgreement } from '../domain/agreements.ts';
import { allowanceStatus, isMonth, monthOf } from '../domain/allowances.ts';
import { todayInNetherlands } from '../domain/places.ts';
import { builder, requireOwner } from './builder.ts';
import { PlacementRef } from './placement.schema.ts';
import { Pathway } from './qualification.schema.ts';

export const AgreementStatusRef = builder.enumType('AgreementStatus', {
  description: 'Stand van een praktijkovereenkomst.',
  values: {
    DRAFT: { description: 'Opgesteld door de instelling; nog niet (opnieuw) ondertekend.' },
    SIGNING: { description: 'Een of meer partijen hebben getekend, nog niet alle.' },
    SIGNED: { description: 'Door alle vereiste partijen ondertekend.' },
    SUPERSEDED: { description: 'Vervangen door een nieuwe overeenkomst (ander leerbedrijf of andere plaatsing).' },
  } as const,
});

const AgreementPartyRef = builder.enumType('AgreementParty', {
  description: 'Partij bij de praktijkovereenkomst.',
  values: {
    STUDENT: { description: 'De student zelf.' },
    INSTITUTION: { description: 'De mbo-instelling.' },
    COMPANY: { description: 'Het leerbedrijf.' },
    GUARDIAN: {
      description: 'Ouder of voogd, voor een student jonger dan 18; de instelling legt de handtekening op papier vast.',
    },
  } as const,
});

const AllowanceKindRef = builder.enumType('AllowanceKind', {
  description: 'Soort vergoeding.',
  values: {
    EXPENSE: { description: 'Onkostenvergoeding.' },
    WAGE: { description: 'Stagevergoeding of loon.' },
  } as const,
});

const SignatureRef = builder.objectRef<SignatureRecord>('AgreementSignature').implement({
  description: 'Een handtekening onder de huidige versie van de overeenkomst.',
  fields: (t) => ({
    party: t.field({ type: AgreementPartyRef, resolve: (s) => s.party }),
    signedBy: t.exposeString('signed_by', { description: 'Wie (gebruikers-id).' }),
    signedAt: t.string({ description: 'Tijdstip (ISO 8601).', resolve: (s) => s.signed_at.toISOString() }),
    version: t.exposeInt('version'),
    note: t.exposeString('note', { nullable: true, description: 'Bij een handtekening op papier: waar en hoe.' }),
  }),
});

const AgreementEventRef = builder.objectRef<AgreementEventRecord>('AgreementEvent').implement({
  description: 'Een stap in de geschiedenis van een overeenkomst: wie, wanneer, wat.',
  fields: (t) => ({
    what: t.field({
      type: builder.enumType('AgreementEventKind', {
        values: {
          DRAFTED: { description: 'Opgesteld.' },
          EDITED: { description: 'Gewijzigd.' },
          SIGNED: { description: 'Ondertekend door een partij.' },
          SIGNATURES_RESET: { description: 'Handtekeningen vervallen na een wijziging.' },
          FULLY_SIGNED: { description: 'Door alle partijen ondertekend.' },
          SUPERSEDED: { description: 'Vervangen door een nieuwe overeenkomst.' },
        } as const,
      }),
      resolve: (e) => e.what,
    }),
    party: t.field({ type: AgreementPartyRef, nullable: true, resolve: (e) => e.party }),
    by: t.exposeString('by'),
    at: t.string({ resolve: (e) => e.at.toISOString() }),
    version: t.exposeInt('version'),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});

const AllowancePaymentRef = builder.objectRef<AllowancePaymentRecord>('AllowancePayment').implement({
  description: 'Een vastgelegde betaling van een vergoeding.',
  fields: (t) => ({
    id: t.id({ resolve: (p) => String(p.id) }),
    month: t.exposeString('month', { description: 'JJJJ-MM.' }),
    kind: t.field({ type: AllowanceKindRef, resolve: (p) => p.kind }),
    amount: t.field({ type: 'Money', resolve: (p) => BigInt(p.amount_cents) }),
    recordedBy: t.exposeString('recorded_by'),
    recordedAt: t.string({ resolve: (p) => p.recorded_at.toISOString() }),
  }),
});

interface AllowanceStatusShape {
  agreedMonthly: bigint;
  paidMonths: string[];
  missingMonths: string[];
  upToDate: boolean;
}

const AllowanceStatusRef = builder.objectRef<AllowanceStatusShape>('AllowanceStatus').implement({
  description: 'Of de afgesproken vergoedingen zijn betaald (Stagepact: iedere student een onkostenvergoeding).',
  fields: (t) => ({
    agreedMonthly: t.field({
      type: 'Money',
      description: 'Onkostenvergoeding plus stagevergoeding per maand.',
      resolve: (s) => s.agreedMonthly,
    }),
    paidMonths: t.exposeStringList('paidMonths', { description: 'Maanden (JJJJ-MM) waarin alles is betaald.' }),
    missingMonths: t.exposeStringList('missingMonths', {
      description: 'Maanden vanaf de begindatum tot en met de einddatum of deze maand zonder (volledige) betaling.',
    }),
    upToDate: t.exposeBoolean('upToDate'),
  }),
});

const cents = (value: string | null) => (value === null ? null : BigInt(value));

export const AgreementRef = builder.objectRef<AgreementRecord>('Agreement').implement({
  description:
    'Een praktijkovereenkomst (POK) voor één plaatsing bij één leerbedrijf. Alleen voor de student, de eigen instelling en het leerbedrijf.',
  authScopes: (agreement) => parties(agreement),
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: AgreementStatusRef, resolve: (a) => a.status }),
    version: t.exposeInt('version', { description: 'Versie; elke wijziging maakt een nieuwe.' }),
    placement: t.field({
      type: PlacementRef,
      resolve: async (a, _args, { loaders }) => {
        const placement = await loaders.placement(a.placement_id);
        if (!placement) throw new Error(`Plaatsing ${a.placement_id} ontbreekt.`);
        return placement;
      },
    }),
    pathway: t.field({
      type: Pathway,
      description: 'bol-stage of bbl-leerbaan, van de plaatsing.',
      resolve: (a) => a.pathway,
    }),
    startsOn: t.field({ type: 'Date', resolve: (a) => a.starts_on }),
    endsOn: t.field({ type: 'Date', resolve: (a) => a.ends_on }),
    hoursPerWeek: t.exposeInt('hours_per_week'),
    practicalTrainerName: t.exposeString('trainer_name', { description: 'Naam van de praktijkopleider.' }),
    practicalTrainerEmail: t.exposeString('trainer_email'),
    workProcesses: t.exposeString('work_processes', { description: 'Werkprocessen die de student uitvoert.' }),
    assessment: t.exposeString('assessment', { description: 'Hoe de student wordt beoordeeld.' }),
    dissolutionTerms: t.exposeString('dissolution_terms', { description: 'Ontbindingsvoorwaarden.' }),
    supervisionFrequency: t.exposeString('supervision_frequency', {
      description: 'Afgesproken frequentie van begeleiding.',
    }),
    expenseAllowance: t.field({
      type: 'Money',
      description: 'Per maand.',
      resolve: (a) => BigInt(a.expense_allowance_cents),
    }),
    internshipWage: t.field({
      type: 'Money',
      nullable: true,
      description: 'Per maand; leeg als er geen is.',
      resolve: (a) => cents(a.internship_wage_cents),
    }),
    guardianRequired: t.exposeBoolean('guardian_required', {
      description: 'De student is op de begindatum jonger dan 18: een ouder of voogd tekent mee.',
    }),
    guardianName: t.exposeString('guardian_name', { nullable: true }),
    requiredParties: t.field({ type: [AgreementPartyRef], resolve: (a) => requiredParties(a.guardian_required) }),
    signatures: t.field({
      type: [SignatureRef],
      resolve: async (a, _args, { loaders }) => (await loaders.signaturesOfAgreement(a.id)) ?? [],
    }),
    signedAt: t.string({ nullable: true, resolve: (a) => a.signed_at?.toISOString() ?? null }),
    supersededBy: t.id({ nullable: true, resolve: (a) => a.superseded_by }),
    createdBy: t.exposeString('created_by'),
    history: t.field({
      type: [AgreementEventRef],
      resolve: async (a, _args, { loaders }) => (await loaders.eventsOfAgreement(a.id)) ?? [],
    }),
    allowancePayments: t.field({
      type: [AllowancePaymentRef],
      resolve: async (a, _args, { loaders }) => (await loaders.paymentsOfAgreement(a.id)) ?? [],
    }),
    allowanceStatus: t.field({
      type: AllowanceStatusRef,
      resolve: async (a, _args, { loaders }) => {
        const expenseCents = BigInt(a.expense_allowance_cents);
        const wageCents = cents(a.internship_wage_cents);
        const payments = (await loaders.paymentsOfAgreement(a.id)) ?? [];
        const status = allowanceStatus(
          { startsOn: a.starts_on, endsOn: a.ends_on, expenseCents, wageCents },
          payments,
          todayInNetherlands(),
        );
        return { agreedMonthly: expenseCents + (wageCents ?? 0n), ...status };
      },
    }),
  }),
});

builder.objectField(PlacementRef, 'agreement', (t) =>
  t.field({
    type: AgreementRef,
    nullable: true,
    description: 'De geldende praktijkovereenkomst van deze plaatsing; leeg als er nog geen is.',
    resolve: (placement, _args, { loaders }) => loaders.agreementOfPlacement(placement.id),
  }),
);

builder.queryField('agreement', (t) =>
  t.field({
    type: AgreementRef,
    nullable: true,
    description: 'Een praktijkovereenkomst: voor de student, de eigen instelling en het leerbedrijf.',
    authScopes: { role: ['student', 'institution', 'company'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, { loaders }) => loaders.agreement(String(args.id)),
  }),
);

const AgreementInputRef = builder.inputType('AgreementInput', {
  description: 'De inhoud van een praktijkovereenkomst (POK), opgesteld door de instelling.',
  fields: (t) => ({
    startsOn: t.field({ type: 'Date', required: true, description: 'Hoogstens een jaar in het verleden.' }),
    endsOn: t.field({ type: 'Date', required: true, description: 'Na de begindatum; hoogstens twee jaar later.' }),
    hoursPerWeek: t.int({ required: true, description: '1–40 uur.' }),
    practicalTrainerName: t.string({ required: true, description: 'Naam van de praktijkopleider.' }),
    practicalTrainerEmail: t.string({ required: true }),
    workProcesses: t.string({ required: true, description: 'Werkprocessen (10–4000 tekens).' }),
    assessment: t.string({ required: true, description: 'Beoordeling (10–4000 tekens).' }),
    dissolutionTerms: t.string({ required: true, description: 'Ontbindingsvoorwaarden (10–4000 tekens).' }),
    supervisionFrequency: t.string({ required: true, description: 'Bijvoorbeeld "elke twee weken een gesprek".' }),
    expenseAllowance: t.field({ type: 'Money', required: true, description: 'Onkostenvergoeding per maand.' }),
    internshipWage: t.field({
      type: 'Money',
      required: false,
      description: 'Stagevergoeding per maand; leeg als er geen is.',
    }),
    guardianName: t.string({
      required: false,
      description: 'Ouder of voogd die meetekent; verplicht als de student op de begindatum jonger is dan 18.',
    }),
  }),
});

/** Locks the agreement and checks it exists; shared by the mutations on an agreement. */
export async function lockExisting(trx: Transaction<PlacementsDatabase>, id: string): Promise<AgreementRecord> {
  const agreement = await lockAgreement(trx, id);
  if (!agreement) throw new NotFoundError('Deze praktijkovereenkomst bestaat niet.', 'agreementId');
  return agreement;
}

async function reload(loaders: { agreement: (id: string) => Promise<AgreementRecord | null> }, id: string) {
  const agreement = await loaders.agreement(id);
  if (!agreement) throw new Error('De praktijkovereenkomst ontbreekt.');
  return agreement;
}

builder.mutationFields((t) => ({
  draftAgreement: t.field({
    type: AgreementRef,
    description:
      'De instelling stelt de praktijkovereenkomst op voor een geaccepteerde plaatsing van een eigen student, of wijzigt het concept ' +
      '(gegeven handtekeningen vervallen dan). Een nieuwe overeenkomst vervangt die van een ander leerbedrijf. Idempotent per sleutel.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      placementId: t.arg.id({ required: true }),
      input: t.arg({ type: AgreementInputRef, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: false }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db, loaders } = context;
      const placementId = String(args.placementId);
      const id = await db.transaction().execute(async (trx) => {
        const placement = await lockPlacement(trx, placementId);
        if (!placement) throw new NotFoundError('Deze plaatsing bestaat niet.', 'placementId');
        // Only the student's own institution draws up the agreement — DOMAIN.md §1.
        await requireOwner(
          context,
          ownInstitution(placement.institution_id),
          'Deze plaatsing hoort bij een student van een andere instelling.',
          'placementId',
        );
        const { value } = await runIdempotent(
          trx,
          { scope: `draftAgreement:${placementId}`, key: args.idempotencyKey, subject: caller.subject },
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
            const content = validateAgreement(args.input, todayInNetherlands(), student.date_of_birth);
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
            const place = await trx
              .selectFrom('place')
              .select('pathway')
              .where('id', '=', placement.place_id)
              .executeTakeFirstOrThrow();
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
                pathway: place.pathway,
              },
              caller.subject,
            );
            // A change of company needs a new agreement: the student's earlier one is superseded — DOMAIN.md §1.
            await supersedeOtherAgreements(trx, placement.student_id, newId, caller.subject);
            return newId;
          },
        );
        return value;
      });
      return reload(loaders, id);
    },
  }),

  signAgreement: t.field({
    type: AgreementRef,
    description:
      'Een partij ondertekent de overeenkomst. Nogmaals tekenen verandert niets. De instelling legt de handtekening van ouder of voogd ' +
      '(partij GUARDIAN) vast, met een notitie.',
    authScopes: { role: ['student', 'institution', 'company'] },
    errors: {},
    args: {
      agreementId: t.arg.id({ required: true }),
      party: t.arg({ type: AgreementPartyRef, required: true }),
      note: t.arg.string({
        required: false,
        description: 'Verplicht bij GUARDIAN: waar en wanneer op papier getekend.',
      }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: false }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db, loaders } = context;
      const agreementId = String(args.agreementId);
      const party = args.party as AgreementPartyValue;
      const note = args.note?.trim() || null;
      await db.transaction().execute(async (trx) => {
        const agreement = await lockExisting(trx, agreementId);
        // Each party signs for itself; the guardian's paper signature is recorded by the institution (see signerFor).
        await requireOwner(
          context,
          signerFor(party, agreement),
          'U mag niet tekenen namens deze partij bij deze overeenkomst.',
          'party',
        );
        await runIdempotent(
          trx,
          { scope: `signAgreement:${agreementId}:${party}`, key: args.idempotencyKey, subject: caller.subject },
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
      });
      return reload(loaders, agreementId);
    },
  }),

  recordAllowancePayment: t.field({
    type: AgreementRef,
    description:
      'Legt een betaalde vergoeding vast voor een maand: het leerbedrijf (eigen) of de instelling (eigen student, bijvoorbeeld van een afschrift).',
    authScopes: { role: ['institution', 'company'] },
    errors: {},
    args: {
      agreementId: t.arg.id({ required: true }),
      month: t.arg.string({ required: true, description: 'JJJJ-MM.' }),
      amount: t.arg({ type: 'Money', required: true }),
      kind: t.arg({ type: AllowanceKindRef, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: false }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db, loaders } = context;
      const agreementId = String(args.agreementId);
      if (!isMonth(args.month)) throw new InputError('Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03.', 'month');
      const amountCents = moneyToCents(args.amount);
      // A payment is a positive amount.
      if (amountCents <= 0n) throw new InputError('Het bedrag moet groter zijn dan nul.', 'amount');
      await db.transaction().execute(async (trx) => {
        const agreement = await lockExisting(trx, agreementId);
        await requireOwner(
          context,
          institutionOrCompanyOf(agreement),
          'Deze overeenkomst hoort bij een ander leerbedrijf of een andere instelling.',
          'agreementId',
        );
        await runIdempotent(
          trx,
          { scope: `recordAllowancePayment:${agreementId}`, key: args.idempotencyKey, subject: caller.subject },
          async () => {
            // Allowances are owed under a signed agreement only.
            if (agreement.status !== 'SIGNED') {
              throw new ConflictError('Betalingen worden vastgelegd bij een ondertekende overeenkomst.', 'agreementId');
            }
            // The month lies within the agreement's period and not in the future.
            if (args.month < monthOf(agreement.starts_on) || args.month > monthOf(agreement.ends_on)) {
              throw new InputError('De maand valt buiten de looptijd van de overeenkomst.', 'month');
            }
            if (args.month > monthOf(todayInNetherlands())) {
              throw new InputError('De maand ligt in de toekomst.', 'month');
            }
            // A wage payment needs an agreed wage.
            if (args.kind === 'WAGE' && agreement.internship_wage_cents === null) {
              throw new InputError('In deze overeenkomst is geen stagevergoeding afgesproken.', 'kind');
            }
            const id = await insertPayment(trx, {
              agreementId,
              month: args.month,
              kind: args.kind,
              amountCents,
              by: caller.subject,
              role: caller.role === 'company' ? 'company' : 'institution',
            });
            return id;
          },
        );
      });
      return reload(loaders, agreementId);
    },
  }),
}));
