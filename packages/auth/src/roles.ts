/**
 * The one list of roles on the platform. Servers import it from `@stelsel/auth`, browser code from
 * `@stelsel/auth/roles` (this file has no Node imports, so an app's bundle stays small).
 */
export const ROLES = ['student', 'institution', 'company', 'municipality', 'ministry', 'sbb', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Someone who did not log in. Never in a token: the gateway makes this caller itself, for a request
 * without any token that runs one of the few documents open to visitors (following a report with its
 * receipt code), and subgraphs let it through only where a field says `{ visitor: true }`.
 */
export const VISITOR_ROLE = 'visitor';
/** Who a caller can be: a role from a token, or a visitor the gateway let in without one. */
export type CallerRole = Role | typeof VISITOR_ROLE;

/** Dutch names of the roles, for messages and screens. */
export const ROLE_LABELS: Record<Role, string> = {
  student: 'student',
  institution: 'mbo-instelling',
  company: 'leerbedrijf',
  municipality: 'gemeente',
  ministry: 'ministerie van OCW',
  sbb: 'SBB',
  partner: 'partner',
};

/** The Dutch name of a role given as text (a history row's role), or the text itself when it is no role. */
export function roleLabelOf(role: string): string {
  if (role === VISITOR_ROLE) return 'bezoeker zonder inloggen';
  return isRole(role) ? ROLE_LABELS[role] : role;
}
