import { BASIC_SKILLS, basicSkillsBooksEntitlement, type Enrolment } from './book-entitlement.ts';
import { daysBetween, dutchToday } from './calendar-day.ts';
import { refundOverdue } from './refunds.ts';
import type { SchoolYear } from './school-year.ts';

/**
 * Counts that leave the institution are suppressed when 1–4 (DOMAIN.md §2: aggregates other than reports
 * suppress 1–4); 0 is shown. A share is left out when either of its counts is suppressed.
 */
export const SMALL_CELL_MAX = 4;

export interface Cell {
  count: number | null;
  suppressed: boolean;
}

export const cell = (n: number): Cell =>
  n >= 1 && n <= SMALL_CELL_MAX ? { count: null, suppressed: true } : { count: n, suppressed: false };

export interface MeasuresRow {
  institutionId: string | null;
  students: Cell;
  entitledStudents: Cell;
  studentsWithAllBooks: Cell;
  /** Entitled students who received books or licences for all three basic skills, 0–1; null when suppressed. */
  shareWithAllBooks: number | null;
  cardsIssued: Cell;
  refundRequests: Cell;
  refundsDecided: Cell;
  refundsOverdue: Cell;
  /** Median days from request to decision; null when the decided count is suppressed or 0. */
  medianDaysToDecide: number | null;
}

interface Tally {
  students: number;
  entitled: number;
  allBooks: number;
  cards: number;
  requests: number;
  decided: number;
  overdue: number;
  days: number[];
}

export interface MeasuresInput {
  students: (Enrolment & { studentId: string; institutionId: string })[];
  /** student_id → subjects provided in the year */
  provided: Map<string, Set<string>>;
  cardsByInstitution: Map<string, number>;
  refunds: {
    institution_id: string;
    school_year: string;
    status: string;
    requested_on: string;
    decided_on: string | null;
    decide_by: string;
  }[];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function row(institutionId: string | null, t: Tally): MeasuresRow {
  const entitled = cell(t.entitled);
  const allBooks = cell(t.allBooks);
  const decided = cell(t.decided);
  return {
    institutionId,
    students: cell(t.students),
    entitledStudents: entitled,
    studentsWithAllBooks: allBooks,
    shareWithAllBooks:
      entitled.suppressed || allBooks.suppressed || t.entitled === 0
        ? null
        : Math.round((t.allBooks / t.entitled) * 1000) / 1000,
    cardsIssued: cell(t.cards),
    refundRequests: cell(t.requests),
    refundsDecided: decided,
    refundsOverdue: cell(t.overdue),
    medianDaysToDecide: decided.suppressed ? null : median(t.days),
  };
}

/** The national view per institution and in total: books (share of entitled with all three), cards, refunds. */
export function studentMeasures(input: MeasuresInput, year: SchoolYear, today = dutchToday()) {
  const tallies = new Map<string, Tally>();
  const tally = (id: string) => {
    let t = tallies.get(id);
    if (!t) {
      t = { students: 0, entitled: 0, allBooks: 0, cards: 0, requests: 0, decided: 0, overdue: 0, days: [] };
      tallies.set(id, t);
    }
    return t;
  };
  for (const student of input.students) {
    const t = tally(student.institutionId);
    t.students += 1;
    if (!basicSkillsBooksEntitlement(student, year).entitled) continue;
    t.entitled += 1;
    const got = input.provided.get(student.studentId);
    if (got && BASIC_SKILLS.every((s) => got.has(s))) t.allBooks += 1;
  }
  for (const [institutionId, n] of input.cardsByInstitution) tally(institutionId).cards = n;
  for (const refund of input.refunds.filter((r) => r.school_year === year.label)) {
    const t = tally(refund.institution_id);
    t.requests += 1;
    if (refund.decided_on) {
      t.decided += 1;
      t.days.push(daysBetween(refund.requested_on, refund.decided_on));
    } else if (refundOverdue(refund, today)) t.overdue += 1;
  }
  const total: Tally = {
    students: 0,
    entitled: 0,
    allBooks: 0,
    cards: 0,
    requests: 0,
    decided: 0,
    overdue: 0,
    days: [],
  };
  for (const t of tallies.values()) {
    total.students += t.students;
    total.entitled += t.entitled;
    total.allBooks += t.allBooks;
    total.cards += t.cards;
    total.requests += t.requests;
    total.decided += t.decided;
    total.overdue += t.overdue;
    total.days.push(...t.days);
  }
  return {
    national: row(null, total),
    institutions: [...tallies.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, t]) => row(id, t)),
  };
}
