import type { Kysely } from 'kysely';
import type { FundingDatabase } from '../db/types.ts';
import { seedAllocations } from './allocations.ts';
import { seedFundingDemo } from './demo-funding.ts';

/** Seeds the published allocation table (reference data) and the demo plans and praktijkleren years; once each. */
export async function seedFunding(db: Kysely<FundingDatabase>): Promise<{ inserted: number }> {
  const allocations = await seedAllocations(db);
  return { inserted: allocations.inserted + (await seedFundingDemo(db)) };
}
