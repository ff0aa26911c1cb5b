import { type Kysely, sql, type Transaction } from 'kysely';
import type { PlacementsDatabase, RoundStatus } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

function selectRounds(db: Db) {
  return db
    .selectFrom('matching_round')
    .select([
      'id',
      'institution_id',
      'name',
      'qualification_crebos',
      'status',
      'seed',
      'created_at',
      'created_by',
      'ran_at',
      'ran_by',
      'confirmed_at',
      'confirmed_by',
    ])
    .select([
      sql<string>`to_char(period_start, 'YYYY-MM-DD')`.as('period_start'),
      sql<string>`to_char(period_end, 'YYYY-MM-DD')`.as('period_end'),
    ]);
}

export type RoundRecord = Awaited<ReturnType<ReturnType<typeof selectRounds>['execute']>>[number];

export function findRoundsByIds(db: Db, ids: readonly string[]): Promise<RoundRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectRounds(db).where('id', 'in', ids).execute();
}

export function findRoundsByInstitution(db: Db, institutionId: string): Promise<RoundRecord[]> {
  return selectRounds(db)
    .where('institution_id', '=', institutionId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** The round with its row locked until the transaction ends: runs, adjustments and confirmation take turns. */
export function lockRound(trx: Transaction<PlacementsDatabase>, id: string): Promise<RoundRecord | undefined> {
  return selectRounds(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertRound(
  trx: Transaction<PlacementsDatabase>,
  round: {
    id: string;
    institutionId: string;
    name: string;
    periodStart: string;
    periodEnd: string;
    qualificationCrebos: readonly string[] | null;
    createdBy: string;
  },
  studentIds: readonly string[],
): Promise<void> {
  await trx
    .insertInto('matching_round')
    .values({
      id: round.id,
      institution_id: round.institutionId,
      name: round.name,
      period_start: round.periodStart,
      period_end: round.periodEnd,
      qualification_crebos: round.qualificationCrebos ? JSON.stringify(round.qualificationCrebos) : null,
      status: 'DRAFT',
      seed: null,
      created_by: round.createdBy,
      ran_at: null,
      ran_by: null,
      confirmed_at: null,
      confirmed_by: null,
    })
    .execute();
  for (let start = 0; start < studentIds.length; start += 1000) {
    await trx
      .insertInto('round_student')
      .values(
        studentIds
          .slice(start, start + 1000)
          .map((student_id) => ({ round_id: round.id, student_id, choices_by: null })),
      )
      .execute();
  }
}

export async function setRoundStatus(
  trx: Transaction<PlacementsDatabase>,
  id: string,
  status: RoundStatus,
  by: string,
  seed?: number,
): Promise<void> {
  await trx
    .updateTable('matching_round')
    .set(
      status === 'RUN'
        ? { status, seed: seed ?? null, ran_at: sql<string>`now()`, ran_by: by }
        : { status, confirmed_at: sql<string>`now()`, confirmed_by: by },
    )
    .where('id', '=', id)
    .execute();
}

/** Students in rounds not yet confirmed (other than `exceptRound`): a student is in one open round at a time. */
export async function findStudentsInOpenRounds(
  db: Db,
  studentIds: readonly string[],
  exceptRound?: string,
): Promise<string[]> {
  if (studentIds.length === 0) return [];
  let query = db
    .selectFrom('round_student')
    .innerJoin('matching_round', 'matching_round.id', 'round_student.round_id')
    .select('round_student.student_id')
    .where('round_student.student_id', 'in', studentIds)
    .where('matching_round.status', '!=', 'CONFIRMED');
  if (exceptRound) query = query.where('matching_round.id', '!=', exceptRound);
  return (await query.execute()).map((row) => row.student_id);
}

export function findRoundStudent(db: Db, roundId: string, studentId: string) {
  return db
    .selectFrom('round_student')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('student_id', '=', studentId)
    .executeTakeFirst();
}

export async function replaceChoices(
  trx: Transaction<PlacementsDatabase>,
  roundId: string,
  studentId: string,
  placeIds: readonly string[],
  requestsAccessiblePlace: boolean,
  by: string,
): Promise<void> {
  await trx.deleteFrom('round_choice').where('round_id', '=', roundId).where('student_id', '=', studentId).execute();
  if (placeIds.length > 0) {
    await trx
      .insertInto('round_choice')
      .values(placeIds.map((place_id, i) => ({ round_id: roundId, student_id: studentId, place_id, rank: i + 1 })))
      .execute();
  }
  await trx
    .updateTable('round_student')
    .set({ requests_accessible_place: requestsAccessiblePlace, choices_at: sql<string>`now()`, choices_by: by })
    .where('round_id', '=', roundId)
    .where('student_id', '=', studentId)
    .execute();
}

export interface RoundEntryRecord {
  round_id: string;
  student_id: string;
  requests_accessible_place: boolean;
  /** Place ids, best first. */
  choices: string[];
}

/** Students of rounds with their ranked choices, aggregated in the database: one row per student. */
export async function findRoundEntries(db: Db, roundIds: readonly string[]): Promise<RoundEntryRecord[]> {
  if (roundIds.length === 0) return [];
  const rows = await db
    .selectFrom('round_student as rs')
    .select(['rs.round_id', 'rs.student_id', 'rs.requests_accessible_place'])
    .select(
      sql<string[] | null>`(select json_agg(c.place_id order by c.rank) from round_choice c
        where c.round_id = rs.round_id and c.student_id = rs.student_id)`.as('choices'),
    )
    .where('rs.round_id', 'in', roundIds)
    .orderBy('rs.round_id')
    .orderBy('rs.student_id')
    .execute();
  return rows.map((row) => ({ ...row, choices: row.choices ?? [] }));
}

export interface RoundProgressRecord {
  round_id: string;
  students: number;
  with_choices: number;
  matched: number;
  unmatched: number;
  adjusted: number;
  dropped: number;
}

/** Counts for the progress of rounds, without loading every student's choices. */
export async function findRoundProgress(db: Db, roundIds: readonly string[]): Promise<RoundProgressRecord[]> {
  if (roundIds.length === 0) return [];
  const rows = await db
    .selectFrom('round_student as rs')
    .leftJoin('round_result as rr', (join) =>
      join.onRef('rr.round_id', '=', 'rs.round_id').onRef('rr.student_id', '=', 'rs.student_id'),
    )
    .select('rs.round_id')
    .select([
      sql<string>`count(*)`.as('students'),
      sql<string>`count(*) filter (where exists (select 1 from round_choice c
        where c.round_id = rs.round_id and c.student_id = rs.student_id))`.as('with_choices'),
      sql<string>`count(*) filter (where rr.place_id is not null and not rr.dropped_at_confirmation)`.as('matched'),
      sql<string>`count(*) filter (where rr.student_id is not null
        and (rr.place_id is null or rr.dropped_at_confirmation))`.as('unmatched'),
      sql<string>`count(*) filter (where rr.adjusted)`.as('adjusted'),
      sql<string>`count(*) filter (where rr.dropped_at_confirmation)`.as('dropped'),
    ])
    .where('rs.round_id', 'in', roundIds)
    .groupBy('rs.round_id')
    .execute();
  return rows.map((row) => ({
    round_id: row.round_id,
    students: Number(row.students),
    with_choices: Number(row.with_choices),
    matched: Number(row.matched),
    unmatched: Number(row.unmatched),
    adjusted: Number(row.adjusted),
    dropped: Number(row.dropped),
  }));
}
