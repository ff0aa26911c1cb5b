export const ROLES = ['student', 'institution', 'company', 'municipality', 'ministry', 'sbb', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Dutch name of a role, as shown to the person who is logged in. */
export const ROLE_LABELS: Record<Role, string> = {
  student: 'student',
  institution: 'mbo-instelling',
  company: 'leerbedrijf',
  municipality: 'gemeente',
  ministry: 'ministerie van OCW',
  sbb: 'SBB',
  partner: 'partner',
};
