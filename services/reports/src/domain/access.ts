import type { Caller } from '@stelsel/auth';
import type { ScopeMap } from '@stelsel/graphql-kit';

/** Who may read what in reports, as Pothos scope maps (docs/conventions.md, Authorization). */

/** The discrimination grounds and whether an institution has a report desk are public, so students can find help. */
export const PUBLIC: ScopeMap = { public: true };

/** Aggregates that leave SBB; students, companies and municipalities are refused — DOMAIN §2, identity rules. */
export const STATISTICS_READERS: ScopeMap = { role: ['ministry', 'sbb', 'institution', 'partner'] };

/** Which reports a reader's statistics count: an institution only those it registered itself, the others all — ARCHITECTURE, identity and access. */
export function reportsCountedFor(caller: Caller): { institutionId: string | undefined } {
  return { institutionId: caller.role === 'institution' ? caller.organisation : undefined };
}
