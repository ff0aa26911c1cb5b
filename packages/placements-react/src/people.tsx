import type { AgreementParty } from '@stelsel/placements-common';
import { createContext, type ReactNode, useContext } from 'react';

/**
 * Who can appear on a screen about one placement, so tables name people instead of login ids
 * (issue 9): the student, the person logged in, and the two organisations.
 */
export interface People {
  /** The person logged in: their login subject and display name. */
  self?: { subject: string; name: string };
  /** Students by id (the student's login subject is the student id). */
  students?: readonly { id: string; name: string }[];
  institution?: string | null;
  company?: string | null;
}

const PeopleContext = createContext<People>({});

/** A placement as far as naming its people goes: the student, and the organisations where known. */
export interface PlacementParties {
  student: { id: string; givenName: string; familyName: string };
  institution?: { name: string } | null;
  company?: { name: string } | null;
}

/**
 * Who is who on one placement's page: the person logged in, the student by full name, and the
 * organisations the placement names. Without a placement (still loading, or refused) only the person
 * logged in.
 */
export function placementPeople(placement: PlacementParties | null, self?: { subject: string; name: string }): People {
  const student = placement
    ? [{ id: placement.student.id, name: `${placement.student.givenName} ${placement.student.familyName}` }]
    : [];
  return {
    ...(self ? { self } : {}),
    students: student,
    institution: placement?.institution?.name ?? null,
    company: placement?.company?.name ?? null,
  };
}

export function PeopleProvider({ value, children }: { value: People; children: ReactNode }) {
  return <PeopleContext.Provider value={value}>{children}</PeopleContext.Provider>;
}

/** Student number: the part of the student id after the institution id ("roc-zadkine-s022" → "s022"). */
export function studentNumber(id: string): string {
  return /-(s\d+)$/.exec(id)?.[1] ?? id;
}

/** Names for a list of students; the student number is added where two share a name. */
export function distinctStudentNames<T extends { id: string; givenName: string; familyName: string }>(
  students: readonly T[],
): Map<string, string> {
  const count = new Map<string, number>();
  const full = (s: T) => `${s.givenName} ${s.familyName}`;
  for (const s of students) count.set(full(s), (count.get(full(s)) ?? 0) + 1);
  return new Map(
    students.map((s) => [s.id, (count.get(full(s)) ?? 0) > 1 ? `${full(s)} (${studentNumber(s.id)})` : full(s)]),
  );
}

const PARTY_ROLE: Record<AgreementParty, string> = {
  STUDENT: 'student',
  COMPANY: 'leerbedrijf',
  INSTITUTION: 'onderwijsinstelling',
  GUARDIAN: 'ouder of voogd',
};

/**
 * "Name (role)" for a login subject, never the id itself: the student by name, the person logged in by
 * their own name, anyone else by the organisation they act for (the platform holds no staff names).
 */
export function personLabel(people: People, subject: string | null | undefined, party?: AgreementParty | null): string {
  if (!subject) return '';
  const student = people.students?.find((s) => s.id === subject);
  if (student) return `${student.name} (student)`;
  if (people.self && people.self.subject === subject) return people.self.name;
  if (party === 'COMPANY' && people.company) return `Medewerker van ${people.company} (leerbedrijf)`;
  if ((party === 'INSTITUTION' || party === 'GUARDIAN') && people.institution) {
    return `Medewerker van ${people.institution} (onderwijsinstelling)`;
  }
  if (party === 'STUDENT') return 'De student';
  if (party) return `Medewerker (${PARTY_ROLE[party]})`;
  const orgs = [people.institution, people.company].filter(Boolean);
  return orgs.length > 0 ? `Medewerker van ${orgs.join(' of ')}` : 'Medewerker';
}

export function usePersonLabel(): (subject: string | null | undefined, party?: AgreementParty | null) => string {
  const people = useContext(PeopleContext);
  return (subject, party) => personLabel(people, subject, party);
}
