import { loadOne, moneyToCents } from '@stelsel/graphql-kit';
import type { PlacementsContext } from '../context.ts';
import type { AgreementParty } from '../db/types.ts';
import * as agreements from '../use-cases/agreements.ts';
import * as allowances from '../use-cases/allowances.ts';
import { AgreementPartyRef, AgreementRef, AllowanceKindRef } from './agreement.schema.ts';
import { actorOf, builder } from './builder.ts';

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

async function reload(context: PlacementsContext, id: string) {
  const agreement = await loadOne(AgreementRef, context, id);
  if (!agreement) throw new Error('De praktijkovereenkomst ontbreekt.');
  return agreement;
}

// Each mutation parses its arguments, opens one transaction and calls a use case in src/use-cases/.
builder.mutationFields((t) => ({
  draftAgreement: t.field({
    type: AgreementRef,
    description:
      'De instelling stelt de praktijkovereenkomst op voor een geaccepteerde plaatsing van een eigen student, of wijzigt het concept ' +
      '(gegeven handtekeningen vervallen dan). Een nieuwe overeenkomst vervangt die van een ander leerbedrijf. Een herhaalde poging met dezelfde sleutel maakt niets nieuws.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      placementId: t.arg.id({ required: true }),
      input: t.arg({ type: AgreementInputRef, required: true }),
      idempotencyKey: t.arg({
        type: 'IdempotencyKey',
        required: true,
        description: 'Een nieuwe sleutel per poging; dezelfde sleutel met andere inhoud wordt geweigerd.',
      }),
    },
    resolve: async (_root, args, context) => {
      const input = { placementId: String(args.placementId), content: args.input, idempotencyKey: args.idempotencyKey };
      const id = await context.db.transaction().execute((trx) => agreements.draft(trx, actorOf(context), input));
      return reload(context, id);
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
      const input = {
        agreementId: String(args.agreementId),
        party: args.party as AgreementParty,
        note: args.note,
        idempotencyKey: args.idempotencyKey,
      };
      await context.db.transaction().execute((trx) => agreements.sign(trx, actorOf(context), input));
      return reload(context, input.agreementId);
    },
  }),

  recordAllowancePayment: t.field({
    type: AgreementRef,
    description:
      'Legt een betaalde vergoeding vast voor een maand: het leerbedrijf (eigen) of de instelling (eigen student, bijvoorbeeld van een afschrift). ' +
      'Herhalen met dezelfde idempotencyKey legt niets opnieuw vast.',
    authScopes: { role: ['institution', 'company'] },
    errors: {},
    args: {
      agreementId: t.arg.id({ required: true }),
      month: t.arg.string({ required: true, description: 'JJJJ-MM.' }),
      amount: t.arg({ type: 'Money', required: true }),
      kind: t.arg({ type: AllowanceKindRef, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const input = {
        agreementId: String(args.agreementId),
        month: args.month,
        amountCents: moneyToCents(args.amount),
        kind: args.kind,
        idempotencyKey: args.idempotencyKey,
      };
      await context.db.transaction().execute((trx) => allowances.recordPayment(trx, actorOf(context), input));
      return reload(context, input.agreementId);
    },
  }),
}));
