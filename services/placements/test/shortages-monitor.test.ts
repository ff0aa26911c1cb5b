import { testEngines } from '@stelsel/db-kit/testing';
import { type GraphQLNamedType, type GraphQLType, isListType, isNonNullType, isObjectType } from 'graphql';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/schema.ts';
import { seedCalendar, seedPlacements } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { placementsSubgraph } from './support.ts';

const MONITOR = graphql(`
  query Monitor {
    placementMonitor {
      placements declined declines { reason count } signedAgreements threeContactMomentsShare expenseAllowanceShare
    }
  }
`);

describe('the aggregate types', () => {
  it('no personal data is reachable from the aggregate types', () => {
    const seen = new Set<string>();
    const unwrap = (type: GraphQLType): GraphQLNamedType =>
      isListType(type) || isNonNullType(type) ? unwrap(type.ofType) : type;
    const visit = (type: GraphQLNamedType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      if (!isObjectType(type)) return;
      for (const field of Object.values(type.getFields())) {
        expect(field.name).not.toMatch(/^(givenName|familyName|email|dateOfBirth|lottery|students?Id)$/);
        visit(unwrap(field.type));
      }
    };
    const query = schema.getQueryType();
    for (const name of ['shortages', 'shortagesConnection', 'labourMarketRegions', 'bblShare', 'placementMonitor']) {
      const field = query?.getFields()[name];
      expect(field).toBeDefined();
      if (field) visit(unwrap(field.type));
    }
    for (const personal of ['Student', 'Placement', 'Company', 'Place', 'Institution', 'MatchingRound']) {
      expect(seen.has(personal)).toBe(false);
    }
  });
});

describe.each(testEngines())('agreement shares once the agreement tables exist, on %s', (engine) => {
  // An empty database: the test seeds the demo data itself, with its calendar.
  const placements = placementsSubgraph(engine, { seed: async () => undefined });
  const { as, execute } = placements;

  it('counts signed agreements with all three contact moments and with an expense allowance', async () => {
    // The demo data: one SIGNED agreement (start held in person, interim planned, expense allowance agreed).
    const calendar = seedCalendar();
    await seedPlacements(placements.db, calendar);
    const read = async () => {
      const result = await execute(as('ministry'), MONITOR);
      expect(result.errors).toBeUndefined();
      return result.data?.placementMonitor;
    };
    expect(await read()).toMatchObject({ signedAgreements: 1, threeContactMomentsShare: 0, expenseAllowanceShare: 1 });

    // Hold the interim moment and add a held final moment: now all three are there.
    const signed = await placements.db
      .selectFrom('agreement')
      .select('id')
      .where('status', '=', 'SIGNED')
      .executeTakeFirstOrThrow();
    await sql`update contact_moment set held_on = ${calendar.today}, held_mode = 'VIDEO'
      where agreement_id = ${signed.id} and held_on is null`.execute(placements.db);
    await sql`insert into contact_moment (id, agreement_id, kind, planned_on, planned_mode, planned_by, held_on, held_mode)
      values ('test-final', ${signed.id}, 'FINAL', ${calendar.today}, 'IN_PERSON', 'test', ${calendar.today}, 'IN_PERSON')`.execute(
      placements.db,
    );
    expect(await read()).toMatchObject({ signedAgreements: 1, threeContactMomentsShare: 1, expenseAllowanceShare: 1 });
  });
});
