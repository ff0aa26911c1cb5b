import { randomUUID } from 'node:crypto';
import type { Database } from '@stelsel/db-kit';
import { createTestDatabase } from '@stelsel/db-kit/testing';
import { applyOnce, type DomainEvent } from '@stelsel/events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.ts';
import type { ReportsDatabase } from '../src/db/types.ts';
import { companyProfiles } from '../src/events/company-profiles.ts';

let database: Database<ReportsDatabase>;
beforeAll(async () => {
  database = await createTestDatabase<ReportsDatabase>('reports-profiles', migrations);
});
afterAll(() => database.close());

const registered = (payload: Record<string, string | null>): DomainEvent => ({
  id: randomUUID(),
  source: 'placements',
  type: 'CompanyRegistered',
  aggregateId: String(payload.companyId),
  sequence: 1,
  occurredAt: new Date().toISOString(),
  payload,
});

it('keeps the region and sector placements announces for a company, once per event, the newest winning', async () => {
  const event = registered({ companyId: 'kvk-90000001', name: 'Maasstad', regionCode: 'RM', regionName: 'Rijnmond' });
  expect(await applyOnce(database.db, 'reports', event, companyProfiles)).toBe('applied');
  expect(await applyOnce(database.db, 'reports', event, companyProfiles)).toBe('duplicate');
  const moved = registered({
    companyId: 'kvk-90000001',
    name: 'Maasstad',
    regionCode: null,
    regionName: null,
    sectorCode: 'ZWS',
    sectorName: 'Zorg, welzijn en sport',
  });
  expect(await applyOnce(database.db, 'reports', moved, companyProfiles)).toBe('applied');
  const rows = await database.db
    .selectFrom('company_profile')
    .select(['company_id', 'region_code', 'sector_code', 'sector_name'])
    .execute();
  expect(rows).toEqual([
    { company_id: 'kvk-90000001', region_code: null, sector_code: 'ZWS', sector_name: 'Zorg, welzijn en sport' },
  ]);
  await expect(
    applyOnce(database.db, 'reports', registered({ companyId: 'kvk-1', name: '' }), companyProfiles),
  ).rejects.toThrow('Onvolledig');
});
