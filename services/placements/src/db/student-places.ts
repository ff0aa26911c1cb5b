import type { Kysely } from 'kysely';
import { SEAT_HOLDING } from '../domain/rounds.ts';
import { findEquivalentPairs } from './round-matching.ts';
import { findStudentsByIds } from './students.ts';
import type { Pathway, PlacementsDatabase } from './types.ts';

/** What decides which places a student may see: own qualification, level, pathway, own choices and placements. */
export interface StudentPlaceView {
  studentId: string;
  qualification_crebo: string;
  level: number;
  pathway: Pathway;
  /** Places the student ranked in any round. */
  chosen: ReadonlySet<string>;
  /** Places of the student's placements, whatever their status. */
  placedAt: ReadonlySet<string>;
  /** Places where the student holds a seat now (confirmed, accepted or running). */
  seatAt: ReadonlySet<string>;
  /** All pairs of equivalent crebos, for `canonicalCrebos`. */
  equivalentPairs: Array<[string, string]>;
}

/** The view of one student, or null when the student does not exist. Three small queries. */
export async function findStudentPlaceView(
  db: Kysely<PlacementsDatabase>,
  studentId: string,
): Promise<StudentPlaceView | null> {
  const [student] = await findStudentsByIds(db, [studentId]);
  if (!student) return null;
  const [choices, placements, equivalentPairs] = await Promise.all([
    db.selectFrom('round_choice').select('place_id').where('student_id', '=', studentId).execute(),
    db.selectFrom('placement').select(['place_id', 'status']).where('student_id', '=', studentId).execute(),
    findEquivalentPairs(db),
  ]);
  return {
    studentId,
    qualification_crebo: student.qualification_crebo,
    level: student.level,
    pathway: student.pathway as Pathway,
    chosen: new Set(choices.map((c) => c.place_id)),
    placedAt: new Set(placements.map((p) => p.place_id)),
    seatAt: new Set(placements.filter((p) => SEAT_HOLDING.includes(p.status)).map((p) => p.place_id)),
    equivalentPairs,
  };
}
