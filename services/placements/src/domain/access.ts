import type { Caller } from '@stelsel/auth';
import type { ScopeMap } from '@stelsel/graphql-kit';
import type { StudentPlaceView } from '../db/student-places.ts';
import type { AgreementParty, Pathway, PlaceStatus } from '../db/types.ts';
import { choiceMismatch, equivalentGroup } from './choosable.ts';
import { canonicalCrebos } from './rounds.ts';

/**
 * Who may read or change what in placements, as Pothos scope maps. Decided here, in the subgraph that
 * owns the data (ARCHITECTURE.md, "Identity and access"). Types and fields put these in `authScopes`
 * (a refusal is the GraphQL error FORBIDDEN); a mutation that reads the row first checks them with
 * `requireOwner` (schema/builder.ts) and answers the `NotAllowedError` result.
 */

interface StudentOf {
  id: string;
  institution_id: string;
}

interface Parties {
  student_id: string;
  institution_id: string;
  company_id: string;
}

/** The student themself, acting for their own institution. */
const theStudent = (studentId: string, institutionId: string): ScopeMap => ({
  $all: { self: studentId, organisation: { student: institutionId } },
});

/** Shortages are aggregates: ministry, municipality, SBB, institutions and partners; never a company or a student. */
export const SHORTAGE_READERS: ScopeMap = { role: ['ministry', 'municipality', 'sbb', 'institution', 'partner'] };

/** Public reference data: institutions, companies, municipalities. */
export const PUBLIC: ScopeMap = { public: true };

/** An institution sees its own students, nobody else sees a list of them — ARCHITECTURE.md, Identity and access. */
export const studentsOf = (institutionId: string): ScopeMap => ({ organisation: { institution: institutionId } });

/** A student record: its own institution, or the student themself (subject = student id). */
export const studentRecord = (student: StudentOf): ScopeMap => ({
  organisation: { institution: student.institution_id },
  ...theStudent(student.id, student.institution_id),
});

/** A company's record by id: the company itself, SBB (accreditation register) and OCW. */
export const companyRecord = (companyId: string): ScopeMap => ({
  organisation: { company: companyId },
  role: ['sbb', 'ministry'],
});

/** Accreditations: as the company record, and institutions, which may only place students at accredited companies — DOMAIN.md §1. */
export const accreditationsOf = (companyId: string): ScopeMap => ({
  organisation: { company: companyId },
  role: ['sbb', 'ministry', 'institution'],
});

/**
 * A company's places and their internal fields (closing reason, seats taken): the owner, SBB, and institutions,
 * which match students to places — Stagepact 2023–2027 (stagematching). Students see open places, not these.
 */
export const placesOf = (companyId: string): ScopeMap => ({
  organisation: { company: companyId },
  role: ['sbb', 'institution'],
});

/** Company mutations and the matched students: only the company itself. */
export const ownCompany = (companyId: string): ScopeMap => ({ organisation: { company: companyId } });

/** A round is the institution's own: it alone matches and places its students — issue 4. */
export const ownInstitution = (institutionId: string): ScopeMap => ({ organisation: { institution: institutionId } });

/** Choices in a round: the institution, or the student for themself. */
export const choicesOf = (studentId: string): ScopeMap => ({ role: 'institution', self: studentId });

/** A round's institution and its students act in it (the student only for themself, see `choicesOf`). */
export const roundOf = (institutionId: string): ScopeMap => ({
  organisation: { institution: institutionId, student: institutionId },
});

/**
 * A placement or agreement: the company, the student's institution and the student. A placement exists only
 * after confirmation, so a company sees names only then — Stagepact 2023–2027 (blind matching); the three
 * parties read an agreement, nobody else — issue 4.
 */
export const parties = (record: Parties): ScopeMap => ({
  organisation: { company: record.company_id, institution: record.institution_id },
  ...theStudent(record.student_id, record.institution_id),
});

/** Contact moments and allowance payments are recorded by the institution or the company, each for its own — issue 4. */
export const institutionOrCompanyOf = (record: Parties): ScopeMap => ({
  organisation: { company: record.company_id, institution: record.institution_id },
});

/**
 * Who may sign for which party. The student, the institution and the company sign for themselves.
 * A parent or guardian has no account in the stelsel (and we do not want to issue identities to
 * parents only for this): the institution names the guardian in the draft and records the
 * guardian's signature given on paper, with a note on where and when — so GUARDIAN is signed by
 * role institution (own student), and the note makes that visible in the history.
 */
export function signerFor(party: AgreementParty, agreement: Parties): ScopeMap {
  switch (party) {
    case 'STUDENT':
      return theStudent(agreement.student_id, agreement.institution_id);
    case 'INSTITUTION':
    case 'GUARDIAN':
      return { organisation: { institution: agreement.institution_id } };
    case 'COMPANY':
      return { organisation: { company: agreement.company_id } };
  }
}

