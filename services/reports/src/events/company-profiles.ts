import type { DomainEvent, EventHandler } from '@stelsel/events';
import { saveCompanyProfile } from '../db/statistics.ts';
import type { ReportsDatabase } from '../db/types.ts';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Keeps each company's labour-market region and SBB sector from placements' CompanyRegistered events (byRegion, bySector). */
export const companyProfiles: EventHandler<ReportsDatabase> = {
  source: 'placements',
  types: ['CompanyRegistered'],
  async handle(trx, event: DomainEvent) {
    const companyId = text(event.payload.companyId);
    const name = text(event.payload.name);
    if (!companyId || !name) throw new Error(`Onvolledig leerbedrijf in event ${event.id}.`);
    await saveCompanyProfile(trx, {
      companyId,
      name,
      regionCode: text(event.payload.regionCode),
      regionName: text(event.payload.regionName),
      sectorCode: text(event.payload.sectorCode),
      sectorName: text(event.payload.sectorName),
    });
  },
};
