import type { CallerRole } from './roles.ts';

/** Who is calling, as established by the gateway from a verified token (or, without one, a visitor). */
export interface Caller {
  subject: string;
  role: CallerRole;
  /** The organisation the caller acts for: institution id, company id, CBS code, `ocw`, `sbb`, or the partner's client id. */
  organisation: string;
  /**
   * The OAuth client the token was issued to (`client_id`, else `azp`), e.g. `stelsel-web` for the
   * web apps or `stelsel-cli` for `pnpm token`. Only the gateway uses it (trusted documents).
   */
  client?: string;
}
