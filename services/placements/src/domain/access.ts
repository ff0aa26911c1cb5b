import type { Caller } from '@stelsel/auth';

/**
 * Who may read what in placements. Decided here, in the subgraph that owns the data
 * (ARCHITECTURE.md, "Identity and access"); resolvers only call these.
 */

/** An institution sees its own students, nobody else sees a list of them — ARCHITECTURE.md, Identity and access. */
export function mayReadStudentsOf(caller: Caller, institutionId: string): boolean {
  return caller.role === 'institution' && caller.organisation === institutionId;
}

/** A student record: its own institution, or the student themself (subject = student id). */
export function mayReadStudent(caller: Caller, student: { id: string; institution_id: string }): boolean {
  if (caller.role === 'student') return caller.subject === student.id && caller.organisation === student.institution_id;
  return mayReadStudentsOf(caller, student.institution_id);
}

/** A company's record by id: the company itself, SBB (accreditation register) and OCW. */
export function mayReadCompany(caller: Caller, companyId: string): boolean {
  return isOwnCompany(caller, companyId) || caller.role === 'sbb' || caller.role === 'ministry';
}

/** Accreditations: as the company record, and institutions, which may only place students at accredited companies — DOMAIN.md §1. */
export function mayReadAccreditations(caller: Caller, companyId: string): boolean {
  return mayReadCompany(caller, companyId) || caller.role === 'institution';
}

/** Places: the owner, SBB, and institutions, which match students to places — Stagepact 2023–2027 (stagematching). */
export function mayReadPlaces(caller: Caller, companyId: string): boolean {
  return isOwnCompany(caller, companyId) || caller.role === 'sbb' || caller.role === 'institution';
}

function isOwnCompany(caller: Caller, companyId: string): boolean {
  return caller.role === 'company' && caller.organisation === companyId;
}
