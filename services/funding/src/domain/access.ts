import type { ScopeMap } from '@stelsel/graphql-kit';

/** Who may read what in funding, as Pothos scope maps (docs/conventions.md, Authorization). */

/**
 * Published figures (allocation tables, funding lines, praktijkleren amounts per category, tranches,
 * regulations): public, every role reads them.
 */
export const PUBLIC: ScopeMap = { public: true };

/** The ministry (and the Commissie Kwaliteitsafspraken working in its app) sees and decides everything in funding. */
export const MINISTRY: ScopeMap = { role: 'ministry' };

/** An institution's quality plans and own funding: the institution itself and the ministry — issue 11, Access. */
export const institutionRecord = (institutionId: string): ScopeMap => ({
  organisation: { institution: institutionId },
  role: 'ministry',
});

/** What only the institution itself does: draft, consent, submit, withdraw. */
export const ownInstitution = (institutionId: string): ScopeMap => ({ organisation: { institution: institutionId } });

/** A company's praktijkleren applications: the company itself and the ministry. */
export const companyRecord = (companyId: string): ScopeMap => ({
  organisation: { company: companyId },
  role: 'ministry',
});

/** What only the company itself does: apply. */
export const ownCompany = (companyId: string): ScopeMap => ({ organisation: { company: companyId } });
