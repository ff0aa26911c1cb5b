import { loadOne, moneyToCents } from '@stelsel/graphql-kit';
import type { FundingContext } from '../context.ts';
import { findCeilings } from '../db/praktijkleren.ts';
import { MINISTRY } from '../domain/access.ts';
import * as praktijkleren from '../use-cases/praktijkleren.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';
import {
  PraktijklerenApplicationRef,
  PraktijklerenCategoryEnum,
  PraktijklerenYearRef,
  praktijklerenYearsOf,
} from './praktijkleren.schema.ts';

async function yearOf(context: FundingContext, year: number) {
  const [found] = praktijklerenYearsOf(await findCeilings(context.db, [year]));
  if (!found) throw new Error('Het jaar is niet gevonden.');
  return found;
}

builder.mutationFields((t) => ({
  setPraktijklerenCeiling: t.field({
    type: PraktijklerenYearRef,
    description:
      'Het ministerie stelt het subsidieplafond van een jaar vast (met toelichting); het bedrag per leerplaats volgt.',
    authScopes: MINISTRY,
    errors: {},
    args: {
      year: t.arg.int({ required: true }),
      category: t.arg({ type: PraktijklerenCategoryEnum, required: true }),
      ceiling: t.arg({ type: 'Money', required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      await context.db
        .transaction()
        .execute((trx) =>
          praktijkleren.setYearCeiling(trx, actorOf(context), { ...args, ceilingCents: moneyToCents(args.ceiling) }),
        );
      return yearOf(context, args.year);
    },
  }),
  shiftPraktijklerenBudget: t.field({
    type: [PraktijklerenYearRef],
    description:
      'Een kasschuif: budget van het plafond van het ene jaar naar dat van een ander; het totaal blijft gelijk.',
    authScopes: MINISTRY,
    errors: {},
    args: {
      category: t.arg({ type: PraktijklerenCategoryEnum, required: true }),
      fromYear: t.arg.int({ required: true }),
      toYear: t.arg.int({ required: true }),
      amount: t.arg({ type: 'Money', required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      await context.db
        .transaction()
        .execute((trx) =>
          praktijkleren.shiftBudget(trx, actorOf(context), { ...args, amountCents: moneyToCents(args.amount) }),
        );
      return praktijklerenYearsOf(await findCeilings(context.db, [args.fromYear, args.toYear]));
    },
  }),
  closePraktijklerenYear: t.field({
    type: PraktijklerenYearRef,
    description: 'Het ministerie stelt een jaar vast: elke aanvraag krijgt het definitieve bedrag per leerplaats.',
    authScopes: MINISTRY,
    errors: {},
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, { year }, context) => {
      await context.db.transaction().execute((trx) => praktijkleren.close(trx, actorOf(context), year));
      return yearOf(context, year);
    },
  }),
  applyForPraktijkleren: t.field({
    type: PraktijklerenApplicationRef,
    description:
      'Een leerbedrijf vraagt subsidie aan voor één bbl-leerplaats in een jaar. Alleen met een erkenning van SBB en een actieve bbl-plaatsing. Herhalen met dezelfde idempotencyKey maakt geen tweede aanvraag.',
    authScopes: { role: 'company' },
    errors: {},
    args: {
      companyId: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      placementId: t.arg.id({ required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db.transaction().execute((trx) =>
        praktijkleren.apply(trx, actorOf(context), {
          ...args,
          companyId: String(args.companyId),
          placementId: String(args.placementId),
        }),
      );
      const row = await loadOne(PraktijklerenApplicationRef, context, id);
      if (!row) throw new Error('De aanvraag is niet opgeslagen.');
      return row;
    },
  }),
}));
