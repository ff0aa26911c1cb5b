import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import type { QualityAdvice, QualityDecision } from '../graphql/generated/graphql.ts';

/** The commission's advice and the minister's decision, checked as the service checks them (issue 11). */

export type AdviceField = 'advice' | 'motivation';
export const adviceFieldOf = fieldOf<AdviceField>(['advice', 'motivation']);

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
export const decisionFieldOf = fieldOf<DecisionField>(['decision', 'reason']);

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
