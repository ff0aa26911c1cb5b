import { type Kysely, type Selectable, sql } from 'kysely';
import type { CompanyTable, PlacementsDatabase } from './types.ts';

export type CompanyRecord = Selectable<CompanyTable>;

export function findCompaniesByIds(db: Kysely<PlacementsDatabase>, ids: readonly string[]): Promise<CompanyRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('company').selectAll().where('id', 'in', ids).execute();
}

function selectAccreditations(db: Kysely<PlacementsDatabase>) {
  return db
    .selectFrom('accreditation')
    .innerJoin('qualification', 'qualification.crebo', 'accreditation.qualification_crebo')
    .select([
      'accreditation.id',
      'accreditation.company_id',
      'accreditation.status',
      'qualification.crebo as qualification_crebo',
      'qualification.name as qualification_name',
      'qualification.level as qualification_level',
    ])
    .select(sql<string>`to_char(accreditation.since, 'YYYY-MM-DD')`.as('since'));
}

export type AccreditationRecord = Awaited<ReturnType<ReturnType<typeof selectAccreditations>['execute']>>[number];

/** Accreditations of many companies in one query. */
export function findAccreditationsByCompanies(
  db: Kysely<PlacementsDatabase>,
  companyIds: readonly string[],
): Promise<AccreditationRecord[]> {
  if (companyIds.length === 0) return Promise.resolve([]);
  return selectAccreditations(db)
    .where('accreditation.company_id', 'in', companyIds)
    .orderBy('accreditation.company_id')
    .orderBy('qualification.crebo')
    .execute();
}

function selectPlaces(db: Kysely<PlacementsDatabase>) {
  return db
    .selectFrom('place')
    .innerJoin('qualification', 'qualification.crebo', 'place.qualification_crebo')
    .select([
      'place.id',
      'place.company_id',
      'place.title',
      'place.pathway',
      'place.level',
      'place.capacity',
      'place.municipality_code',
      'place.status',
      'qualification.crebo as qualification_crebo',
      'qualification.name as qualification_name',
      'qualification.level as qualification_level',
    ])
    .select([
      sql<string>`to_char(place.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(place.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
    ]);
}

export type PlaceRecord = Awaited<ReturnType<ReturnType<typeof selectPlaces>['execute']>>[number];

/** Places of many companies in one query. */
export function findPlacesByCompanies(
  db: Kysely<PlacementsDatabase>,
  companyIds: readonly string[],
): Promise<PlaceRecord[]> {
  if (companyIds.length === 0) return Promise.resolve([]);
  return selectPlaces(db).where('place.company_id', 'in', companyIds).orderBy('place.id').execute();
}
