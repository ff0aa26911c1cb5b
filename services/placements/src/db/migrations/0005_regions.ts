import { type Kysely, sql } from 'kysely';

/** UWV labour-market regions and the municipalities in them; filled from labour-market-regions.ts by the seed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('labour_market_region')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('municipality_region')
    .addColumn('municipality_code', 'text', (c) => c.primaryKey().check(sql`municipality_code ~ '^[0-9]{4}$'`))
    .addColumn('region_code', 'text', (c) => c.notNull().references('labour_market_region.code'))
    .execute();
}
