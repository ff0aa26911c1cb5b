import { type Kysely, sql, type Transaction } from 'kysely';
import type { RoundOutcome } from '../domain/rounds.ts';
import type { Pathway, PlacementsDatabase, RoundStatus } from './types.ts';

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

/**
 * What a run needs of the students: qualification, level, pathway and the accessibility request only —
 * no name, origin, gender, age or disability (Stagepact 2023–2027: blind matching).
 */
export async function findRoundStudentsForRun(db: Db, roundId: string) {
  const rows = await db
    .selectFrom('round_student as rs')
    .innerJoin('student', 'student.id', 'rs.student_id')
    .select([
      'student.id',
      'student.qualification_crebo',
      'student.level',
      'student.pathway',
      'rs.requests_accessible_place',
    ])
    .select(
      sql<string[] | null>`(select json_agg(c.place_id order by c.rank) from round_choice c
        where c.round_id = rs.round_id and c.student_id = rs.student_id)`.as('choices'),
    )
    .where('rs.round_id', '=', roundId)
    .orderBy('student.id')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    crebo: s.qualification_crebo,
    level: s.level,
    pathway: s.pathway as Pathway,
    requestsAccessiblePlace: s.requests_accessible_place,
    choices: s.choices ?? [],
  }));
}

/**
 * Places as the matching sees them: open only when OPEN and published under an ACTIVE accreditation of
 * its company for the qualification or an equivalent crebo — DOMAIN.md §1 (Erkenningsreglement).
 */
