import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type AttemptKey,
  errorSummary,
  type FormResult,
  keyForAttempt,
  type Submit,
  type SubmitOutcome,
} from './form-model.ts';
import { type FormError, SuccessMessage } from './forms.tsx';

/**
 * The forms that follow up an internship agreement, for every app that records them (school and
 * company). Each takes plain props and a `submit` that calls the app's own mutation: the forms know
 * nothing of an app's GraphQL documents or generated types.
 */

/**
 * A success message that takes focus when it appears. For actions whose control disappears or is
 * replaced once they succeed (signing, recording a moment as held, a fresh form after planning):
 * focus would otherwise fall back to the top of the page, and a keyboard or screen-reader user would
 * lose their place.
 */
export function FocusedMessage({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1}>
      <SuccessMessage>{children}</SuccessMessage>
    </div>
  );
}

/** The state of sending a form: its errors, whether it is busy, and the idempotency key of the attempt. */
export interface Submission<F extends string> {
  fieldErrors: Partial<Record<F, string>>;
  formError: string | null;
  busy: boolean;
  /**
   * Shows the field errors of a form that did not pass; else sends the input with the key of this
   * attempt (the same key for a retry of the same input, a new one for changed input) and shows the
   * answer: a server error at its field, or for the form as a whole. Resolves to the input once the
   * server did the work, else to null.
   */
  send<I>(checked: FormResult<I, F>, submit: Submit<I>): Promise<I | null>;
  /** The errors for the form's ErrorSummary, each labelled and linked to its field. */
  summary(ids: Record<F, string>, labels: Record<F, string>): FormError[];
}

/** What a form shows when `submit` threw instead of answering (it should not: it answers an outcome). */
const NOT_SENT = 'Het versturen is niet gelukt. Probeer het opnieuw.';

/** Sending a form (see Submission); `fieldOf` maps a server field to the form's own field. */
export function useSubmission<F extends string>(fieldOf: (field: string | null) => F | null): Submission<F> {
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const key = useRef<AttemptKey | null>(null);

  const send = async <I,>(checked: FormResult<I, F>, submit: Submit<I>): Promise<I | null> => {
    if (sending.current) return null;
    setFormError(null);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return null;
    }
    setFieldErrors({});
    key.current = keyForAttempt(key.current, checked.input);
    sending.current = true;
    setBusy(true);
    let outcome: SubmitOutcome;
    try {
      outcome = await submit(checked.input, key.current.key);
    } catch {
      outcome = { ok: false, message: NOT_SENT, field: null };
    } finally {
      sending.current = false;
      setBusy(false);
    }
    if (outcome.ok) {
      key.current = null;
      return checked.input;
    }
    const field = fieldOf(outcome.field);
    if (field) setFieldErrors({ [field]: outcome.message } as Partial<Record<F, string>>);
    else setFormError(outcome.message);
    return null;
  };

  return {
    fieldErrors,
    formError,
    busy,
    send,
    summary: (ids, labels) => errorSummary(formError, fieldErrors, ids, labels),
  };
}
