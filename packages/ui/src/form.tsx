import { Heading, PrimaryActionButton, SecondaryActionButton } from '@rijkshuisstijl-community/components-react';
import { type ReactNode, useState } from 'react';
import { fieldBinder, fieldOf, type TextFieldsOf } from './form-model.ts';
import { type Submission, useSubmission } from './form-submission.tsx';
import { ErrorSummary, type FormError } from './forms.tsx';

/**
 * One way to write a form (issue 8): `useForm` holds the form's state, its submission and the props every
 * field repeats; `FormFrame` draws the form around its fields (title, error summary, submit button).
 *
 *   const f = useForm({ initial: { caseId: '', text: '' }, ids: IDS, labels: LABELS, serverFields: { caseId: 'id' } });
 *   const submit = async () => {
 *     const sent = await f.submission.send(check(f.form), (input, key) => mutationOutcome(...));
 *     if (sent) f.reset();
 *   };
 *   return (
 *     <FormFrame form={f} titleId="verklaring-title" title="Uw verklaring geven" errorTitle="…" submitLabel="…" onSubmit={submit}>
 *       <TextareaField {...f.bind('text')} />
 *     </FormFrame>
 *   );
 */
export interface FormSpec<Form, F extends string> {
  /** The form's first state, and what `reset()` returns to. */
  initial: Form | (() => Form);
  /** The id of each field's control: the error summary links to it. */
  ids: Record<F, string>;
  /** The label of each field, also the prefix of its line in the error summary. */
  labels: Record<NoInfer<F>, string>;
  /**
   * Server argument names that are not the form's own field names: a table (`{ caseId: 'id' }`), or a
   * function for names with a pattern (`(name) => (name.startsWith('agreements.') ? 'agreements' : null)`).
   * A name neither maps nor is a field of the form lands on the form as a whole.
   */
  serverFields?: Partial<Record<string, NoInfer<F>>> | ((serverField: string) => NoInfer<F> | null | undefined);
}

export interface FormModel<Form, F extends string> {
  form: Form;
  setForm: (next: Form | ((current: Form) => Form)) => void;
  /** Sets one field. */
  set: <K extends keyof Form>(field: K, value: Form[K]) => void;
  /** Back to the first state (after a successful send, or another `initial`). */
  reset: (next?: Form) => void;
  /** `id`, `label`, `value`, `onChange` and `error` of a text, select or date field. */
  bind: <K extends F & TextFieldsOf<Form>>(
    field: K,
  ) => { id: string; label: string; value: string; onChange: (value: string) => void; error: string | undefined };
  submission: Submission<F>;
  /** The message per field, from the form's own check or from the server. */
  errors: Partial<Record<F, string>>;
  /** The lines of the error summary. */
  summary: FormError[];
  ids: Record<F, string>;
  labels: Record<F, string>;
}

export function useForm<Form extends object, F extends string>(spec: FormSpec<Form, F>): FormModel<Form, F> {
  const [form, setForm] = useState<Form>(spec.initial);
  const own = fieldOf(Object.keys(spec.ids) as F[]);
  const { serverFields } = spec;
  const mapped = (field: string) =>
    typeof serverFields === 'function' ? serverFields(field) : (serverFields?.[field] ?? undefined);
  const submission = useSubmission<F>((field) => own(field === null ? null : (mapped(field) ?? field)));
  const set = <K extends keyof Form>(field: K, value: Form[K]) =>
    setForm((current) => ({ ...current, [field]: value }));
  const bind = fieldBinder<Form, F>({
    form,
    ids: spec.ids,
    labels: spec.labels,
    errors: submission.fieldErrors,
    set: (field, value) => set(field, value as Form[typeof field]),
  });
  return {
    form,
    setForm,
    set,
    reset: (next) =>
      setForm(next ?? (typeof spec.initial === 'function' ? (spec.initial as () => Form)() : spec.initial)),
    bind,
    submission,
    errors: submission.fieldErrors,
    summary: submission.summary(spec.ids, spec.labels),
    ids: spec.ids,
    labels: spec.labels,
  };
}

export interface FormFrameProps {
  /** The form's state (`useForm`): its error summary and whether it is sending. */
  form: { summary: FormError[]; submission: { busy: boolean } };
  /** The id of the title, which names the form (`aria-labelledby`). */
  titleId?: string;
  /** The form's title; a form without one (named by the section it stands in) gives `label` instead. */
  title?: ReactNode;
  /** The accessible name of a form without a title of its own. */
  label?: string;
  /** Heading level of the title; 2 by default. */
  level?: 2 | 3 | 4;
  /** What stands between the title and the fields (an explanation). */
  intro?: ReactNode;
  /** The title of the error summary: what did not happen ("De verklaring is niet vastgelegd"). */
  errorTitle: string;
  submitLabel: ReactNode;
  /** A form that is not the page's main action draws its submit button as secondary. */
  submitAppearance?: 'primary' | 'secondary';
  /** Called on submit, after the browser's own submit is prevented. */
  onSubmit: () => unknown;
  /** More buttons beside the submit button (a cancel). */
  actions?: ReactNode;
  /** What follows the buttons (a `BusyStatus`). */
  after?: ReactNode;
  /** Layout: `panel` draws a bordered panel, `wide` lets a table in the form use the width. */
  variant?: 'panel' | 'wide';
  children: ReactNode;
}

const VARIANT_CLASS = { panel: ' stelsel-panel', wide: ' stelsel-form--wide' } as const;

/** A form as every app draws it: a titled form, its error summary, its fields, and the submit button. */
export function FormFrame({
  form,
  titleId,
  title,
  label,
  level = 2,
  intro,
  errorTitle,
  submitLabel,
  submitAppearance = 'primary',
  onSubmit,
  actions,
  after,
  variant,
  children,
}: FormFrameProps) {
  const SubmitButton = submitAppearance === 'secondary' ? SecondaryActionButton : PrimaryActionButton;
  return (
    <form
      className={`stelsel-form${variant ? VARIANT_CLASS[variant] : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      noValidate
      aria-labelledby={title ? titleId : undefined}
      aria-label={title ? undefined : label}
    >
      {title ? (
        <Heading level={level} id={titleId}>
          {title}
        </Heading>
      ) : null}
      {intro}
      <ErrorSummary errors={form.summary} title={errorTitle} />
      {children}
      <div className="stelsel-actions">
        <SubmitButton type="submit" aria-disabled={form.submission.busy || undefined}>
          {submitLabel}
        </SubmitButton>
        {actions}
      </div>
      {after}
    </form>
  );
}

/** The options of a select from a record of labels, in the record's order: `optionsOf(PARTY)`. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
