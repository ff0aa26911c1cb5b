import { inKeyOrder, listsInKeyOrder, loadOne, requestLoader } from '@stelsel/graphql-kit';
import { allowanceStatus, requiredParties, todayInNetherlands } from '@stelsel/placements-common';
import type { PlacementsContext } from '../context.ts';
import {
  type AgreementEventRecord,
  findAgreementsByIds,
  findCurrentAgreementsByPlacements,
  findEventsByAgreements,
  findSignaturesByAgreements,
  type SignatureRecord,
} from '../db/agreements.ts';
import { type AllowancePaymentRecord, findPaymentsByAgreements } from '../db/allowances.ts';
import { parties } from '../domain/access.ts';
import { builder } from './builder.ts';
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

export const AgreementPartyRef = builder.enumType('AgreementParty', {
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

export const AllowanceKindRef = builder.enumType('AllowanceKind', {
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

/** The payments of each agreement, shared by `allowancePayments` and `allowanceStatus`: one query for both. */
const paymentsOf = requestLoader(async (ids: string[], { db }: PlacementsContext) =>
  listsInKeyOrder(ids, await findPaymentsByAgreements(db, ids), (payment) => payment.agreement_id),
);

export const AgreementRef = builder.loadableObjectRef('Agreement', {
  load: (ids: string[], { db }) => findAgreementsByIds(db, ids),
  toKey: (agreement) => agreement.id,
  sort: true,
});

AgreementRef.implement({
  description:
    'Een praktijkovereenkomst (POK) voor één plaatsing bij één leerbedrijf. Alleen voor de student, de eigen instelling en het leerbedrijf.',
  authScopes: (agreement) => parties(agreement),
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: AgreementStatusRef, resolve: (a) => a.status }),
    version: t.exposeInt('version', { description: 'Versie; elke wijziging maakt een nieuwe.' }),
    placement: t.field({ type: PlacementRef, resolve: (a) => a.placement_id }),
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
    signatures: t.loadableList({
      type: SignatureRef,
      load: async (ids: string[], { db }) =>
        listsInKeyOrder(ids, await findSignaturesByAgreements(db, ids), (signature) => signature.agreement_id),
      resolve: (a) => a.id,
    }),
    signedAt: t.string({ nullable: true, resolve: (a) => a.signed_at?.toISOString() ?? null }),
    supersededBy: t.id({ nullable: true, resolve: (a) => a.superseded_by }),
    createdBy: t.exposeString('created_by'),
    history: t.loadableList({
      type: AgreementEventRef,
      load: async (ids: string[], { db }) =>
        listsInKeyOrder(ids, await findEventsByAgreements(db, ids), (event) => event.agreement_id),
      resolve: (a) => a.id,
    }),
    allowancePayments: t.field({
      type: [AllowancePaymentRef],
      resolve: (a, _args, context) => paymentsOf(context).load(a.id),
    }),
    allowanceStatus: t.field({
      type: AllowanceStatusRef,
      resolve: async (a, _args, context) => {
        const expenseCents = BigInt(a.expense_allowance_cents);
        const wageCents = cents(a.internship_wage_cents);
        const payments = await paymentsOf(context).load(a.id);
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
  t.loadable({
    type: AgreementRef,
    nullable: true,
    description: 'De geldende praktijkovereenkomst van deze plaatsing; leeg als er nog geen is.',
    load: async (ids: string[], { db }) => {
      const current = new Map((await findCurrentAgreementsByPlacements(db, ids)).map((a) => [a.placement_id, a]));
      return inKeyOrder(ids, current, null);
    },
    resolve: (placement) => placement.id,
  }),
);

builder.queryField('agreement', (t) =>
  t.field({
    type: AgreementRef,
    nullable: true,
    description: 'Een praktijkovereenkomst: voor de student, de eigen instelling en het leerbedrijf.',
    authScopes: { role: ['student', 'institution', 'company'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => loadOne(AgreementRef, context, String(args.id)),
  }),
);
