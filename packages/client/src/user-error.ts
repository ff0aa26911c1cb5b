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