export function findPlacesForMatching(db: Db, placeIds: readonly string[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place')
    .select(['id', 'company_id', 'status', 'qualification_crebo', 'level', 'pathway', 'capacity'])
    .select([
      sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(ends_on, 'YYYY-MM-DD')`.as('ends_on'),
      sql<boolean>`'ACCESSIBLE_WORKPLACE' = any(inclusive_markers)`.as('accessible'),
      sql<boolean>`exists (
        select 1 from accreditation a
        where a.company_id = place.company_id and a.status = 'ACTIVE'
          and (a.qualification_crebo = place.qualification_crebo or exists (
            select 1 from qualification_equivalent e
            where (e.crebo = a.qualification_crebo and e.equivalent_crebo = place.qualification_crebo)
               or (e.equivalent_crebo = a.qualification_crebo and e.crebo = place.qualification_crebo))))`.as(
        'accredited',
      ),
    ])
    .where('id', 'in', [...new Set(placeIds)])
    .orderBy('id')
    .execute();
}

export type MatchingPlaceRecord = Awaited<ReturnType<typeof findPlacesForMatching>>[number];

/** Same, with the rows locked: confirmation re-checks capacity and status in its own transaction. */
export function lockPlacesForMatching(trx: Transaction<PlacementsDatabase>, placeIds: readonly string[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('place')
    .select(['id', 'company_id', 'status', 'capacity'])
    .where('id', 'in', [...new Set(placeIds)])
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function findEquivalentPairs(db: Db): Promise<Array<[string, string]>> {
  const rows = await db.selectFrom('qualification_equivalent').select(['crebo', 'equivalent_crebo']).execute();
  return rows.map((row) => [row.crebo, row.equivalent_crebo]);
}

/**
 * Replaces the round's results (a rerun discards earlier results and adjustments). One statement over
 * column arrays (unnest), so a round of thousands of students is one round trip, not thousands of parameters.
 */
export async function replaceResults(
  trx: Transaction<PlacementsDatabase>,
  roundId: string,
  outcomes: readonly RoundOutcome[],
): Promise<void> {
  await trx.deleteFrom('round_result').where('round_id', '=', roundId).execute();
  if (outcomes.length === 0) return;
  await sql`insert into round_result (round_id, student_id, place_id, rank, lottery, better_full, not_eligible, reason)
    select ${roundId}, r.student_id, r.place_id, r.rank, r.lottery, r.better_full::jsonb, r.not_eligible::jsonb, r.reason
    from unnest(
      ${outcomes.map((o) => o.studentId)}::text[], ${outcomes.map((o) => o.placeId)}::text[],
      ${outcomes.map((o) => o.rank)}::int[], ${outcomes.map((o) => o.lottery)}::int[],
      ${outcomes.map((o) => JSON.stringify(o.betterFull))}::text[], ${outcomes.map((o) => JSON.stringify(o.notEligible))}::text[],
      ${outcomes.map((o) => o.reason)}::text[]
    ) as r(student_id, place_id, rank, lottery, better_full, not_eligible, reason)`.execute(trx);
}

function selectResults(db: Db) {
  return db.selectFrom('round_result').selectAll();
}

export type RoundResultRecord = Awaited<ReturnType<ReturnType<typeof selectResults>['execute']>>[number];

export function findResultsByRounds(db: Db, roundIds: readonly string[]): Promise<RoundResultRecord[]> {
  if (roundIds.length === 0) return Promise.resolve([]);
  return selectResults(db).where('round_id', 'in', roundIds).orderBy('round_id').orderBy('student_id').execute();
}

export function findResult(db: Db, roundId: string, studentId: string) {
  return selectResults(db).where('round_id', '=', roundId).where('student_id', '=', studentId).executeTakeFirst();
}

/** Students with a place in a round that has run but is not confirmed yet. */
export async function findStudentsMatchedInOpenRounds(db: Db, studentIds: readonly string[]): Promise<Set<string>> {
  if (studentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('round_result')
    .innerJoin('matching_round', 'matching_round.id', 'round_result.round_id')
    .select('round_result.student_id')
    .where('round_result.student_id', 'in', studentIds)
    .where('round_result.place_id', 'is not', null)
    .where('matching_round.status', '=', 'RUN')
    .execute();
  return new Set(rows.map((row) => row.student_id));
}

/** Seats of these places held by other students' results in this round. */
export async function countRoundSeats(db: Db, roundId: string, placeId: string, exceptStudent: string) {
  const row = await db
    .selectFrom('round_result')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', '=', roundId)
    .where('place_id', '=', placeId)
    .where('student_id', '!=', exceptStudent)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function recordAdjustment(
  trx: Transaction<PlacementsDatabase>,
  roundId: string,
  studentId: string,
  adjustment: { placeId: string | null; rank: number | null; reason: string; by: string },
): Promise<void> {
  await trx
    .updateTable('round_result')
    .set({
      place_id: adjustment.placeId,
      rank: adjustment.rank,
      adjusted: true,
      adjustment_reason: adjustment.reason,
      adjusted_by: adjustment.by,
      adjusted_at: sql<string>`now()`,
    })
    .where('round_id', '=', roundId)
    .where('student_id', '=', studentId)
    .execute();
}

export async function markDropped(
  trx: Transaction<PlacementsDatabase>,
  roundId: string,
  studentIds: readonly string[],
): Promise<void> {
  if (studentIds.length === 0) return;
  await trx
    .updateTable('round_result')
    .set({ dropped_at_confirmation: true })
    .where('round_id', '=', roundId)
    .where('student_id', 'in', studentIds)
    .execute();
}

/**
 * Closed places leave every unconfirmed round — issue 4 (an accreditation suspended or withdrawn): the
 * students matched there in a round that has run lose the place and are told why; draft rounds filter
 * the place out when they run. For the accreditation change to call in its own transaction.
 */
export async function releasePlacesFromOpenRounds(
  trx: Transaction<PlacementsDatabase>,
  placeIds: readonly string[],
  reason: string,
): Promise<string[]> {
  if (placeIds.length === 0) return [];
  const rows = await trx
    .updateTable('round_result')
    .set({ place_id: null, rank: null, reason, adjusted: false, adjustment_reason: null })
    .where('place_id', 'in', placeIds)
    .where('round_id', 'in', (eb) => eb.selectFrom('matching_round').select('id').where('status', '=', 'RUN'))
    .returning('student_id')
    .execute();
  return rows.map((row) => row.student_id).sort();
}

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
