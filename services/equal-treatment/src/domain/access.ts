import type { ScopeMap } from '@stelsel/graphql-kit';

/** Who may read what in equal-treatment, as Pothos scope maps (docs/conventions.md, Authorization). */

/** Municipalities and their intro weeks are public: students and institutions look them up. */
export const PUBLIC: ScopeMap = { public: true };

/** The student themself, acting for their own institution (token subject = student id). */
const theStudent = (studentId: string, institutionId: string): ScopeMap => ({
  $all: { self: studentId, organisation: { student: institutionId } },
});

/** A student's books, card and refunds: their own institution, or the student themself — issue 12, Access. */
export const studentRecord = (student: { studentId: string; institutionId: string }): ScopeMap => ({
  organisation: { institution: student.institutionId },
  ...theStudent(student.studentId, student.institutionId),
});

/** What only the institution itself does and sees: its students' lists, provisions, cards, decisions. */
export const ownInstitution = (institutionId: string): ScopeMap => ({ organisation: { institution: institutionId } });

/** A student acting for themself (requesting a refund): never for another student. */
export const selfOnly = (student: { studentId: string; institutionId: string }): ScopeMap =>
  theStudent(student.studentId, student.institutionId);

/** What an institution publishes for its students (terms, book list, student fund): its own staff and students. */
export const institutionPublication = (institutionId: string): ScopeMap => ({
  organisation: { institution: institutionId, student: institutionId },
});
