import type { FormError } from '@stelsel/ui';

/**
 * The error summary of a `useForm` form whose messages name what is wrong themselves ("Kies een reden om af te
 * wijzen."): an error about the form as a whole first, then each field's message as it is, linked to its field,
 * without the field's label before it (which `useForm`'s own `summary` adds).
 */
export function plainSummary<F extends string>(f: {
  submission: { formError: string | null };
  errors: Partial<Record<F, string>>;
  ids: Record<F, string>;
}): FormError[] {
  return [
    ...(f.submission.formError ? [{ fieldId: null, message: f.submission.formError }] : []),
    ...(Object.keys(f.ids) as F[]).flatMap((field) => {
      const message = f.errors[field];
      return message ? [{ fieldId: f.ids[field], message }] : [];
    }),
  ];
}
