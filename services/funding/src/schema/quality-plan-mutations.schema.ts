import { loadOne } from '@stelsel/graphql-kit';
import type { FundingContext } from '../context.ts';
import { findTranche } from '../db/quality-plans.ts';
import { MINISTRY } from '../domain/access.ts';
import * as plans from '../use-cases/quality-plans.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';
import {
  AdviceEnum,
  ConsentBodyEnum,
  DecisionEnum,
  GoalThemeEnum,
  LateHandlingEnum,
  QualityPlanRef,
  TrancheRef,
} from './quality-plan.schema.ts';

const GoalInput = builder.inputType('QualityGoalInput', {
  description: 'Een kwantitatief doel: thema, beschrijving, nulmeting, streefwaarde (hele getallen) en eenheid.',
  fields: (t) => ({
    theme: t.field({ type: GoalThemeEnum, required: true }),
    description: t.string({ required: true }),
    baseline: t.int({ required: true }),
    target: t.int({ required: true }),
    unit: t.string({ required: true }),
  }),
});

const ExcellenceInput = builder.inputType('QualityExcellenceInput', {
  description: 'Het optionele thema excellentie.',
  fields: (t) => ({
    programmes: t.int({ required: true }),
    participants: t.int({ required: true }),
  }),
});

async function reload(context: FundingContext, id: string) {
  const plan = await loadOne(QualityPlanRef, context, id);
  if (!plan) throw new Error('Het kwaliteitsplan is niet gevonden.');
  return plan;
}

builder.mutationFields((t) => ({
  saveQualityPlan: t.field({
    type: QualityPlanRef,
    description:
      'De instelling slaat haar kwaliteitsplan op als concept (nieuw, of met planId een bestaand concept). Na indienen verandert het plan niet meer, behalve door intrekken.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      planId: t.arg.id({ required: false }),
      institutionId: t.arg.id({ required: true }),
      trancheId: t.arg.id({ required: true }),
      title: t.arg.string({ required: true }),
      goals: t.arg({ type: [GoalInput], required: true }),
      excellence: t.arg({ type: ExcellenceInput, required: false }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db.transaction().execute((trx) =>
        plans.saveDraft(trx, actorOf(context), {
          planId: args.planId ? String(args.planId) : null,
          institutionId: String(args.institutionId),
          trancheId: String(args.trancheId),
          title: args.title,
          goals: args.goals.map((g) => ({ ...g })),
          excellence: args.excellence ?? null,
          idempotencyKey: args.idempotencyKey,
        }),
      );
      return reload(context, id);
    },
  }),
  recordQualityPlanConsent: t.field({
    type: QualityPlanRef,
    description:
      'De instemming (ja of nee) van de studentenraad of de ondernemingsraad, met datum en documentverwijzing.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      planId: t.arg.id({ required: true }),
      body: t.arg({ type: ConsentBodyEnum, required: true }),
      given: t.arg.boolean({ required: true }),
      date: t.arg({ type: 'Date', required: true }),
      documentReference: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => plans.recordConsent(trx, actorOf(context), { ...args, planId: String(args.planId) }));
      return reload(context, id);
    },
  }),
  submitQualityPlan: t.field({
    type: QualityPlanRef,
    description:
      'De instelling dient het plan in, uiterlijk op de datum van de tranche. Daarna gaat het naar de volgende tranche of wordt het geweigerd, zoals het ministerie de tranche heeft ingesteld.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { planId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => plans.submit(trx, actorOf(context), String(args.planId)));
      return reload(context, id);
    },
  }),
  withdrawQualityPlan: t.field({
    type: QualityPlanRef,
    description:
      'De instelling trekt een ingediend plan in (voor het advies, binnen de tranche); het wordt weer een concept.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { planId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => plans.withdraw(trx, actorOf(context), String(args.planId), args.reason));
      return reload(context, id);
    },
  }),
  adviseQualityPlan: t.field({
    type: QualityPlanRef,
    description:
      'Het advies van de Commissie Kwaliteitsafspraken. Een positief advies over een plan zonder beide instemmingen vraagt een schriftelijke motivering.',
    authScopes: MINISTRY,
    errors: {},
    args: {
      planId: t.arg.id({ required: true }),
      advice: t.arg({ type: AdviceEnum, required: true }),
      motivation: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => plans.advise(trx, actorOf(context), { ...args, planId: String(args.planId) }));
      return reload(context, id);
    },
  }),
  decideQualityPlan: t.field({
    type: QualityPlanRef,
    description: 'Het besluit van de minister (goedkeuren of afwijzen); alleen na het advies van de commissie.',
    authScopes: MINISTRY,
    errors: {},
    args: {
      planId: t.arg.id({ required: true }),
      decision: t.arg({ type: DecisionEnum, required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => plans.decide(trx, actorOf(context), { ...args, planId: String(args.planId) }));
      return reload(context, id);
    },
  }),
  configureQualityTranche: t.field({
    type: TrancheRef,
    description: 'Het ministerie stelt de uiterste datum van een tranche in en wat er met een te laat plan gebeurt.',
    authScopes: MINISTRY,
    errors: {},
    args: {
      year: t.arg.int({ required: true }),
      number: t.arg.int({ required: true }),
      deadline: t.arg({ type: 'Date', required: true }),
      lateHandling: t.arg({ type: LateHandlingEnum, required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db.transaction().execute((trx) => plans.configureTranche(trx, args));
      const tranche = await findTranche(context.db, id);
      if (!tranche) throw new Error('De tranche is niet opgeslagen.');
      return tranche;
    },
  }),
}));
