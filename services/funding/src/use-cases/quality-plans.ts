import { randomUUID } from 'node:crypto';
import { ConflictError, createOnce, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { isCalendarDate, todayInNetherlands } from '@stelsel/placements-common';
import { readInstitutions } from '@stelsel/reference-data';
import {
  findAdvices,
  findConsents,
  findGoals,
  findTranche,
  findTranches,
  insertAdvice,
  insertDecision,
  insertPlan,
  lockPlan,
  type PlanRow,
  recordPlanEvent,
  replaceGoals,
  saveConsent,
  saveTranche,
  updatePlan,
} from '../db/quality-plans.ts';
import type { PlanStatus } from '../db/types.ts';
import { ownInstitution } from '../domain/access.ts';
import {
  type Advice,
  adviceProblem,
  CONSENT_BODY_LABELS,
  type ConsentBody,
  type Decision,
  excellenceProblem,
  GOAL_THEME_LABELS,
  type GoalInput,
  goalsProblem,
  hasBothConsents,
  type LateHandling,
  MAY,
  missingThemes,
  STATUS_LABELS,
  submissionTarget,
} from '../domain/quality-plans.ts';
import type { Actor, Trx } from './actor.ts';

const KNOWN_INSTITUTIONS = new Set(readInstitutions().map((i) => i.id));

function text(value: string, field: string, min: number, max: number, what: string): string {
  const clean = value.trim();
  if (clean.length < min) throw new InputError(`Vul ${what} in (minstens ${min} tekens).`, field);
  if (clean.length > max)
    throw new InputError(`${what[0]?.toUpperCase()}${what.slice(1)} mag hoogstens ${max} tekens hebben.`, field);
  return clean;
}

async function record(trx: Trx, actor: Actor, plan: PlanRow, what: string, status: PlanStatus, detail: string | null) {
  await recordPlanEvent(trx, {
    plan_id: plan.id,
    by: actor.caller.subject,
    role: actor.caller.role,
    what,
    status,
    detail,
  });
}

/** The plan, locked; NotFoundError when it does not exist. */
async function planFor(trx: Trx, id: string): Promise<PlanRow> {
  const plan = await lockPlan(trx, id);
  if (!plan) throw new NotFoundError('Dit kwaliteitsplan bestaat niet.', 'planId');
  return plan;
}

function notNow(plan: PlanRow, action: string): ConflictError {
  return new ConflictError(`Een plan dat ${STATUS_LABELS[plan.status]} is, kan niet ${action}.`, 'planId');
}

export interface DraftInput {
  planId?: string | null;
  institutionId: string;
  trancheId: string;
  title: string;
  goals: GoalInput[];
  excellence: { programmes: number; participants: number } | null;
  idempotencyKey: string;
}

/** The institution writes a draft (new, or the same draft again); nothing changes after submission. */
export async function saveDraft(trx: Trx, actor: Actor, input: DraftInput): Promise<string> {
  if (!KNOWN_INSTITUTIONS.has(input.institutionId)) {
    throw new NotFoundError(`Onbekende instelling "${input.institutionId}".`, 'institutionId');
  }
  await actor.requireOwner(
    ownInstitution(input.institutionId),
    'Alleen de instelling zelf stelt haar kwaliteitsplan op.',
    'institutionId',
  );
  const tranche = await findTranche(trx, input.trancheId);
  if (!tranche) throw new InputError('Deze tranche bestaat niet.', 'trancheId');
  const title = text(input.title, 'title', 3, 200, 'de titel');
  const problem = goalsProblem(input.goals) ?? excellenceProblem(input.excellence);
  if (problem) throw new InputError(problem.message, problem.field);
  const goals = input.goals.map((g) => ({
    theme: g.theme,
    description: g.description.trim(),
    baseline: g.baseline,
    target: g.target,
    unit: g.unit.trim(),
  }));
  const excellence = {
    excellence_programmes: input.excellence?.programmes ?? null,
    excellence_participants: input.excellence?.participants ?? null,
  };
  if (input.planId) {
    const plan = await planFor(trx, input.planId);
    await actor.requireOwner(ownInstitution(plan.institution_id), 'Dit plan is van een andere instelling.', 'planId');
    if (!MAY.edit(plan.status)) throw notNow(plan, 'meer worden gewijzigd; trek het eerst in');
    if (plan.institution_id !== input.institutionId) {
      throw new InputError('Een plan verhuist niet naar een andere instelling.', 'institutionId');
    }
    await updatePlan(trx, plan.id, { title, tranche_id: tranche.id, ...excellence });
    await replaceGoals(trx, plan.id, goals);
    await record(trx, actor, plan, 'SAVED', 'DRAFT', null);
    return plan.id;
  }
  return createOnce(
    trx,
    { scope: 'saveQualityPlan', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      const id = randomUUID();
      await insertPlan(trx, {
        id,
        institution_id: input.institutionId,
        tranche_id: tranche.id,
        title,
        created_by: actor.caller.subject,
      });
      await updatePlan(trx, id, excellence);
      await replaceGoals(trx, id, goals);
      await recordPlanEvent(trx, {
        plan_id: id,
        by: actor.caller.subject,
        role: actor.caller.role,
        what: 'CREATED',
        status: 'DRAFT',
        detail: null,
      });
      return id;
    },
  );
}

export interface ConsentInput {
  planId: string;
  body: ConsentBody;
  given: boolean;
  date: string;
  documentReference: string;
}

/** The consent (or refusal) of the student council or the works council, with its date and document; in draft. */
export async function recordConsent(trx: Trx, actor: Actor, input: ConsentInput): Promise<string> {
  const plan = await planFor(trx, input.planId);
  await actor.requireOwner(ownInstitution(plan.institution_id), 'Dit plan is van een andere instelling.', 'planId');
  if (!MAY.edit(plan.status)) throw notNow(plan, 'meer worden gewijzigd; trek het eerst in');
  if (!isCalendarDate(input.date)) throw new InputError('Geef een bestaande datum (JJJJ-MM-DD).', 'date');
  if (input.date > todayInNetherlands())
    throw new InputError('De datum van de instemming ligt in de toekomst.', 'date');
  if (input.date < '2022-01-01') throw new InputError('De datum ligt voor het begin van deze regeling (2022).', 'date');
  const reference = text(input.documentReference, 'documentReference', 3, 200, 'de verwijzing naar het besluit');
  await saveConsent(trx, {
    plan_id: plan.id,
    body: input.body,
    given: input.given,
    given_on: input.date,
    document_reference: reference,
    recorded_by: actor.caller.subject,
  });
  await record(
    trx,
    actor,
    plan,
    'CONSENT',
    plan.status,
    `${CONSENT_BODY_LABELS[input.body]}: ${input.given ? 'ingestemd' : 'niet ingestemd'} op ${input.date} (${reference})`,
  );
  return plan.id;
}

/**
 * Submits a draft: every required theme has a goal, and the tranche is still open. After the deadline the plan
 * moves to the next tranche or is refused, as the ministry configured the tranche.
 */
export async function submit(trx: Trx, actor: Actor, planId: string): Promise<string> {
  const plan = await planFor(trx, planId);
  await actor.requireOwner(ownInstitution(plan.institution_id), 'Dit plan is van een andere instelling.', 'planId');
  if (!MAY.submit(plan.status)) throw notNow(plan, 'worden ingediend');
  const goals = await findGoals(trx, [plan.id]);
  const missing = missingThemes(goals.map((g) => g.theme));
  if (missing.length > 0) {
    throw new InputError(
      `Het plan mist kwantitatieve doelen voor: ${missing.map((t) => GOAL_THEME_LABELS[t]).join(', ')}.`,
      'goals',
    );
  }
  const all = await findTranches(trx);
  const current = all.find((t) => t.id === plan.tranche_id);
  if (!current) throw new InputError('De tranche van dit plan bestaat niet meer.', 'trancheId');
  const today = todayInNetherlands();
  const target = submissionTarget(current, all, today);
  if ('refused' in target) throw new InputError(target.refused, 'trancheId');
  await updatePlan(trx, plan.id, { status: 'SUBMITTED', submitted_on: today, tranche_id: target.tranche.id });
  const consents = await findConsents(trx, [plan.id]);
  const detail = [
    target.moved ? `Na de termijn van tranche ${current.id} verplaatst naar tranche ${target.tranche.id}.` : null,
    hasBothConsents(consents) ? null : 'Zonder instemming van studentenraad en ondernemingsraad ingediend.',
  ]
    .filter(Boolean)
    .join(' ');
  await record(trx, actor, plan, 'SUBMITTED', 'SUBMITTED', detail || null);
  return plan.id;
}

/** The institution withdraws a submitted plan before advice, within its tranche; it is a draft again. */
export async function withdraw(trx: Trx, actor: Actor, planId: string, reason: string): Promise<string> {
  const plan = await planFor(trx, planId);
  await actor.requireOwner(ownInstitution(plan.institution_id), 'Dit plan is van een andere instelling.', 'planId');
  if (!MAY.withdraw(plan.status)) throw notNow(plan, 'worden ingetrokken');
  const tranche = await findTranche(trx, plan.tranche_id);
  if (tranche && todayInNetherlands() > tranche.deadline) {
    throw new ConflictError(
      `De termijn van tranche ${tranche.id} is op ${tranche.deadline} verstreken: intrekken en opnieuw indienen kan alleen binnen de tranche.`,
      'planId',
    );
  }
  const why = text(reason, 'reason', 10, 2000, 'de reden');
  await updatePlan(trx, plan.id, { status: 'DRAFT', submitted_on: null });
  await record(trx, actor, plan, 'WITHDRAWN', 'DRAFT', why);
  return plan.id;
}

/** The Commissie Kwaliteitsafspraken advises on a submitted plan (recorded in the ministry's app). */
export async function advise(
  trx: Trx,
  actor: Actor,
  input: { planId: string; advice: Advice; motivation: string },
): Promise<string> {
  const plan = await planFor(trx, input.planId);
  if (!MAY.advise(plan.status)) throw notNow(plan, 'een advies krijgen');
  const consents = await findConsents(trx, [plan.id]);
  const problem = adviceProblem(input.advice, input.motivation, consents);
  if (problem) throw new InputError(problem.message, problem.field);
  const withoutConsent = !hasBothConsents(consents);
  await insertAdvice(trx, {
    plan_id: plan.id,
    advice: input.advice,
    motivation: input.motivation.trim(),
    without_consent: withoutConsent,
    by: actor.caller.subject,
  });
  await updatePlan(trx, plan.id, { status: 'ADVISED' });
  await record(
    trx,
    actor,
    plan,
    'ADVISED',
    'ADVISED',
    `${input.advice === 'POSITIVE' ? 'Positief' : 'Negatief'} advies${withoutConsent ? ' (zonder volledige instemming)' : ''}.`,
  );
  return plan.id;
}

/** The minister decides on an advised plan: grant or refuse. Never without an advice. */
export async function decide(
  trx: Trx,
  actor: Actor,
  input: { planId: string; decision: Decision; reason: string },
): Promise<string> {
  const plan = await planFor(trx, input.planId);
  const [advice] = await findAdvices(trx, [plan.id]);
  if (!advice || !MAY.decide(plan.status)) {
    throw new ConflictError(
      advice
        ? `Over dit plan is al besloten (${STATUS_LABELS[plan.status]}).`
        : 'De minister besluit pas na het advies van de commissie.',
      'planId',
    );
  }
  const reason = input.reason.trim();
  if (reason.length > 4000) throw new InputError('De toelichting mag hoogstens 4000 tekens hebben.', 'reason');
  const against = (input.decision === 'GRANT') !== (advice.advice === 'POSITIVE');
  if ((input.decision === 'REFUSE' || against) && reason.length < 20) {
    throw new InputError(
      against
        ? 'Een besluit dat afwijkt van het advies van de commissie moet gemotiveerd worden (minstens 20 tekens).'
        : 'Geef bij een afwijzing de redenen (minstens 20 tekens).',
      'reason',
    );
  }
  const status = input.decision === 'GRANT' ? 'GRANTED' : 'REFUSED';
  await insertDecision(trx, { plan_id: plan.id, decision: input.decision, reason, by: actor.caller.subject });
  await updatePlan(trx, plan.id, { status });
  await record(trx, actor, plan, 'DECIDED', status, input.decision === 'GRANT' ? 'Toegekend.' : 'Afgewezen.');
  return plan.id;
}

export interface TrancheInput {
  year: number;
  number: number;
  deadline: string;
  lateHandling: LateHandling;
}

/** The ministry sets a tranche's deadline and what happens to a plan submitted after it. */
export async function configureTranche(trx: Trx, input: TrancheInput): Promise<string> {
  if (!Number.isInteger(input.year) || input.year < 2023 || input.year > 2040) {
    throw new InputError('Kies een jaar van 2023 tot en met 2040.', 'year');
  }
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 9) {
    throw new InputError('Een tranche heeft een nummer van 1 tot en met 9.', 'number');
  }
  if (!isCalendarDate(input.deadline)) throw new InputError('Geef een bestaande datum (JJJJ-MM-DD).', 'deadline');
  if (!input.deadline.startsWith(`${input.year}-`)) {
    throw new InputError(`De uiterste indiendatum valt niet in ${input.year}.`, 'deadline');
  }
  const id = `${input.year}-${input.number}`;
  const existing = await findTranche(trx, id);
  await saveTranche(trx, {
    id,
    year: input.year,
    number: input.number,
    deadline: input.deadline,
    lateHandling: input.lateHandling,
    demo: existing?.demo ?? false,
  });
  return id;
}
