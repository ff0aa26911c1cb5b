import { randomUUID } from 'node:crypto';
import type { Database } from '@stelsel/db-kit';
import { createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { applyOnce, type DomainEvent } from '@stelsel/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { reportDecisions } from '../src/events/report-decisions.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { MAASSTAD } from './support.ts';

const decided = (payload: Record<string, unknown>): DomainEvent => ({
  id: randomUUID(),
  source: 'reports',
  type: 'AccreditationDecided',
  aggregateId: MAASSTAD,
  sequence: 1,
  occurredAt: new Date().toISOString(),
  payload: {
    caseId: '7d1f0c2e-0000-4000-8000-000000000001',
    companyId: MAASSTAD,
    decision: 'WITHDRAWN',
    accreditationIds: [],
    motivation: 'Discriminatie bij de selectie vastgesteld na hoor en wederhoor.',
    decidedBy: 'adviseur-sbb',
    ...payload,
  } as DomainEvent['payload'],
});

describe.each(testEngines())('a decision in a reports case, delivered to placements (%s)', (engine) => {
  let database: Database<PlacementsDatabase>;
  beforeAll(async () => {
    database = await createTestDatabase<PlacementsDatabase>('placements-decisions', migrations, engine);
    await seedPlacements(database.db);
  }, 60_000);
  afterAll(() => database.close());

  const openPlaces = async () =>
    (
      await database.db
        .selectFrom('place')
        .select('id')
        .where('company_id', '=', MAASSTAD)
        .where('status', '=', 'OPEN')
        .execute()
    ).length;
  const accreditations = () =>
    database.db.selectFrom('accreditation').select(['id', 'status']).where('company_id', '=', MAASSTAD).execute();
  const history = () =>
    database.db
      .selectFrom('accreditation_event')
      .innerJoin('accreditation', 'accreditation.id', 'accreditation_event.accreditation_id')
      .select(['accreditation_event.status', 'changed_by', 'reason'])
      .where('accreditation.company_id', '=', MAASSTAD)
      .orderBy('accreditation_event.id')
      .execute();

  it('withdraws through the same use case as SBB’s mutation: places closed, history says who and why, once', async () => {
    expect(await openPlaces()).toBeGreaterThan(0);
    const before = await history();
    const event = decided({});
    expect(await applyOnce(database.db, 'placements', event, reportDecisions)).toBe('applied');
    expect((await accreditations()).every((a) => a.status === 'WITHDRAWN')).toBe(true);
    expect(await openPlaces()).toBe(0);
    const added = (await history()).slice(before.length);
    expect(added.length).toBe((await accreditations()).length);
    for (const entry of added) {
      expect(entry).toMatchObject({ status: 'WITHDRAWN', changed_by: 'adviseur-sbb' });
      expect(entry.reason).toContain('zaak 7d1f0c2e');
      expect(entry.reason).toContain('hoor en wederhoor');
    }
    const outbox = await database.db.selectFrom('outbox').select('type').where('aggregate_id', '=', MAASSTAD).execute();
    expect(outbox.filter((e) => e.type === 'AccreditationStatusChanged')).toHaveLength(added.length);

    // Delivered again: the inbox knows it; nothing changes.
    expect(await applyOnce(database.db, 'placements', event, reportDecisions)).toBe('duplicate');
    // Another event with the same decision finds nothing left to change.
    expect(await applyOnce(database.db, 'placements', decided({}), reportDecisions)).toBe('applied');
    expect(await history()).toHaveLength(before.length + added.length);
  });

  it('refuses an incomplete decision, so the delivery retries instead of guessing', async () => {
    await expect(
      applyOnce(database.db, 'placements', decided({ decision: 'OPGEHEVEN' }), reportDecisions),
    ).rejects.toThrow('Onvolledig besluit');
  });
});
