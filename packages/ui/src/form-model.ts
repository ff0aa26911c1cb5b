/**
 * What every form here shares, without React: one idempotency key per attempt, the result of checking
 * the fields, what a mutation answered, and the error summary. Domain forms (placements-react) build
 * on these.
 */
import type { FormError } from './forms.tsx';

// --- Idempotency -----------------------------------------------------------------------------

/** An idempotency key and the content it was first sent with. */
export interface AttemptKey {
  content: string;
  key: string;
}

/**
 * One idempotency key per attempt: a retry of the same content (after a lost answer) keeps its key,
 * so the server does the work once; changed content is a new attempt with a new key. A new key is a
 * UUID, which the services accept (8–128 letters, digits, `. _ : -`).
 */
export function keyForAttempt(
  previous: AttemptKey | null,
  content: unknown,
  newKey: () => string = () => crypto.randomUUID(),
): AttemptKey {
  const text = JSON.stringify(content);
  return previous && previous.content === text ? previous : { content: text, key: newKey() };
}

// --- Results ---------------------------------------------------------------------------------

/** What the form made of its fields: the input for the mutation, or a message per field. */
export type FormResult<Input, Field extends string> =
  | { ok: true; input: Input }
  | { ok: false; errors: Partial<Record<Field, string>> };

/**
 * What an app's mutation answered, as a form shows it: done, or a Dutch message and the argument it
 * concerns (`field`, as the server names it; null for the form as a whole).
 */
export type SubmitOutcome = { ok: true } | { ok: false; message: string; field: string | null };

/** How a form sends its input: the app calls its own mutation, with the key of this attempt. */
export type Submit<Input> = (input: Input, idempotencyKey: string) => Promise<SubmitOutcome>;

/**
 * The error summary of a form: an error about the form as a whole first, then each field's error,
 * in the order of the fields, prefixed with its label and linked to the field by its id.
 */
export function errorSummary<F extends string>(
  formError: string | null,
  fieldErrors: Partial<Record<F, string>>,
  ids: Record<F, string>,
  labels: Record<F, string>,
): FormError[] {
  return [
    ...(formError ? [{ fieldId: null, message: formError }] : []),
    ...(Object.keys(ids) as F[]).flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: ids[field], message: `${labels[field]}: ${message}` }] : [];
    }),
  ];
}

/** The form's own field for a server field, when the form has one (`plannedOn` → `plannedOn`); else null. */
export function fieldOf<F extends string>(fields: readonly F[]) {
  return (field: string | null | undefined): F | null =>
    (fields as readonly (string | null | undefined)[]).includes(field) ? (field as F) : null;
}

/** The fields of a form state that hold text (what a text box, select or date field edits). */
export type TextFieldsOf<Form> = { [K in keyof Form]: Form[K] extends string ? K : never }[keyof Form] & string;

/**
 * The props every field of a form repeats (`id`, `label`, `value`, `onChange`, `error`), bound once from the form's
 * state: `<TextField {...bind('hoursPerWeek')} inputMode="numeric" />`. Ids and labels are the ones the error
 * summary links to, so a field and its summary line cannot drift apart.
 */
export function fieldBinder<Form, Field extends string>(options: {
  form: Form;
  ids: Record<Field, string>;
  labels: Record<Field, string>;
  errors: Partial<Record<Field, string>>;
  set: (field: Field & TextFieldsOf<Form>, value: string) => void;
}) {
  return <K extends Field & TextFieldsOf<Form>>(field: K) => ({
    id: options.ids[field],
    label: options.labels[field],
    value: options.form[field] as string,
    onChange: (value: string) => options.set(field, value),
    error: options.errors[field],
  });
}
