import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import { todayInNetherlands } from '../domain/places.ts';
import type { Pathway, PlacementsDatabase, PlaceStatus, PlaceTable } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

/**
 * A place with its qualification; dates as `JJJJ-MM-DD` text, money as whole cents in text (int8 is not a JS number).
 * `status` is the effective one: an open place whose period ended before `today` (Dutch calendar day) is CLOSED
 * and `expired` (issue 9 §5); `stored_status` is what the company last set.
 */
function selectPlaces(db: Db, today: string = todayInNetherlands()) {
  return db
    .selectFrom('place')
    .innerJoin('qualification', 'qualification.crebo', 'place.qualification_crebo')
    .select([
      'place.id',
      'place.company_id',
      'place.title',
      'place.description',
      'place.pathway',
      'place.level',
      'place.capacity',
      'place.municipality_code',
      'place.address',
      'place.city',
      'place.hours_per_week',
      'place.inclusive_markers',
      'place.status as stored_status',
      'place.closed_reason',
      'qualification.crebo as qualification_crebo',
      'qualification.name as qualification_name',
      'qualification.level as qualification_level',
    ])
    .select([
      sql<string>`to_char(place.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(place.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
      sql<PlaceStatus>`case when place.ends_on < ${today}::date then 'CLOSED' else place.status end`.as('status'),
      sql<boolean>`place.ends_on < ${today}::date`.as('expired'),
      sql<string>`place.expense_allowance_cents::text`.as('expense_allowance_cents'),
      sql<string | null>`place.internship_wage_cents::text`.as('internship_wage_cents'),
    ]);
}

export type PlaceRecord = Awaited<ReturnType<ReturnType<typeof selectPlaces>['execute']>>[number];

/** Places of many companies in one query. */
export function findPlacesByCompanies(db: Db, companyIds: readonly string[]): Promise<PlaceRecord[]> {
  if (companyIds.length === 0) return Promise.resolve([]);
  return selectPlaces(db).where('place.company_id', 'in', companyIds).orderBy('place.id').execute();
}

export function findPlacesByIds(db: Db, ids: readonly string[]): Promise<PlaceRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectPlaces(db).where('place.id', 'in', ids).orderBy('place.id').execute();
}

/** The columns a mutation decides on, with the row locked until the transaction ends. */
export function lockPlace(trx: Transaction<PlacementsDatabase>, id: string) {
  return trx
    .selectFrom('place')
    .select(['id', 'company_id', 'status', 'qualification_crebo', 'capacity'])
    .select([
      sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(ends_on, 'YYYY-MM-DD')`.as('ends_on'),
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findQualification(db: Db, crebo: string) {
  return db
    .selectFrom('qualification')
    .select(['crebo', 'name', 'level'])
    .where('crebo', '=', crebo)
    .executeTakeFirst();
}

/** The pathway (bol or bbl) of a place; throws when the place is gone. */
export async function findPlacePathway(db: Db, id: string): Promise<Pathway> {
  const place = await db.selectFrom('place').select('pathway').where('id', '=', id).executeTakeFirstOrThrow();
  return place.pathway;
}

export type PlaceValues = Omit<Insertable<PlaceTable>, 'id' | 'company_id' | 'status' | 'closed_reason'>;

export async function insertPlace(
  trx: Transaction<PlacementsDatabase>,
  id: string,
  companyId: string,
  values: PlaceValues,
): Promise<void> {
  await trx
    .insertInto('place')
    .values({ ...values, id, company_id: companyId, status: 'OPEN', closed_reason: null })
    .execute();
}

export async function updatePlaceRow(
  trx: Transaction<PlacementsDatabase>,
  id: string,
  values: Updateable<PlaceTable>,
): Promise<void> {
  await trx
    .updateTable('place')
    .set({ ...values, updated_at: sql<string>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Closes the company's open places for these qualifications; answers the ids closed. */
export async function closeOpenPlaces(
  trx: Transaction<PlacementsDatabase>,
  companyId: string,
  crebos: readonly string[],
  reason: string,
): Promise<string[]> {
  if (crebos.length === 0) return [];
  const rows = await trx
    .updateTable('place')
    .set({ status: 'CLOSED', closed_reason: reason, updated_at: sql<string>`now()` })
    .where('company_id', '=', companyId)
    .where('qualification_crebo', 'in', crebos)
    .where('status', '=', 'OPEN')
    .returning('id')
    .execute();
  return rows.map((row) => row.id).sort();
}

export interface PlaceFilter {
  /** The crebo and its equivalents. */
  crebos?: readonly string[] | undefined;
  level?: number | undefined;
  pathway?: Pathway | undefined;
  municipalityCode?: string | undefined;
  status?: PlaceStatus | undefined;
}

/** One page of places in id order, after the place with id `after`; one row more tells whether a next page exists. */
export async function searchPlaces(
  db: Db,
  filter: PlaceFilter,
  first: number,
  after: string | null,
): Promise<{ places: PlaceRecord[]; hasNextPage: boolean }> {
  let query = selectPlaces(db);
  if (filter.crebos) query = query.where('place.qualification_crebo', 'in', filter.crebos);
  if (filter.level !== undefined) query = query.where('place.level', '=', filter.level);
  if (filter.pathway) query = query.where('place.pathway', '=', filter.pathway);
  if (filter.municipalityCode) query = query.where('place.municipality_code', '=', filter.municipalityCode);
  // The effective status: an open place past its end date is closed (issue 9 §5).
  const today = todayInNetherlands();
  if (filter.status === 'OPEN')
    query = query.where('place.status', '=', 'OPEN').where('place.ends_on', '>=', sql<Date>`${today}::date`);
  if (filter.status === 'CLOSED') {
    query = query.where((eb) =>
      eb.or([eb('place.status', '=', 'CLOSED'), eb('place.ends_on', '<', sql<Date>`${today}::date`)]),
    );
  }
  if (after !== null) query = query.where('place.id', '>', after);
  const rows = await query
    .orderBy('place.id')
    .limit(first + 1)
    .execute();
  return { places: rows.slice(0, first), hasNextPage: rows.length > first };
}
