import type { FormError } from '@stelsel/ui';

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
