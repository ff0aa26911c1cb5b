import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { matchRespondBy, matchResponseDays } from '../domain/deadlines.ts';
import { todayInNetherlands } from '../domain/places.ts';
import { SEAT_HOLDING } from '../domain/rounds.ts';
import type { DeclineReason, PlacementEventTable, PlacementsDatabase, PlacementTable } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

/** Seats taken per place by placements that hold one (confirmed, accepted, active); 0 for a place without any. */
export async function countTakenSeats(db: Db, placeIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(placeIds.map((id) => [id, 0]));
  if (placeIds.length === 0) return counts;
  const rows = await db
    .selectFrom('placement')
    .select(['place_id', (eb) => eb.fn.countAll<string>().as('taken')])
    .where('place_id', 'in', [...new Set(placeIds)])
    .where('status', 'in', SEAT_HOLDING)
    .groupBy('place_id')
    .execute();
  for (const row of rows) counts.set(row.place_id, Number(row.taken));
  return counts;
}

/**
 * A placement with the status of its company's accreditation for the place's qualification (or an
 * equivalent crebo): withdrawn means the student needs a replacement placement — DOMAIN.md §1.
 */
function selectPlacements(db: Db) {
  return db
    .selectFrom('placement')
    .innerJoin('place', 'place.id', 'placement.place_id')
    .selectAll('placement')
    .select(sql<string>`to_char(placement.respond_by, 'YYYY-MM-DD')`.as('respond_on'))
    .select(
      sql<boolean>`exists (
        select 1 from accreditation a
        where a.company_id = placement.company_id and a.status = 'WITHDRAWN'
          and (a.qualification_crebo = place.qualification_crebo or exists (
            select 1 from qualification_equivalent e
            where (e.crebo = a.qualification_crebo and e.equivalent_crebo = place.qualification_crebo)
               or (e.equivalent_crebo = a.qualification_crebo and e.crebo = place.qualification_crebo))))`.as(
        'accreditation_withdrawn',
      ),
    );
}

export type PlacementRecord = Selectable<PlacementTable> & {
  accreditation_withdrawn: boolean;
  /** `respond_by` as `JJJJ-MM-DD`. */
  respond_on: string;
};

export function findPlacementsByIds(db: Db, ids: readonly string[]): Promise<PlacementRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectPlacements(db).where('placement.id', 'in', ids).execute();
}

/** A company's placements; they exist only after the institution confirmed the match — issue 4 (blind). */
export function findPlacementsByCompanies(db: Db, companyIds: readonly string[]): Promise<PlacementRecord[]> {
  if (companyIds.length === 0) return Promise.resolve([]);
  return selectPlacements(db)
    .where('placement.company_id', 'in', companyIds)
    .orderBy('placement.created_at', 'desc')
    .orderBy('placement.id')
    .execute();
}

/** The newest placement per student (a declined one is kept until a new one replaces it). */
export async function findLatestPlacementsByStudents(
  db: Db,
  studentIds: readonly string[],
): Promise<Map<string, PlacementRecord>> {
  const latest = new Map<string, PlacementRecord>();
  if (studentIds.length === 0) return latest;
  const rows = await selectPlacements(db)
    .where('placement.student_id', 'in', studentIds)
    .orderBy('placement.created_at', 'desc')
    .orderBy('placement.id', 'desc')
    .execute();
  for (const row of rows) if (!latest.has(row.student_id)) latest.set(row.student_id, row);
  return latest;
}

/**
 * Inserts confirmed placements; a row without `respond_by` gets the company's last day to answer:
 * MATCH_RESPONSE_DAYS (default 14) calendar days from today in the Netherlands — issue 9 §5.
 */
export async function insertPlacements(
  trx: Transaction<PlacementsDatabase>,
  rows: readonly Insertable<PlacementTable>[],
  by: string,
): Promise<void> {
  const respondBy = matchRespondBy(todayInNetherlands(), matchResponseDays(process.env));
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500).map((row) => ({ ...row, respond_by: row.respond_by ?? respondBy }));
    await trx.insertInto('placement').values(chunk).execute();
    await trx
      .insertInto('placement_event')
      .values(chunk.map((row) => ({ placement_id: row.id, by, what: 'CONFIRMED' as const, detail: null })))
      .execute();
  }
}

/** Locks the placement until the transaction ends, so two answers cannot both win. */
export function lockPlacement(trx: Transaction<PlacementsDatabase>, id: string) {
  return trx
    .selectFrom('placement')
    .selectAll()
    .select(sql<string>`to_char(respond_by, 'YYYY-MM-DD')`.as('respond_on'))
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function recordResponse(
  trx: Transaction<PlacementsDatabase>,
  id: string,
  by: string,
  response: { accept: true } | { accept: false; reason: DeclineReason; explanation: string | null },
): Promise<void> {
  await trx
    .updateTable('placement')
    .set({
      status: response.accept ? 'ACCEPTED' : 'DECLINED',
      responded_at: sql<string>`now()`,
      responded_by: by,
      decline_reason: response.accept ? null : response.reason,
      decline_explanation: response.accept ? null : response.explanation,
    })
    .where('id', '=', id)
    .execute();
  await trx
    .insertInto('placement_event')
    .values({
      placement_id: id,
      by,
      what: response.accept ? 'ACCEPTED' : 'DECLINED',
      detail: response.accept ? null : [response.reason, response.explanation].filter(Boolean).join(': '),
    })
    .execute();
}

export type PlacementEventRecord = Selectable<PlacementEventTable>;

export function findEventsByPlacements(db: Db, placementIds: readonly string[]): Promise<PlacementEventRecord[]> {
  if (placementIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('placement_event').selectAll().where('placement_id', 'in', placementIds).orderBy('id').execute();
}
