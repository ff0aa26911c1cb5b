import type { ContactMomentExceptionReason } from '../graphql/generated/graphql.ts';

/** The rule, in one plain sentence (JOB-monitor 2022, Stagepact 2023–2027; DOMAIN.md §1). */
export const CONTACT_MOMENT_RULE =
  'Bij elke stage of leerbaan horen minstens drie contactmomenten tussen school, student en leerbedrijf: een startgesprek, een tussentijds gesprek en een eindgesprek, waarvan minstens één op locatie, tenzij u een uitzondering met reden vastlegt.';

/** An exception to the rule, which only the institution records: a reason and a written explanation. */
export interface ExceptionFormState {
  reason: ContactMomentExceptionReason | '';
  explanation: string;
}

export type ExceptionField = keyof ExceptionFormState;

export const EXCEPTION_LABELS: Record<ExceptionField, string> = { reason: 'Reden', explanation: 'Toelichting' };

/** The server asks 20 to 2000 characters: an exception needs a written professional reason. */
export const EXPLANATION_MIN = 20;
export const EXPLANATION_MAX = 2000;

export type ExceptionFormResult =
  | { ok: true; input: { reason: ContactMomentExceptionReason; explanation: string } }
  | { ok: false; errors: Partial<Record<ExceptionField, string>> };

export function exceptionInputFromForm(form: ExceptionFormState): ExceptionFormResult {
  const errors: Partial<Record<ExceptionField, string>> = {};
  if (form.reason === '') errors.reason = 'Kies de reden van de uitzondering.';
  const explanation = form.explanation.trim();
  if (explanation.length < EXPLANATION_MIN) {
    errors.explanation = `Licht de uitzondering toe in minstens ${EXPLANATION_MIN} tekens.`;
  } else if (explanation.length > EXPLANATION_MAX) {
    errors.explanation = `De toelichting mag hoogstens ${EXPLANATION_MAX} tekens hebben.`;
  }
  if (Object.keys(errors).length > 0 || form.reason === '') return { ok: false, errors };
  return { ok: true, input: { reason: form.reason, explanation } };
}
