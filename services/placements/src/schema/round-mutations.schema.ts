import { loadOne } from '@stelsel/graphql-kit';
import * as roundChoices from '../use-cases/round-choices.ts';
import * as rounds from '../use-cases/rounds.ts';
import { actorOf, builder } from './builder.ts';
import { ConfirmationRef, MatchingRoundRef, MatchResultRef, RoundEntryRef } from './round.schema.ts';

const CreateRoundInput = builder.inputType('CreateMatchingRoundInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    periodStart: t.field({ type: 'Date', required: true }),
    periodEnd: t.field({ type: 'Date', required: true }),
    qualificationCrebos: t.field({
      type: ['Crebo'],
      required: false,
      description: 'Alleen studenten met deze kwalificaties.',
    }),
    studentIds: t.idList({ required: true, description: 'De kopgroep: eerstejaars van de eigen instelling.' }),
  }),
});

// Each mutation parses its arguments, opens one transaction and calls a use case in src/use-cases/.
builder.mutationFields((t) => ({
  createMatchingRound: t.field({
    type: MatchingRoundRef,
    description:
      'Start een stagematchingsronde voor een kopgroep van de eigen studenten. Herhalen met dezelfde ' +
      'idempotencyKey maakt geen tweede ronde en geeft dezelfde ronde terug.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      input: t.arg({ type: CreateRoundInput, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => rounds.create(trx, actorOf(context), { ...input, idempotencyKey }));
      const round = await loadOne(MatchingRoundRef, context, id);
      if (!round) throw new Error('De ronde is niet opgeslagen.');
      return round;
    },
  }),

  submitChoices: t.field({
    type: RoundEntryRef,
    description: 'Legt de gerangschikte keuzes (1–10) van een student vast; opnieuw indienen vervangt ze.',
    authScopes: { role: ['institution', 'student'] },
    errors: {},
    args: {
      roundId: t.arg.id({ required: true }),
      studentId: t.arg.id({ required: true }),
      placeIds: t.arg.idList({ required: true }),
      requestsAccessiblePlace: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const input = {
        roundId: String(args.roundId),
        studentId: String(args.studentId),
        placeIds: args.placeIds.map(String),
        requestsAccessiblePlace: args.requestsAccessiblePlace,
      };
      await context.db.transaction().execute((trx) => roundChoices.submit(trx, actorOf(context), input));
      return {
        round_id: input.roundId,
        student_id: input.studentId,
        requests_accessible_place: input.requestsAccessiblePlace,
        choices: input.placeIds,
      };
    },
  }),

  runMatchingRound: t.field({
    type: MatchingRoundRef,
    description:
      'Draait de matching: alleen passende keuzes, dan uitgesteld aanvaarden met een loting uit het zaad (willekeurig als het ontbreekt, en vastgelegd). Opnieuw draaien vervangt de uitkomst en de aanpassingen.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { roundId: t.arg.id({ required: true }), seed: t.arg.int({ required: false }) },
    resolve: async (_root, args, context) => {
      const input = { roundId: String(args.roundId), seed: rounds.seedOf(args.seed) };
      await context.db.transaction().execute((trx) => rounds.run(trx, actorOf(context), input));
      const round = await loadOne(MatchingRoundRef, context, input.roundId);
      if (!round) throw new Error('De ronde ontbreekt.');
      return round;
    },
  }),

  adjustMatch: t.field({
    type: MatchResultRef,
    description: 'Past de uitkomst van één student met de hand aan; alleen met een professionele reden (vastgelegd).',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      roundId: t.arg.id({ required: true }),
      studentId: t.arg.id({ required: true }),
      placeId: t.arg.id({ required: false, description: 'Leeg: de student krijgt in deze ronde geen plaats.' }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) => {
      const input = {
        roundId: String(args.roundId),
        studentId: String(args.studentId),
        placeId: args.placeId === null || args.placeId === undefined ? null : String(args.placeId),
        reason: args.reason,
      };
      return context.db.transaction().execute((trx) => rounds.adjust(trx, actorOf(context), input));
    },
  }),

  confirmMatchingRound: t.field({
    type: ConfirmationRef,
    description:
      'Bevestigt een gedraaide ronde en maakt de plaatsingen. Capaciteit en status van de plaatsen worden opnieuw gecontroleerd; wie zijn plaats verliest, gaat mee naar de volgende ronde. Idempotent per sleutel.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { roundId: t.arg.id({ required: true }), idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }) },
    resolve: (_root, args, context) => {
      const input = { roundId: String(args.roundId), idempotencyKey: args.idempotencyKey };
      return context.db.transaction().execute((trx) => rounds.confirm(trx, actorOf(context), input));
    },
  }),
}));
