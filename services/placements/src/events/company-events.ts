import type { Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';
import { mainSector, SBB_SECTORS } from '../domain/sectors.ts';
import { appendEvent } from './outbox.ts';

/**
 * Tells the other services which companies exist, in which labour-market region and in which SBB sector
 * (reports counts reports per region and per sector with it): one CompanyRegistered event per company, in
 * the transaction that registered them.
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
  const sectors = await trx
    .selectFrom('accreditation')
    .innerJoin('qualification', 'qualification.crebo', 'accreditation.qualification_crebo')
    .select(['accreditation.company_id', 'qualification.sector_code'])
    .where('accreditation.company_id', 'in', companyIds)
    .execute();
  for (const row of rows) {
    const sector = mainSector(sectors.filter((s) => s.company_id === row.id).map((s) => s.sector_code));
    await appendEvent(trx, 'CompanyRegistered', row.id, {
      companyId: row.id,
      name: row.name,
      municipalityCode: row.municipality_code,
      regionCode: row.region_code,
      regionName: row.region_name,
      sectorCode: sector,
      sectorName: sector ? SBB_SECTORS[sector] : null,
    });
  }
}
