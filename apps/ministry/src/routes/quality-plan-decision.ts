import type { FormResult } from '@stelsel/ui/form-model';
import type { QualityAdvice, QualityDecision, TrancheLateHandling } from '../graphql/generated/graphql.ts';

/** The commission's advice and the minister's decision, checked as the service checks them (issue 11). */

export type AdviceField = 'advice' | 'motivation';

/** A positive advice on a plan without both consents needs a written motivation; a negative one gives reasons. */
export function adviceFromForm(
  form: { advice: string; motivation: string },
  hasAllConsents: boolean,
): FormResult<{ advice: QualityAdvice; motivation: string }, AdviceField> {
  const errors: Partial<Record<AdviceField, string>> = {};
  const motivation = form.motivation.trim();
  if (form.advice !== 'POSITIVE' && form.advice !== 'NEGATIVE') errors.advice = 'Kies positief of negatief.';
  if (form.advice === 'POSITIVE' && !hasAllConsents && motivation.length < 20) {
    errors.motivation =
      'Studentenraad en ondernemingsraad hebben niet allebei ingestemd: motiveer een positief advies schriftelijk (minstens 20 tekens).';
  }
  if (form.advice === 'NEGATIVE' && motivation.length < 20) {
    errors.motivation = 'Geef bij een negatief advies de redenen (minstens 20 tekens).';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { advice: form.advice as QualityAdvice, motivation } };
}

export type DecisionField = 'decision' | 'reason';

/** Grant or refuse; a refusal, or a decision against the advice, gives reasons. */
export function decisionFromForm(
  form: { decision: string; reason: string },
  advice: QualityAdvice,
): FormResult<{ decision: QualityDecision; reason: string }, DecisionField> {
  const errors: Partial<Record<DecisionField, string>> = {};
  const reason = form.reason.trim();
  if (form.decision !== 'GRANT' && form.decision !== 'REFUSE') errors.decision = 'Kies goedkeuren of afwijzen.';
  const against = (form.decision === 'GRANT') !== (advice === 'POSITIVE');
  if (form.decision && (form.decision === 'REFUSE' || against) && reason.length < 20) {
    errors.reason = against
      ? 'Dit besluit wijkt af van het advies: motiveer het (minstens 20 tekens).'
      : 'Geef bij een afwijzing de redenen (minstens 20 tekens).';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { decision: form.decision as QualityDecision, reason } };
}

export type TrancheField = 'year' | 'number' | 'deadline' | 'lateHandling';

/** A tranche: its year and number, the last day to submit (in that year) and what happens to a late plan. */
export function trancheFromForm(form: {
  year: string;
  number: string;
  deadline: string;
  lateHandling: string;
}): FormResult<{ year: number; number: number; deadline: string; lateHandling: TrancheLateHandling }, TrancheField> {
  const errors: Partial<Record<TrancheField, string>> = {};
  if (!/^20\d\d$/.test(form.year)) errors.year = 'Vul een jaar in, bijvoorbeeld 2027.';
  if (!/^[1-9]$/.test(form.number)) errors.number = 'Een tranche heeft een nummer van 1 tot en met 9.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.deadline)) errors.deadline = 'Vul de datum in als JJJJ-MM-DD.';
  else if (!errors.year && !form.deadline.startsWith(`${form.year}-`))
    errors.deadline = `De uiterste datum valt niet in ${form.year}.`;
  if (form.lateHandling !== 'NEXT_TRANCHE' && form.lateHandling !== 'REFUSE')
    errors.lateHandling = 'Kies wat er met een te laat plan gebeurt.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      year: Number(form.year),
      number: Number(form.number),
      deadline: form.deadline,
      lateHandling: form.lateHandling as TrancheLateHandling,
    },
  };
}
