/**
 * The one list of roles on the platform. Servers import it from `@stelsel/auth`, browser code from
 * `@stelsel/auth/roles` (this file has no Node imports, so an app's bundle stays small).
 */
export const ROLES = ['student', 'institution', 'company', 'municipality', 'ministry', 'sbb', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

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
  return isRole(role) ? ROLE_LABELS[role] : role;
}
