import { listsInKeyOrder } from '@stelsel/graphql-kit';
import { findAllocationsByInstitutions } from '../db/allocations.ts';
import {
  findAdvices,
  findConsents,
  findDecisions,
  findGoals,
  findPlanEvents,
  findPlansByIds,
  findTranches,
  type TrancheRow,
} from '../db/quality-plans.ts';
import { institutionRecord } from '../domain/access.ts';
import {
  CONSENT_BODY_LABELS,
  EVENT_LABELS,
  GOAL_THEME_LABELS,
  GOAL_THEMES,
  hasBothConsents,
  STATUS_LABELS,
} from '../domain/quality-plans.ts';
import { ESTIMATE_BASIS } from '../domain/regulations.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';

export const PlanStatusEnum = builder.enumType('QualityPlanStatus', {
  description: 'Stand van een kwaliteitsplan (Regeling Kwaliteitsafspraken mbo 2024–2027).',
  values: {
    DRAFT: { description: 'Concept: de instelling werkt eraan (ook na intrekken).' },
    SUBMITTED: { description: 'Ingediend; wacht op het advies van de Commissie Kwaliteitsafspraken.' },
    ADVISED: { description: 'De commissie heeft geadviseerd; wacht op het besluit van de minister.' },
    GRANTED: { description: 'De minister heeft het plan goedgekeurd: het geld wordt toegekend.' },
    REFUSED: { description: 'De minister heeft het plan afgewezen.' },
  } as const,
});

export const GoalThemeEnum = builder.enumType('QualityGoalTheme', {
  description: 'De verplichte thema’s met kwantitatieve doelen.',
  values: {
    INSCHALING: { description: 'Inschaling van onderwijspersoneel.' },
    PROFESSIONALISERING: { description: 'Professionalisering.' },
    WERKDRUK: { description: 'Werkdruk.' },
    BEGELEIDING_STARTERS: { description: 'Begeleiding van startend personeel.' },
  } as const,
});

export const ConsentBodyEnum = builder.enumType('ConsentBody', {
  description: 'Wie moet instemmen met het kwaliteitsplan.',
  values: {
    STUDENT_COUNCIL: { description: 'De studentenraad.' },
    WORKS_COUNCIL: { description: 'De ondernemingsraad.' },
  } as const,
});

export const AdviceEnum = builder.enumType('QualityAdvice', {
  values: { POSITIVE: { description: 'Positief advies.' }, NEGATIVE: { description: 'Negatief advies.' } } as const,
});
export const DecisionEnum = builder.enumType('QualityDecision', {
  values: { GRANT: { description: 'Goedkeuren en toekennen.' }, REFUSE: { description: 'Afwijzen.' } } as const,
});
export const LateHandlingEnum = builder.enumType('TrancheLateHandling', {
  description: 'Wat er gebeurt met een plan dat na de uiterste datum van een tranche wordt ingediend.',
  values: {
    NEXT_TRANCHE: { description: 'Het plan gaat mee in de volgende tranche.' },
    REFUSE: { description: 'Het plan wordt niet meer in behandeling genomen.' },
  } as const,
});

export const TrancheRef = builder.objectRef<TrancheRow>('QualityTranche').implement({
  description: 'Een tranche voor het indienen van kwaliteitsplannen (eerste tranche 30 juni, tweede 1 oktober).',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    number: t.exposeInt('number'),
    deadline: t.field({ type: 'Date', description: 'Uiterste indiendatum.', resolve: (r) => r.deadline }),
    lateHandling: t.field({ type: LateHandlingEnum, resolve: (r) => r.lateHandling }),
    demo: t.exposeBoolean('demo', { description: 'Een demotranche om het platform te proberen, geen echte.' }),
  }),
});

const Goal = builder.objectRef<Awaited<ReturnType<typeof findGoals>>[number]>('QualityGoal').implement({
  description: 'Een kwantitatief doel: van nulmeting naar streefwaarde, in een eenheid.',
  fields: (t) => ({
    theme: t.field({ type: GoalThemeEnum, resolve: (g) => g.theme }),
    themeLabel: t.string({ resolve: (g) => GOAL_THEME_LABELS[g.theme] }),
    description: t.exposeString('description'),
    baseline: t.exposeInt('baseline'),
    target: t.exposeInt('target'),
    unit: t.exposeString('unit'),
  }),
});

