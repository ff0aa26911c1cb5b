/**
 * Which places a student may rank: open, for the student's qualification (equivalent and replaced
 * crebos count, as in the matching's eligibility filter: `canonicalCrebos`), at the student's level and
 * in the student's pathway (bol: stageplaats, bbl: leerbaan). No I/O here.
 */
import type { Pathway, PlaceStatus } from '../db/types.ts';

export interface ChoosingStudent {
  qualification_crebo: string;
  level: number;
  pathway: Pathway;
}

export interface ChoosablePlace {
  status: PlaceStatus;
  qualification_crebo: string;
  level: number;
  pathway: Pathway;
}

export type ChoiceMismatch = 'closed' | 'qualification' | 'level' | 'pathway';

/** Why a student may not rank this place, or null when they may. */
export function choiceMismatch(
  student: ChoosingStudent,
  place: ChoosablePlace,
  canonical: (crebo: string) => string,
): ChoiceMismatch | null {
  if (place.status !== 'OPEN') return 'closed';
  if (canonical(place.qualification_crebo) !== canonical(student.qualification_crebo)) return 'qualification';
  if (place.level !== student.level) return 'level';
  if (place.pathway !== student.pathway) return 'pathway';
  return null;
}

const PATHWAY_WORDS: Record<Pathway, string> = { BOL: 'bol (stageplaats)', BBL: 'bbl (leerbaan)' };

/**
 * The Dutch refusal of one ranked choice, naming its slot ("Keuze 2"). It never names the place:
 * a closed place's details stay with the company, SBB and institutions.
 */
export function choiceMismatchMessage(
  index: number,
  mismatch: ChoiceMismatch,
  student: ChoosingStudent,
  place: ChoosablePlace,
): string {
  const slot = `Keuze ${index + 1}`;
  switch (mismatch) {
    case 'closed':
      return `${slot} is een gesloten plaats. Kies een plaats die open staat.`;
    case 'qualification':
      return `${slot} is een plaats voor een andere opleiding (crebo ${place.qualification_crebo}) dan die van de student (crebo ${student.qualification_crebo} of een gelijkwaardige).`;
    case 'level':
      return `${slot} is een plaats op niveau ${place.level}; de student volgt niveau ${student.level}.`;
    case 'pathway':
      return `${slot} is een plaats voor de ${PATHWAY_WORDS[place.pathway]}; de student volgt de ${PATHWAY_WORDS[student.pathway]}.`;
  }
}

/** The crebos in the same group of equivalents as `crebo` (itself included), for a filter on places. */
export function equivalentGroup(
  crebo: string,
  pairs: ReadonlyArray<readonly [string, string]>,
  canonical: (crebo: string) => string,
): string[] {
  const root = canonical(crebo);
  const group = new Set([crebo]);
  for (const [a, b] of pairs) {
    if (canonical(a) === root) group.add(a);
    if (canonical(b) === root) group.add(b);
  }
  return [...group].sort();
}
