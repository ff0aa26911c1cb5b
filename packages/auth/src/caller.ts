import type { Role } from './roles.ts';

/** Who is calling, as established by the gateway from a verified token. */
export interface Caller {
  subject: string;
  role: Role;
  /** The organisation the caller acts for: institution id, company id, CBS code, `ocw`, `sbb`, or the partner's client id. */
  organisation: string;
}
