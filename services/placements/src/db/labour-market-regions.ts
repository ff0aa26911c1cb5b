import { LABOUR_MARKET_REGIONS, MUNICIPALITY_REGIONS } from '@stelsel/reference-data';
import type { Kysely } from 'kysely';
import type { PlacementsDatabase } from './types.ts';

// The regions and which municipality lies in which are reference data (@stelsel/reference-data), shared with reports.
export {
  LABOUR_MARKET_REGIONS,
  type LabourMarketRegion,
  MUNICIPALITY_REGIONS,
  UNKNOWN_REGION,
} from '@stelsel/reference-data';

/** Writes the regions and the mapping; safe to run on every start (names are updated, nothing is removed). */
export async function syncLabourMarketRegions(db: Kysely<PlacementsDatabase>): Promise<void> {
  await db
    .insertInto('labour_market_region')
    .values([...LABOUR_MARKET_REGIONS])
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
    .execute();
  await db
    .insertInto('municipality_region')
    .values(
      Object.entries(MUNICIPALITY_REGIONS).map(([municipality_code, region_code]) => ({
        municipality_code,
        region_code,
      })),
    )
    .onConflict((oc) =>
      oc.column('municipality_code').doUpdateSet((eb) => ({ region_code: eb.ref('excluded.region_code') })),
    )
    .execute();
}

/** Whether the platform knows this CBS municipality code (its register: every municipality with a region). */
export async function municipalityKnown(db: Kysely<PlacementsDatabase>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('municipality_region')
    .select('municipality_code')
    .where('municipality_code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}
