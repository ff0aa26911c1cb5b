import type { Caller } from '@stelsel/auth';
import { batchLoader, groupBy } from '@stelsel/db-kit';
import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely } from 'kysely';
import {
  findAccreditationsByCompanies,
  findEquivalentQualifications,
  findEventsByAccreditations,
} from './db/accreditations.ts';
import { createAgreementLoaders } from './db/agreements.ts';
import { findCompaniesByIds } from './db/companies.ts';
import { findInstitutionsByIds } from './db/institutions.ts';
import { createMatchingLoaders } from './db/matching-loaders.ts';
import { countTakenSeatsByPlaces } from './db/place-seats.ts';
import { findPlacesByCompanies } from './db/places.ts';
import { findStudentPlaceView } from './db/student-places.ts';
import { findStudentsByIds } from './db/students.ts';
import type { PlacementsDatabase } from './db/types.ts';

function createLoaders(db: Kysely<PlacementsDatabase>) {
  return {
    ...createMatchingLoaders(db),
    ...createAgreementLoaders(db),
    institution: batchLoader(async (ids: readonly string[]) => {
      const rows = await findInstitutionsByIds(db, ids);
      return new Map(rows.map((row) => [row.id, row]));
    }),
    student: batchLoader(async (ids: readonly string[]) => {
      const rows = await findStudentsByIds(db, ids);
      return new Map(rows.map((row) => [row.id, row]));
    }),
    company: batchLoader(async (ids: readonly string[]) => {
      const rows = await findCompaniesByIds(db, ids);
      return new Map(rows.map((row) => [row.id, row]));
    }),
    accreditationsOfCompany: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findAccreditationsByCompanies(db, ids), (row) => row.company_id),
    ),
    placesOfCompany: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findPlacesByCompanies(db, ids), (row) => row.company_id),
    ),
    seatsTakenOfPlace: batchLoader((ids: readonly string[]) => countTakenSeatsByPlaces(db, ids)),
    accreditationHistory: batchLoader(async (ids: readonly number[]) =>
      groupBy(ids, await findEventsByAccreditations(db, ids), (row) => row.accreditation_id),
    ),
    equivalentQualifications: batchLoader((crebos: readonly string[]) => findEquivalentQualifications(db, crebos)),
    /** Which places a student may see (`domain/access.ts`: placeRefusal, addressVisibleTo). */
    studentPlaceView: batchLoader(async (ids: readonly string[]) => {
      const views = await Promise.all(ids.map((id) => findStudentPlaceView(db, id)));
      return new Map(ids.flatMap((id, i) => (views[i] ? [[id, views[i]] as const] : [])));
    }),
  };
}

export interface PlacementsContext extends BaseContext {
  db: Kysely<PlacementsDatabase>;
  /** Per-request batch loaders, so lists and entity references are one query per type, not one per row. */
  loaders: ReturnType<typeof createLoaders>;
}

export function createPlacementsContext(caller: Caller, db: Kysely<PlacementsDatabase>): PlacementsContext {
  return { caller, db, loaders: createLoaders(db) };
}
