import type { SubmitOutcome } from '@stelsel/ui/form-model';

/**
 * A server error at the form's own field, for server names that `useForm`'s `serverFields` cannot list one by one:
 * a prefix (`input.startsOn`, `contact.email`) or a place in a list (`placeIds.2`).
 * `mutationOutcome(...).then(atFormField(agreementFieldOf))`.
 */
export const atFormField =
  (fieldOf: (field: string | null) => string | null) =>
  (outcome: SubmitOutcome): SubmitOutcome =>
    outcome.ok ? outcome : { ...outcome, field: fieldOf(outcome.field) };

/** A list field after one of its checkboxes changed: the item added at the end, or taken out. */
export const toggled = (list: readonly string[], item: string, on: boolean): string[] => [
  ...list.filter((x) => x !== item),
  ...(on ? [item] : []),
];
