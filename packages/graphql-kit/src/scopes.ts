import type { Caller, Role } from '@stelsel/auth';

/**
 * The scopes every subgraph can put on a type or field (Pothos scope auth). Several scopes in one
 * map pass when any passes; wrap them in `$all` to require every one (`actsFor` does that).
 * A failing scope answers the GraphQL error `FORBIDDEN`.
 */
export interface StelselAuthScopes {
  /** The caller has this role, or one of these roles. */
  role: Role | readonly Role[];
  /**
   * The caller acts for this organisation (institution id, `kvk-…`, CBS code, …), or one of these.
   * Student and institution callers share their institution's id, so pair it with a role: `actsFor`.
   */
  organisation: string | readonly string[];
  /** The caller is this student: the token's subject is the student id. */
  self: string;
  /** Explicitly public: every caller the gateway let in (all roles) may read it. */
  public: boolean;
}

const oneOf = <T>(expected: T | readonly T[], actual: T) =>
  Array.isArray(expected) ? expected.includes(actual) : expected === actual;

/** The scope loaders for one request, from the caller the gateway signed. */
export function scopesFor(caller: Caller) {
  return {
    role: (roles: Role | readonly Role[]) => oneOf(roles, caller.role),
    organisation: (organisations: string | readonly string[]) => oneOf(organisations, caller.organisation),
    self: (studentId: string) => caller.role === 'student' && caller.subject === studentId,
    public: true,
  };
}

/** Scope map: the caller has `role` and acts for `organisation`, e.g. `actsFor('company', place.company_id)`. */
export function actsFor(role: Role | readonly Role[], organisation: string | readonly string[]) {
  return { $all: { role, organisation } };
}
