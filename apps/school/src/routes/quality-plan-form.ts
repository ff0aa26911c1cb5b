import type { FormResult } from '@stelsel/ui/form-model';
import type { ConsentBody, QualityGoalTheme } from '../graphql/generated/graphql.ts';

/**
 * The institution's quality plan form (issue 11), checked in the browser first; the service checks again and
 * names the field as it does here (`goals.2.target`), so a server error lands at the same field.
 */

export const GOAL_KEYS = ['description', 'baseline', 'target', 'unit'] as const;
export type GoalKey = (typeof GOAL_KEYS)[number];
export type PlanField =
  | 'title'
  | 'trancheId'
  | 'goals'
  | `goals.${number}.${GoalKey}`
  | 'excellence.programmes'
  | 'excellence.participants';

export interface GoalForm {
  theme: QualityGoalTheme;
  description: string;
  baseline: string;
  target: string;
  unit: string;
}

export interface PlanForm {
  title: string;
  trancheId: string;
  goals: GoalForm[];
  excellence: boolean;
  programmes: string;
  participants: string;
}

export interface PlanInput {
  title: string;
  trancheId: string;
  goals: { theme: QualityGoalTheme; description: string; baseline: number; target: number; unit: string }[];
  excellence: { programmes: number; participants: number } | null;
}

export function planFields(themes: number): PlanField[] {
  const goalFields = Array.from({ length: themes }, (_, i) =>
    GOAL_KEYS.map((k) => `goals.${i}.${k}` as PlanField),
  ).flat();
  return ['title', 'trancheId', 'goals', ...goalFields, 'excellence.programmes', 'excellence.participants'];
}

/** The HTML id of a field: `plan-goals-2-target`. */
export const planFieldId = (field: PlanField) => `plan-${field.replaceAll('.', '-')}`;

const WHOLE = /^\d{1,7}$/;

/** A title, a tranche, and for every theme a described goal with whole numbers and a unit; excellence optional. */
export function planFromForm(form: PlanForm): FormResult<PlanInput, PlanField> {
  const errors: Partial<Record<PlanField, string>> = {};
  const title = form.title.trim();
  if (title.length < 3) errors.title = 'Geef het plan een titel van minstens 3 tekens.';
  if (!form.trancheId) errors.trancheId = 'Kies de tranche waarin u indient.';
  form.goals.forEach((goal, i) => {
    if (goal.description.trim().length < 10)
      errors[`goals.${i}.description`] = 'Beschrijf het doel in minstens 10 tekens.';
    if (!WHOLE.test(goal.baseline.trim())) errors[`goals.${i}.baseline`] = 'Vul een heel getal in (0 of meer).';
    if (!WHOLE.test(goal.target.trim())) errors[`goals.${i}.target`] = 'Vul een heel getal in (0 of meer).';
    if (goal.unit.trim().length < 1)
      errors[`goals.${i}.unit`] = 'Vul de eenheid in, bijvoorbeeld “procent van de docenten”.';
  });
  if (form.excellence) {
    if (!WHOLE.test(form.programmes.trim())) errors['excellence.programmes'] = 'Vul een heel getal in (0 of meer).';
    if (!WHOLE.test(form.participants.trim())) errors['excellence.participants'] = 'Vul een heel getal in (0 of meer).';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title,
      trancheId: form.trancheId,
      goals: form.goals.map((g) => ({
        theme: g.theme,
        description: g.description.trim(),
        baseline: Number(g.baseline.trim()),
        target: Number(g.target.trim()),
        unit: g.unit.trim(),
      })),
      excellence: form.excellence
        ? { programmes: Number(form.programmes.trim()), participants: Number(form.participants.trim()) }
        : null,
    },
  };
}

export type ConsentField = 'body' | 'given' | 'date' | 'documentReference';

/** Which council, yes or no, the date of its decision (not in the future) and where the decision is filed. */
export function consentFromForm(
  form: { body: string; given: string; date: string; documentReference: string },
  today: string,
): FormResult<{ body: ConsentBody; given: boolean; date: string; documentReference: string }, ConsentField> {
  const errors: Partial<Record<ConsentField, string>> = {};
  if (form.body !== 'STUDENT_COUNCIL' && form.body !== 'WORKS_COUNCIL') errors.body = 'Kies de raad.';
  if (form.given !== 'yes' && form.given !== 'no') errors.given = 'Kies of de raad heeft ingestemd.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = 'Vul de datum in als JJJJ-MM-DD.';
  else if (form.date > today) errors.date = 'De datum van het besluit ligt in de toekomst.';
  if (form.documentReference.trim().length < 3) errors.documentReference = 'Vul in waar het besluit te vinden is.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      body: form.body as ConsentBody,
      given: form.given === 'yes',
      date: form.date,
      documentReference: form.documentReference.trim(),
    },
  };
}

/** An empty form with one goal per theme the API names, or the plan's own values. */
export function planFormOf(
  themes: readonly { theme: QualityGoalTheme }[],
  plan?: {
    title: string;
    tranche: { id: string };
    goals: readonly { theme: QualityGoalTheme; description: string; baseline: number; target: number; unit: string }[];
    excellence?: { programmes: number; participants: number } | null;
  },
  trancheId = '',
): PlanForm {
  return {
    title: plan?.title ?? 'Kwaliteitsagenda 2024–2027',
    trancheId: plan?.tranche.id ?? trancheId,
    goals: themes.map(({ theme }) => {
      const goal = plan?.goals.find((g) => g.theme === theme);
      return {
        theme,
        description: goal?.description ?? '',
        baseline: goal ? String(goal.baseline) : '',
        target: goal ? String(goal.target) : '',
        unit: goal?.unit ?? '',
      };
    }),
    excellence: Boolean(plan?.excellence),
    programmes: plan?.excellence ? String(plan.excellence.programmes) : '',
    participants: plan?.excellence ? String(plan.excellence.participants) : '',
  };
}