const Consent = builder.objectRef<Awaited<ReturnType<typeof findConsents>>[number]>('QualityPlanConsent').implement({
  description: 'De instemming (of niet) van de studentenraad of de ondernemingsraad.',
  fields: (t) => ({
    body: t.field({ type: ConsentBodyEnum, resolve: (c) => c.body }),
    bodyLabel: t.string({ resolve: (c) => CONSENT_BODY_LABELS[c.body] }),
    given: t.exposeBoolean('given'),
    date: t.field({ type: 'Date', resolve: (c) => c.given_on }),
    documentReference: t.exposeString('document_reference'),
  }),
});

const AdviceRef = builder.objectRef<Awaited<ReturnType<typeof findAdvices>>[number]>('QualityPlanAdvice').implement({
  description: 'Het advies van de Commissie Kwaliteitsafspraken.',
  fields: (t) => ({
    advice: t.field({ type: AdviceEnum, resolve: (a) => a.advice }),
    motivation: t.exposeString('motivation'),
    withoutConsent: t.exposeBoolean('without_consent', {
      description: 'Gegeven terwijl studentenraad of ondernemingsraad niet (allebei) had ingestemd.',
    }),
    at: t.string({ resolve: (a) => new Date(a.at).toISOString() }),
    by: t.exposeString('by'),
  }),
});

const DecisionRef = builder
  .objectRef<Awaited<ReturnType<typeof findDecisions>>[number]>('QualityPlanDecision')
  .implement({
    description: 'Het besluit van de minister.',
    fields: (t) => ({
      decision: t.field({ type: DecisionEnum, resolve: (d) => d.decision }),
      reason: t.exposeString('reason'),
      at: t.string({ resolve: (d) => new Date(d.at).toISOString() }),
      by: t.exposeString('by'),
    }),
  });

