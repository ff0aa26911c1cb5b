import { GraphqlRequestError } from './graphql.ts';

/** The typed errors every mutation may answer (all implement `UserError { message code field }`). */
export const USER_ERROR_TYPENAMES = ['InputError', 'NotAllowedError', 'NotFoundError', 'ConflictError'] as const;

export type UserErrorTypename = (typeof USER_ERROR_TYPENAMES)[number];

export interface UserErrorResult {
  __typename: UserErrorTypename;
  message: string;
  code: string;
  field?: string | null;
}

/** Whether a mutation's union answer is one of the typed user errors. */
export function isUserError<T extends { __typename?: string }>(value: T): value is T & UserErrorResult {
  return (USER_ERROR_TYPENAMES as readonly (string | undefined)[]).includes(value.__typename);
}

/** A Dutch message for anything thrown while sending a mutation. */
export function failureMessage(error: unknown): string {
  return error instanceof GraphqlRequestError ? error.message : 'Het versturen is niet gelukt. Probeer het opnieuw.';
}

/** What a form makes of a mutation: done, or a Dutch message and the argument it concerns (null: the whole form). */
export type MutationOutcome = { ok: true } | { ok: false; message: string; field: string | null };

const NO_ANSWER = 'Er kwam geen antwoord terug. Probeer het opnieuw.';

/**
 * Sends a mutation and reads its union answer for a form: a typed user error keeps its message and
 * field; no answer, or anything thrown while sending, is a message for the form as a whole.
 */
export async function mutationOutcome(
  send: () => Promise<{ __typename?: string } | null | undefined>,
): Promise<MutationOutcome> {
  try {
    const answer = await send();
    if (!answer) return { ok: false, message: NO_ANSWER, field: null };
    if (isUserError(answer)) return { ok: false, message: answer.message, field: answer.field ?? null };
    return { ok: true };
  } catch (error) {
    return { ok: false, message: failureMessage(error), field: null };
  }
}
