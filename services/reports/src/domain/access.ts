import type { Caller } from '@stelsel/auth';
import type { ScopeMap } from '@stelsel/graphql-kit';
import { regionOfMunicipality } from '@stelsel/reference-data';

/** Who may read what in reports, as Pothos scope maps (docs/conventions.md, Authorization). */

/** The discrimination grounds and whether an institution has a report desk are public, so students can find help. */
export const PUBLIC: ScopeMap = { public: true };

/**
 * Following a report by its receipt code is open without a login too (issue 10: "without logging in again"):
 * the code is the key, and what it shows is only the status and its dates.
 */
export const ANYONE: ScopeMap = { visitor: true };

/**
 * Aggregates that leave SBB: the ministry and partners nationally, an institution its own reports, a municipality
 * the reports about companies in its labour-market region (ARCHITECTURE: "a municipality its own city and aggregates
 * for its region"); students and companies are refused — DOMAIN §2, identity rules.
 */
export const STATISTICS_READERS: ScopeMap = { role: ['ministry', 'sbb', 'institution', 'municipality', 'partner'] };

/** A student reports for themself. */
export const REPORTERS: ScopeMap = { role: 'student' };

/** An institution keeps its own desk and registers and forwards the reports made there. */
export const DESK_STAFF: ScopeMap = { role: 'institution' };

/** The roles that handle reports: the institution's desk and SBB. Which report: `mayHandle`. */
export const HANDLERS: ScopeMap = { role: ['institution', 'sbb'] };

/** The ministry follows which institutions have no desk yet. */
export const DESK_OVERSEERS: ScopeMap = { role: ['ministry', 'sbb'] };

/**
 * Which reports a reader's statistics count: an institution only those it registered itself, a municipality those
 * about companies in its labour-market region (null when its region is not known: then it has no regional figures),
 * the others all — ARCHITECTURE, identity and access.
 */
export function reportsCountedFor(
  caller: Caller,
): { institutionId: string | undefined; regionCode: string | undefined } | null {
  if (caller.role === 'municipality') {
    const region = regionOfMunicipality(caller.organisation);
    return region ? { institutionId: undefined, regionCode: region.code } : null;
  }
  return { institutionId: caller.role === 'institution' ? caller.organisation : undefined, regionCode: undefined };
}

/**
 * Whether a caller handles this report and so may read its details and the reporter: the desk of the
 * student's institution for a report made at that desk, SBB for a report that reached SBB (sent
 * directly or forwarded). The company never does; the ADV is outside the system.
 */
export function mayHandle(
  caller: Caller,
  report: { institution_id: string; channel: string; forwarded_at: Date | null },
): boolean {
  if (caller.role === 'institution') {
    return report.channel === 'INSTITUTION_DESK' && report.institution_id === caller.organisation;
  }
  if (caller.role === 'sbb') return report.forwarded_at !== null;
  return false;
}

/** SBB runs the cases. */
export const CASE_HANDLERS: ScopeMap = { role: 'sbb' };

/** A company sees and answers the cases about itself, without the reporter. */
export const CASE_COMPANIES: ScopeMap = { role: 'company' };
