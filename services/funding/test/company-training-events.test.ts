import { randomUUID } from 'node:crypto';
import { placementsFeedTo } from '@stelsel/placements/testing/event-feed';
import { expectType } from '@stelsel/testing';
import { describe, expect, it, vi } from 'vitest';
import { companyTraining } from '../src/events/company-training.ts';
import { graphql } from './graphql.ts';
import { fundingSubgraph, USER_ERROR } from './support.ts';

const COMPANY = 'kvk-90000001';

const APPLY = graphql(
  `mutation Apply($companyId: ID!, $year: Int!, $placementId: ID!, $key: IdempotencyKey!) {
    applyForPraktijkleren(companyId: $companyId, year: $year, placementId: $placementId, idempotencyKey: $key) {
      __typename ... on PraktijklerenApplication { id } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
// placements' own operation, in placements' schema (not this subgraph's typed documents).
const WITHDRAW = `mutation ($id: ID!, $key: IdempotencyKey!) {
  changeAccreditationStatus(accreditationId: $id, status: WITHDRAWN, reason: "Ingetrokken na onderzoek.", idempotencyKey: $key) {
    __typename
  }
}`;

/**
 * The whole way, as in production: placements (seeded, real schema) serves its outbox as the loopback feed and
 * funding's consumer polls it. The demo company with an accepted bbl placement may apply for praktijkleren;
 * once SBB withdraws its accreditations in placements, funding refuses it with no step in funding.
 */
describe('placements tells funding who trains bbl students', () => {
  const funding = fundingSubgraph('pglite');
  const placements = placementsFeedTo({ consumer: 'funding', consumerDb: () => funding.db, handler: companyTraining });

  it('an accepted bbl placement makes the company eligible; a withdrawal makes it ineligible', async () => {
    const bbl = await placements.db
      .selectFrom('placement')
      .innerJoin('place', 'place.id', 'placement.place_id')
      .select(['placement.id'])
      .where('placement.company_id', '=', COMPANY)
      .where('place.pathway', '=', 'BBL')
      .where('placement.status', 'in', ['ACCEPTED', 'ACTIVE'])
      .execute();
    expect(bbl.length).toBeGreaterThan(0);
    const placementId = bbl[0]?.id as string;
    const known = await vi.waitFor(
      async () => {
        const rows = await funding.db
          .selectFrom('company_bbl_placement')
          .selectAll()
          .where('company_id', '=', COMPANY)
          .execute();
        expect(rows.map((r) => r.placement_id)).toEqual(bbl.map((b) => b.id).sort());
        return rows;
      },
      { timeout: 20_000, interval: 100 },
    );
    const year = Number(new Date().getFullYear());
    const row = known.find((r) => r.placement_id === placementId);
    expect(row).toBeTruthy();
    const company = funding.as('company', COMPANY);
    const first = await funding.execute(company, APPLY, { companyId: COMPANY, year, placementId, key: randomUUID() });
    expectType(first.data?.applyForPraktijkleren, 'PraktijklerenApplication');

    const accreditations = await placements.db
      .selectFrom('accreditation')
      .select('id')
      .where('company_id', '=', COMPANY)
      .execute();
    for (const a of accreditations) {
      const answer = await placements.executeText(placements.as('sbb'), WITHDRAW, {
        id: String(a.id),
        key: randomUUID(),
      });
      expect(answer.data).toEqual({ changeAccreditationStatus: { __typename: 'AccreditationStatusChange' } });
    }
    await vi.waitFor(
      async () => {
        const training = await funding.db
          .selectFrom('company_training')
          .selectAll()
          .where('company_id', '=', COMPANY)
          .executeTakeFirst();
        expect(training?.accredited_crebos).toEqual([]);
      },
      { timeout: 10_000, interval: 50 },
    );
    const refused = await funding.execute(company, APPLY, {
      companyId: COMPANY,
      year: year + 1,
      placementId,
      key: randomUUID(),
    });
    const error = expectType(refused.data?.applyForPraktijkleren, 'InputError');
    expect(error.field).toBe('companyId');
    expect(error.message).toMatch(/erkenning/);
  }, 90_000);
});
