/**
 * Expected failures of a mutation, answered as typed results (union members) rather than as
 * GraphQL errors: a Dutch message, a stable code and the input field concerned.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** The input is not acceptable: say which field and why. */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(message: string, field: string, code = 'BAD_USER_INPUT') {
    super(message, code, field);
  }
}

/** The caller may not do this (to this object). */
export class NotAllowedError extends UserError {
  override name = 'NotAllowedError';
  constructor(message = 'U mag dit niet doen.', field: string | null = null) {
    super(message, 'FORBIDDEN', field);
  }
}

export class NotFoundError extends UserError {
  override name = 'NotFoundError';
  constructor(message: string, field: string | null = null) {
    super(message, 'NOT_FOUND', field);
  }
}

/** The request conflicts with the current state (e.g. a full place, an already confirmed round). */
export class ConflictError extends UserError {
  override name = 'ConflictError';
  constructor(message: string, field: string | null = null, code = 'CONFLICT') {
    super(message, code, field);
  }
}

export const USER_ERROR_CLASSES = [InputError, NotAllowedError, NotFoundError, ConflictError] as const;
