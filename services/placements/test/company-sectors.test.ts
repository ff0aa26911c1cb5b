import { testEngines } from '@stelsel/db-kit/testing';
import { describe, expect, it } from 'vitest';
import { mainSector } from '../src/domain/sectors.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { BOUW, MAASSTAD, placementsSubgraph } from './support.ts';

describe('a company’s SBB sector', () => {
  it('is the sector of most of its accreditations; a tie goes to the first in SBB’s list; unknown is null', () => {
    expect(mainSector(['ZWS', 'ZWS', 'ICI'])).toBe('ZWS');
    expect(mainSector(['ZWS', 'TGO'])).toBe('TGO');
    expect(mainSector(['ICI', 'VGG', 'VGG', 'ICI', 'HAN'])).toBe('ICI');
    expect(mainSector([null, 'onbekend', 'ICI'])).toBe('ICI');
    expect(mainSector([])).toBeNull();
    expect(mainSector([null])).toBeNull();
  });
});

describe.each(testEngines())('CompanyRegistered carries the sector on %s', (engine) => {
  const harness = placementsSubgraph(engine);

  const registered = async () =>
    (
      await harness.db
        .selectFrom('outbox')
        .select(['aggregate_id', 'payload'])
        .where('type', '=', 'CompanyRegistered')
        .orderBy('id')
        .execute()
    ).map((row) => ({ company: row.aggregate_id, payload: row.payload as Record<string, unknown> }));

  it('tells every company’s sector once per database, also after a second seed', async () => {
    const withSector = (await registered()).filter((e) => 'sectorCode' in e.payload);
    const of = (company: string) => withSector.filter((e) => e.company === company).map((e) => e.payload);
    expect(of(MAASSTAD)).toEqual([
      expect.objectContaining({ sectorCode: 'ZWS', sectorName: 'Zorg, welzijn en sport' }),
    ]);
    // Timmerman (TGO) and Entree assistent dienstverlening en zorg (ZWS): a tie, TGO comes first in SBB's list.
    expect(of(BOUW)).toEqual([
      expect.objectContaining({ sectorCode: 'TGO', sectorName: 'Techniek en gebouwde omgeving' }),
    ]);
    const companies = await harness.db.selectFrom('company').select('id').execute();
    expect(new Set(withSector.map((e) => e.company)).size).toBe(companies.length);
    const before = (await registered()).length;
    await seedPlacements(harness.db);
    expect((await registered()).length).toBe(before);
  });
});
