import { type Kysely, sql, type Transaction } from 'kysely';
import { todayInNetherlands } from '../domain/places.ts';
import type { RoundOutcome } from '../domain/rounds.ts';
import type { Pathway, PlacementsDatabase, PlaceStatus } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

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

/** A place past its end date (Dutch calendar day) is closed for matching too — issue 9 §5. */
const effectiveStatus = () =>
  sql<PlaceStatus>`case when ends_on < ${todayInNetherlands()}::date then 'CLOSED' else status end`.as('status');

/**
 * Places as the matching sees them: open only when OPEN and published under an ACTIVE accreditation of
 * its company for the qualification or an equivalent crebo — DOMAIN.md §1 (Erkenningsreglement).
 */
export function findPlacesForMatching(db: Db, placeIds: readonly string[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place')
    .select(['id', 'company_id', 'qualification_crebo', 'level', 'pathway', 'capacity'])
    .select([
      effectiveStatus(),
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
    .select(['id', 'company_id', 'capacity'])
    .select(effectiveStatus())
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
