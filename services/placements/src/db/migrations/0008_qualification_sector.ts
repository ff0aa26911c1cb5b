import { type Kysely, sql } from 'kysely';

/**
 * The SBB sector (sectorkamer) of each qualification, so a company's sector can be told to reports (reports per
 * sector, issue 10). The demo qualifications already in a database get theirs here; new ones from the seed.
 */
const SECTOR_OF_CREBO: Record<string, string> = {
  '25655': 'ZWS',
  '25491': 'ZWS',
  '25498': 'ZWS',
  '25254': 'ZWS',
  '25604': 'ICI',
  '25187': 'ICI',
  '25180': 'VGG',
  '25125': 'TGO',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('qualification')
    .addColumn('sector_code', 'text', (c) =>
      c.check(sql`sector_code in ('MTLM', 'TGO', 'ZWS', 'HAN', 'ICI', 'VGG', 'ZDV', 'SPV')`),
    )
    .execute();
  for (const [crebo, sector] of Object.entries(SECTOR_OF_CREBO)) {
    await sql`update qualification set sector_code = ${sector} where crebo = ${crebo}`.execute(db);
  }
}
