import type { Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';
import { appendEvent } from './outbox.ts';

/**
 * Tells the other services which companies exist and in which labour-market region (reports counts
 * reports per region with it): one CompanyRegistered event per company, in the transaction that
 * registered them.
 */
export async function publishCompanies(trx: Transaction<PlacementsDatabase>, companyIds: readonly string[]) {
  if (companyIds.length === 0) return;
  const rows = await trx
    .selectFrom('company')
    .leftJoin('municipality_region', 'municipality_region.municipality_code', 'company.municipality_code')
    .leftJoin('labour_market_region', 'labour_market_region.code', 'municipality_region.region_code')
    .select([
      'company.id',
      'company.name',
      'company.municipality_code',
      'labour_market_region.code as region_code',
      'labour_market_region.name as region_name',
    ])
    .where('company.id', 'in', companyIds)
    .orderBy('company.id')
    .execute();
  for (const row of rows) {
    await appendEvent(trx, 'CompanyRegistered', row.id, {
      companyId: row.id,
      name: row.name,
      municipalityCode: row.municipality_code,
      regionCode: row.region_code,
      regionName: row.region_name,
    });
  }
}
