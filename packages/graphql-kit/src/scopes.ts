import { type Caller, type Role, VISITOR_ROLE } from '@stelsel/auth';

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
   * Student and institution callers share their institution's id, so say as which role:
   * `{ organisation: { company: place.company_id, institution: placement.institution_id } }`.
   */
  organisation: OrganisationScope;
  /** The caller is this student: the token's subject is the student id. */
  self: string;
  /** Explicitly public: every logged-in caller the gateway let in (all roles; not a visitor) may read it. */
  public: boolean;
  /**
   * Open to a visitor without login too (and to every role). Only for what a person must reach
   * without logging in, such as a report's progress by its receipt code; the gateway lets a visitor
   * run only documents whose every top-level field is in its `VISITOR_FIELDS`.
   */
  visitor: boolean;
}

/** Organisation ids, for any role or per role (`{ institution: 'roc-zadkine' }`). */
export type OrganisationScope = string | readonly string[] | Partial<Record<Role, string | readonly string[]>>;

/** A scope map as a type or field takes it; `$any` (the default) and `$all` combine scopes. */
export interface ScopeMap {
  role?: Role | readonly Role[];
  organisation?: OrganisationScope;
  self?: string;
  public?: boolean;
  visitor?: boolean;
  $any?: ScopeMap;
  $all?: ScopeMap;
}

const oneOf = <T>(expected: T | readonly T[], actual: T | typeof VISITOR_ROLE) =>
  Array.isArray(expected) ? expected.includes(actual) : expected === actual;

/** The scope loaders for one request, from the caller the gateway signed. */
export function scopesFor(caller: Caller) {
  return {
    role: (roles: Role | readonly Role[]) => oneOf(roles, caller.role),
    organisation: (organisations: OrganisationScope) => {
      // A visitor acts for nobody.
      if (caller.role === VISITOR_ROLE) return false;
      if (typeof organisations === 'string' || Array.isArray(organisations)) {
        return oneOf(organisations as string | readonly string[], caller.organisation);
      }
      const forRole = (organisations as Partial<Record<Role, string | readonly string[]>>)[caller.role];
      return forRole !== undefined && oneOf(forRole, caller.organisation);
    },
    self: (studentId: string) => caller.role === 'student' && caller.subject === studentId,
    public: caller.role !== VISITOR_ROLE,
    visitor: true,
  };
}

/** Scope map: the caller has `role` and acts for `organisation`, e.g. `actsFor('company', place.company_id)`. */
export function actsFor(role: Role | readonly Role[], organisation: string | readonly string[]): ScopeMap {
  return { $all: { role, organisation } };
}