/*
 * What a reader sees of an aggregate is a filter on rows, not a yes or no, so it cannot be a scope.
 * `ownRegions` looks up the labour-market region(s) of the caller's municipality; it runs for municipalities only.
 */

/** A student ranks open places in a round; closed ones are the company's, SBB's and institutions' business. */
export const seesOpenPlacesOnly = (caller: Caller): boolean => caller.role === 'student';

/** Who may look a place up by id; which place each may see is `placeRefusal`. */
export const PLACE_READERS: ScopeMap = { role: ['institution', 'sbb', 'company', 'student'] };

interface VisiblePlace {
  id: string;
  company_id: string;
  status: PlaceStatus;
  qualification_crebo: string;
  level: number;
  pathway: Pathway;
}

type StudentViewOf = () => Promise<StudentPlaceView | null>;

/**
 * Why a caller may not see one place by id (null: they may): institutions (they match) and SBB every place, a company its own, a student a place
 * they may rank (open, own qualification or an equivalent, own level and pathway) or one they already
 * ranked or were placed at — issue 9 §6, issue 13 §6.
 */
export async function placeRefusal(
  caller: Caller,
  place: VisiblePlace,
  studentView: StudentViewOf,
): Promise<string | null> {
  switch (caller.role) {
    case 'institution':
    case 'sbb':
      return null;
    case 'company':
      return caller.organisation === place.company_id ? null : 'Deze plaats is van een ander leerbedrijf.';
    case 'student': {
      const view = await studentView();
      if (view && (view.chosen.has(place.id) || view.placedAt.has(place.id))) return null;
      if (view && choiceMismatch(view, place, canonicalCrebos(view.equivalentPairs)) === null) return null;
      return 'Deze plaats past niet bij je opleiding, niveau of leerweg, of is gesloten.';
    }
    default:
      return 'Gemeenten, OCW en partners zien geen afzonderlijke plaatsen.';
  }
}

/**
 * A place's address: to a student only while the place is open, or where the student holds a seat, so a
 * closed place's workplace is never readable through a student's choices — issue 13 §6. The other readers
 * reach a place only through their own scopes.
 */
export async function addressVisibleTo(caller: Caller, place: VisiblePlace, studentView: StudentViewOf) {
  if (caller.role !== 'student' || place.status === 'OPEN') return true;
  return (await studentView())?.seatAt.has(place.id) ?? false;
}

/** What a student's place search is narrowed to: open places they may rank, whatever filter they sent. */
export async function studentPlaceFilter(caller: Caller, studentView: StudentViewOf) {
  if (caller.role !== 'student') return null;
  const view = await studentView();
  if (!view) return { crebos: [] as string[], level: 0, pathway: undefined, status: 'OPEN' as const };
  const canonical = canonicalCrebos(view.equivalentPairs);
  return {
    crebos: equivalentGroup(view.qualification_crebo, view.equivalentPairs, canonical),
    level: view.level,
    pathway: view.pathway,
    status: 'OPEN' as const,
  };
}

/** Readers of the BBL share: OCW and SBB every institution, an institution itself, a municipality those in its own region(s). */
export const BBL_SHARE_READERS: ScopeMap = { role: ['ministry', 'sbb', 'institution', 'municipality'] };

export async function bblRowsFor<Row extends { id: string; region_code: string | null }>(
  caller: Caller,
  rows: readonly Row[],
  ownRegions: () => Promise<readonly string[]>,
): Promise<Row[]> {
  if (caller.role === 'institution') return rows.filter((r) => r.id === caller.organisation);
  if (caller.role === 'municipality') {
    const own = new Set(await ownRegions());
    return rows.filter((r) => r.region_code !== null && own.has(r.region_code));
  }
  return [...rows];
}

/**
 * The regions whose shortages a reader may count: a municipality only the region(s) of its own municipality,
 * the other readers every region (`null`). A requested region outside them is refused, with the reason.
 */
export async function shortageRegionsFor(
  caller: Caller,
  requested: string | null,
  ownRegions: () => Promise<readonly string[]>,
): Promise<{ regions: string[] | null } | { refused: string }> {
  if (caller.role !== 'municipality') return { regions: requested ? [requested] : null };
  const own = await ownRegions();
  if (own.length === 0) return { refused: 'Uw gemeente is (nog) niet aan een arbeidsmarktregio gekoppeld.' };
  if (requested && !own.includes(requested)) {
    return { refused: 'Een gemeente ziet alleen de stagetekorten van de eigen arbeidsmarktregio.' };
  }
  return { regions: requested ? [requested] : [...own] };
}
