import type { Caller } from '@stelsel/auth';
import { batchLoader } from '@stelsel/db-kit';
import type { BaseContext } from '@stelsel/graphql-kit';
import type { Kysely, Selectable } from 'kysely';
import { findIntroWeeks, findMunicipalitiesByCodes } from './db/municipalities.ts';
import type { EqualTreatmentDatabase, IntroWeekTable, MunicipalityTable } from './db/types.ts';

export interface EqualTreatmentContext extends BaseContext {
  db: Kysely<EqualTreatmentDatabase>;
  loaders: EqualTreatmentLoaders;
}

export interface EqualTreatmentLoaders {
  municipality: (code: string) => Promise<Selectable<MunicipalityTable> | null>;
  introWeek: (year: number) => (code: string) => Promise<Selectable<IntroWeekTable> | null>;
}

/** The context of one request: the verified caller, the database and that request's batch loaders. */
export function createEqualTreatmentContext(caller: Caller, db: Kysely<EqualTreatmentDatabase>): EqualTreatmentContext {
  const introWeekByYear = new Map<number, (code: string) => Promise<Selectable<IntroWeekTable> | null>>();
  return {
    caller,
    db,
    loaders: {
      municipality: batchLoader(async (codes) => {
        const rows = await findMunicipalitiesByCodes(db, codes);
        return new Map(rows.map((r) => [r.code, r]));
      }),
      introWeek: (year) => {
        let loader = introWeekByYear.get(year);
        if (!loader) {
          loader = batchLoader(async (codes) => {
            const rows = await findIntroWeeks(db, year, codes);
            return new Map(rows.map((r) => [r.municipality_code, r]));
          });
          introWeekByYear.set(year, loader);
        }
        return loader;
      },
    },
  };
}
