import { type Kysely, sql, type Transaction } from 'kysely';
import type { PlacementsDatabase, RoundStatus } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

/**
 * The rounds a student takes part in, as the student sees them: the round, the own request and the own
 * ranked choices, and the own result only for a confirmed round. Never the lottery number and never
 * another student's row: the result is joined on the student's own key and its lottery is not selected.
 */
export interface StudentRoundRecord {
  student_id: string;
  round_id: string;
  name: string;
  status: RoundStatus;
  period_start: string;
  period_end: string;
  confirmed_at: Date | null;
  requests_accessible_place: boolean;
  choices_at: Date | null;
  /** Place ids, best first. */
  choices: string[];
  /** The own result; null while the round is not confirmed (or has no result for the student). */
  result: StudentRoundResultRecord | null;
}

export interface StudentRoundResultRecord {
  place_id: string | null;
  rank: number | null;
  reason: string;
  adjusted: boolean;
  adjustment_reason: string | null;
  dropped_at_confirmation: boolean;
}

/** One query for the rounds of many students, newest round first per student. */
export async function findRoundsOfStudents(db: Db, studentIds: readonly string[]): Promise<StudentRoundRecord[]> {
  if (studentIds.length === 0) return [];
  const rows = await db
    .selectFrom('round_student as rs')
    .innerJoin('matching_round as r', 'r.id', 'rs.round_id')
    .leftJoin('round_result as rr', (join) =>
      join
        .onRef('rr.round_id', '=', 'rs.round_id')
        .onRef('rr.student_id', '=', 'rs.student_id')
        .on('r.status', '=', 'CONFIRMED'),
    )
    .select([
      'rs.student_id',
      'rs.round_id',
      'r.name',
      'r.status',
      'r.confirmed_at',
      'rs.requests_accessible_place',
      'rs.choices_at',
      'rr.place_id',
      'rr.rank',
      'rr.reason',
      'rr.adjusted',
      'rr.adjustment_reason',
      'rr.dropped_at_confirmation',
    ])
    .select([
      sql<string>`to_char(r.period_start, 'YYYY-MM-DD')`.as('period_start'),
      sql<string>`to_char(r.period_end, 'YYYY-MM-DD')`.as('period_end'),
      sql<string[] | null>`(select json_agg(c.place_id order by c.rank) from round_choice c
        where c.round_id = rs.round_id and c.student_id = rs.student_id)`.as('choices'),
    ])
    .where('rs.student_id', 'in', studentIds)
    .orderBy('rs.student_id')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    student_id: row.student_id,
    round_id: row.round_id,
    name: row.name,
    status: row.status,
    period_start: row.period_start,
    period_end: row.period_end,
    confirmed_at: row.confirmed_at,
    requests_accessible_place: row.requests_accessible_place,
    choices_at: row.choices_at,
    choices: row.choices ?? [],
    result:
      row.reason === null
        ? null
        : {
            place_id: row.place_id,
            rank: row.rank,
            reason: row.reason,
            adjusted: row.adjusted ?? false,
            adjustment_reason: row.adjustment_reason,
            dropped_at_confirmation: row.dropped_at_confirmation ?? false,
          },
  }));
}