const PlanEvent = builder.objectRef<Awaited<ReturnType<typeof findPlanEvents>>[number]>('QualityPlanEvent').implement({
  description: 'Een stap in de geschiedenis van een plan: wie, wanneer, wat en de stand daarna.',
  fields: (t) => ({
    at: t.string({ resolve: (e) => new Date(e.at).toISOString() }),
    by: t.exposeString('by'),
    role: t.exposeString('role'),
    what: t.exposeString('what', { description: 'CREATED, SAVED, CONSENT, SUBMITTED, WITHDRAWN, ADVISED of DECIDED.' }),
    label: t.string({ description: 'De stap in het Nederlands.', resolve: (e) => EVENT_LABELS[e.what] ?? e.what }),
    status: t.field({ type: PlanStatusEnum, resolve: (e) => e.status }),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});

const PlanAllocation = builder.objectRef<{ amountCents: bigint; year: number }>('QualityPlanAllocation').implement({
  description:
    'Het geld bij een goedgekeurd plan: het aandeel carrièreperspectief van de instelling naar rato van studenten, volgens de gepubliceerde tabel (een raming).',
  fields: (t) => ({
    amount: t.field({ type: 'Money', resolve: (a) => a.amountCents }),
    year: t.exposeInt('year'),
    estimate: t.boolean({ resolve: () => true }),
    basis: t.string({ resolve: () => ESTIMATE_BASIS }),
  }),
});

export const QualityPlanRef = builder.loadableObjectRef('QualityPlan', {
  load: (ids: string[], { db }) => findPlansByIds(db, ids),
  toKey: (row) => row.id,
  sort: true,
});

QualityPlanRef.implement({
  description: 'Het kwaliteitsplan van een instelling onder de Regeling Kwaliteitsafspraken mbo 2024–2027.',
  // The institution itself and the ministry — issue 11, Access.
  authScopes: (plan) => institutionRecord(plan.institution_id),
  fields: (t) => ({
    id: t.exposeID('id'),
    institution: t.field({ type: InstitutionRef, nullable: true, resolve: (p) => ({ id: p.institution_id }) }),
    institutionId: t.exposeID('institution_id'),
    title: t.exposeString('title'),
    status: t.field({ type: PlanStatusEnum, resolve: (p) => p.status }),
    statusLabel: t.string({ resolve: (p) => STATUS_LABELS[p.status] }),
    tranche: t.loadable({
      type: TrancheRef,
      load: async (ids: string[], { db }) => {
        const all = new Map((await findTranches(db)).map((tr) => [tr.id, tr]));
        return ids.map((id) => all.get(id) ?? new Error(`Tranche ${id} bestaat niet.`));
      },
      resolve: (p) => p.tranche_id,
    }),
    submittedOn: t.field({ type: 'Date', nullable: true, resolve: (p) => p.submitted_on }),
    goals: t.loadableList({
      type: Goal,
      load: async (ids: string[], { db }) => listsInKeyOrder(ids, await findGoals(db, ids), (g) => g.plan_id),
      resolve: (p) => p.id,
    }),
    excellence: t.field({
      type: builder.objectRef<{ programmes: number; participants: number }>('QualityExcellence').implement({
        description: 'Het optionele thema excellentie: aantal programma’s en deelnemers.',
        fields: (e) => ({ programmes: e.exposeInt('programmes'), participants: e.exposeInt('participants') }),
      }),
      nullable: true,
      resolve: (p) =>
        p.excellence_programmes === null
          ? null
          : { programmes: p.excellence_programmes, participants: p.excellence_participants ?? 0 },
    }),
    consents: t.loadableList({
      type: Consent,
      load: async (ids: string[], { db }) => listsInKeyOrder(ids, await findConsents(db, ids), (c) => c.plan_id),
      resolve: (p) => p.id,
    }),
    hasAllConsents: t.loadable({
      type: 'Boolean',
      description: 'Studentenraad en ondernemingsraad hebben allebei ingestemd.',
      load: async (ids: string[], { db }) => {
        const lists = listsInKeyOrder(ids, await findConsents(db, ids), (c) => c.plan_id);
        return lists.map((list) => hasBothConsents(list));
      },
      resolve: (p) => p.id,
    }),
    advice: t.loadable({
      type: AdviceRef,
      nullable: true,
      load: async (ids: string[], { db }) => {
        const found = new Map((await findAdvices(db, ids)).map((a) => [a.plan_id, a]));
        return ids.map((id) => found.get(id) ?? null);
      },
      resolve: (p) => p.id,
    }),
    decision: t.loadable({
      type: DecisionRef,
      nullable: true,
      load: async (ids: string[], { db }) => {
        const found = new Map((await findDecisions(db, ids)).map((d) => [d.plan_id, d]));
        return ids.map((id) => found.get(id) ?? null);
      },
      resolve: (p) => p.id,
    }),
    history: t.loadableList({
      type: PlanEvent,
      description: 'Elke wijziging van de stand, met wie en wanneer, oudste eerst.',
      load: async (ids: string[], { db }) => listsInKeyOrder(ids, await findPlanEvents(db, ids), (e) => e.plan_id),
      resolve: (p) => p.id,
    }),
    allocation: t.loadable({
      type: PlanAllocation,
      nullable: true,
      description: 'Alleen bij een goedgekeurd plan: het aandeel carrièreperspectief van de instelling (raming).',
      load: async (institutionIds: string[], { db }) => {
        const rows = await findAllocationsByInstitutions(db, institutionIds);
        return institutionIds.map((id) => {
          const row = rows.find((r) => r.institution_id === id && r.scheme === 'CARRIEREPERSPECTIEF');
          return row ? { amountCents: BigInt(row.amount_cents), year: row.year } : null;
        });
      },
      resolve: (p) => (p.status === 'GRANTED' ? p.institution_id : null),
    }),
  }),
});

const GoalThemeInfo = builder.objectRef<{ theme: (typeof GOAL_THEMES)[number] }>('QualityGoalThemeInfo').implement({
  description: 'Een verplicht thema met kwantitatief doel, zoals de regeling het vraagt.',
  fields: (t) => ({
    theme: t.field({ type: GoalThemeEnum, resolve: (g) => g.theme }),
    label: t.string({ resolve: (g) => GOAL_THEME_LABELS[g.theme] }),
  }),
});

builder.queryField('qualityGoalThemes', (t) =>
  t.field({
    type: [GoalThemeInfo],
    nullable: true,
    description:
      'De verplichte thema’s van een kwaliteitsplan (openbaar): elk plan heeft per thema een kwantitatief doel.',
    authScopes: { public: true },
    resolve: () => GOAL_THEMES.map((theme) => ({ theme })),
  }),
);
