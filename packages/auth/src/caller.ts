export const ROLES = ['student', 'institution', 'company', 'municipality', 'ministry', 'sbb', 'partner'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as established by the gateway from a verified token. */
export interface Caller {
  subject: string;
  role: Role;
  /** The organisation the caller acts for: institution id, company id, CBS code, `ocw`, `sbb`, or the partner's client id. */
  organisation: string;
}

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
