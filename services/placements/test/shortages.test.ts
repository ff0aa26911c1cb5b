import type { Role } from '@stelsel/auth';
import { type createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes } from '@stelsel/testing';
import type { VariablesOf } from 'gql.tada';
import { describe, expect, it } from 'vitest';
import { syncLabourMarketRegions } from '../src/db/labour-market-regions.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { graphql } from './graphql.ts';
import { placementsSubgraph } from './support.ts';

/** Fixture places and rounds lie in the next calendar year: a place past its end date is closed (issue 9 §5). */
const NEXT_YEAR = Number(todayInNetherlands().slice(0, 4)) + 1;

const SHORTAGES = graphql(`
  query Shortages($filter: ShortageFilter) {
    shortages(filter: $filter) {
      rows { region { code name } qualification { crebo name level } pathway demand supply shortage surplus suppressed }
      totals { demand supply shortage surplus suppressedRows }
    }
  }
`);
const BBL = graphql(`
  query Bbl {
    bblShare {
      national { students bbl share ambition gap }
      perInstitution { institution { id name } students bbl share suppressed }
    }
  }
`);
const MONITOR = graphql(`
  query Monitor {
    placementMonitor {
      placements declined declines { reason count } signedAgreements threeContactMomentsShare expenseAllowanceShare
    }
  }
`);
const CONNECTION = graphql(`
  query ShortagePage(
    $first: Int, $after: String, $search: String, $sort: ShortageSort, $direction: ShortageSortDirection,
    $filter: ShortageFilter
  ) {
    shortagesConnection(first: $first, after: $after, search: $search, sort: $sort, direction: $direction, filter: $filter) {
      totalCount
      nodes { region { code } pathway demand shortage }
      pageInfo { hasNextPage endCursor }
      totals { demand shortage suppressedRows }
      unknownRegion { institutions places }
      byRegion { region { code } demand shortage }
    }
  }
`);
const REGION_PAGE = graphql('query RegionPage { shortagesConnection { totalCount nodes { region { code } } } }');

const Q = '25180';

/**
 * Hand-made fixture. Rotterdam (Rijnmond): 12 bol students of which 2 placed (accepted) and 1 declined
 * (still needing a place), 3 bbl students; Utrecht (Midden-Utrecht): 6 bol; an institution without a
 * seat: 2 bol (Onbekend). Places in Rotterdam: bol capacity 7 (2 taken → 5 free), bbl capacity 10;
 * not counted: a place at a suspended company (20) and a closed place (3).
 */
async function seedFixture(db: Awaited<ReturnType<typeof createTestDatabase<PlacementsDatabase>>>['db']) {
  await syncLabourMarketRegions(db);
  await db
    .insertInto('institution')
    .values([
      { id: 'inst-r', name: 'Instelling Rotterdam', brin_code: null, municipality_code: '0599' },
      { id: 'inst-u', name: 'Instelling Utrecht', brin_code: null, municipality_code: '0344' },
      { id: 'inst-x', name: 'Instelling Zonder Zetel', brin_code: null, municipality_code: null },
    ])
    .execute();
  await db.insertInto('qualification').values({ crebo: Q, name: 'Verzorgende-IG', level: 3 }).execute();
  const student = (institution: string, n: number, pathway: 'BOL' | 'BBL') => ({
    id: `${institution}-${pathway.toLowerCase()}${n}`,
    institution_id: institution,
    given_name: 'Test',
    family_name: `Student ${n}`,
    qualification_crebo: Q,
    level: 3,
    pathway,
    cohort: 2025,
    date_of_birth: '2007-03-01',
  });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  await db
    .insertInto('student')
    .values([
      ...range(12).map((n) => student('inst-r', n, 'BOL')),
      ...range(3).map((n) => student('inst-r', n, 'BBL')),
      ...range(6).map((n) => student('inst-u', n, 'BOL')),
      ...range(2).map((n) => student('inst-x', n, 'BOL')),
    ])
    .execute();
  await db
    .insertInto('company')
    .values([
      { id: 'kvk-10000001', kvk_number: '10000001', name: 'Zorg Actief', municipality_code: '0599' },
      { id: 'kvk-10000002', kvk_number: '10000002', name: 'Zorg Geschorst', municipality_code: '0599' },
    ])
    .execute();
  await db
    .insertInto('accreditation')
    .values([
      { company_id: 'kvk-10000001', qualification_crebo: Q, status: 'ACTIVE', since: '2022-01-01' },
      { company_id: 'kvk-10000002', qualification_crebo: Q, status: 'SUSPENDED', since: '2022-01-01' },
    ])
    .execute();
  const place = (id: string, company: string, pathway: 'BOL' | 'BBL', capacity: number, status: 'OPEN' | 'CLOSED') => ({
    id,
    company_id: company,
    title: `Plaats ${id}`,
    pathway,
    qualification_crebo: Q,
    level: 3,
    capacity,
    starts_on: `${NEXT_YEAR}-02-02`,
    ends_on: `${NEXT_YEAR}-06-26`,
    municipality_code: '0599',
    status,
  });
  await db
    .insertInto('place')
    .values([
      place('p1', 'kvk-10000001', 'BOL', 7, 'OPEN'),
      place('p2', 'kvk-10000001', 'BBL', 10, 'OPEN'),
      place('p3', 'kvk-10000002', 'BOL', 20, 'OPEN'),
      place('p4', 'kvk-10000001', 'BOL', 3, 'CLOSED'),
    ])
    .execute();
  const placement = (id: string, studentId: string, status: 'ACCEPTED' | 'DECLINED') => ({
    id,
    student_id: studentId,
    place_id: 'p1',
    company_id: 'kvk-10000001',
    institution_id: 'inst-r',
    round_id: null,
    status,
    created_by: 'docent-test',
    decline_reason: status === 'DECLINED' ? ('PROFILE_MISMATCH' as const) : null,
  });
  await db
    .insertInto('placement')
    .values([
      placement('pl1', 'inst-r-bol1', 'ACCEPTED'),
      placement('pl2', 'inst-r-bol2', 'ACCEPTED'),
      placement('pl3', 'inst-r-bol3', 'DECLINED'),
    ])
    .execute();
}

describe.each(testEngines())('shortages and monitoring on %s', (engine) => {
  const { execute, as } = placementsSubgraph(engine, { seed: seedFixture });
  const shortages = (role: Role, organisation?: string, filter?: VariablesOf<typeof SHORTAGES>['filter']) =>
    execute(as(role, organisation), SHORTAGES, filter ? { filter } : {});

  it('computes demand, supply and shortage on the fixture (ministry: exact)', async () => {
    const result = await shortages('ministry');
    expect(result.errors).toBeUndefined();
    const rows = result.data?.shortages?.rows ?? [];
    const brief = rows.map((r) => [r.region.code, r.pathway, r.demand, r.supply, r.shortage, r.surplus, r.suppressed]);
    expect(brief).toEqual([
      ['midden-utrecht', 'BOL', 6, 0, 6, 0, false],
      ['rijnmond', 'BOL', 10, 5, 5, 0, false],
      ['onbekend', 'BOL', 2, 0, 2, 0, false],
      ['rijnmond', 'BBL', 3, 10, 0, 7, false],
    ]);
    expect(rows[1]?.region.name).toBe('Rijnmond');
    expect(rows[1]?.qualification).toEqual({ crebo: Q, name: 'Verzorgende-IG', level: 3 });
    expect(result.data?.shortages?.totals).toEqual({
      demand: 21,
      supply: 15,
      shortage: 13,
      surplus: 7,
      suppressedRows: 0,
    });
  });

  it('filters by region, qualification and pathway', async () => {
    const result = await shortages('sbb', undefined, { regionCode: 'rijnmond', qualificationCrebo: Q, pathway: 'BBL' });
    expect(result.data?.shortages?.rows.map((r) => [r.region.code, r.pathway, r.demand])).toEqual([
      ['rijnmond', 'BBL', 3],
    ]);
    expect(errorCodes(await shortages('ministry', undefined, { regionCode: 'nergens' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await shortages('ministry', undefined, { qualificationCrebo: '12' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('a municipality sees its own region only, with small cells suppressed', async () => {
    const own = await shortages('municipality', '0599');
    expect(own.errors).toBeUndefined();
    const rows = own.data?.shortages?.rows ?? [];
    expect(rows.map((r) => [r.region.code, r.pathway, r.demand, r.supply, r.shortage, r.suppressed])).toEqual([
      ['rijnmond', 'BOL', 10, 5, 5, false],
      ['rijnmond', 'BBL', null, null, null, true],
    ]);
    expect(own.data?.shortages?.totals).toEqual({ demand: 10, supply: 5, shortage: 5, surplus: 0, suppressedRows: 1 });
    const explicit = await shortages('municipality', '0599', { regionCode: 'rijnmond' });
    expect(explicit.data?.shortages?.rows).toHaveLength(2);
    const utrecht = await shortages('municipality', '0344');
    expect(utrecht.data?.shortages?.rows.map((r) => [r.region.code, r.demand])).toEqual([['midden-utrecht', 6]]);
  });

  it('refuses a municipality another region', async () => {
    const other = await shortages('municipality', '0599', { regionCode: 'midden-utrecht' });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.errors?.[0]?.message).toMatch(/eigen arbeidsmarktregio/);
    expect(other.data?.shortages ?? null).toBeNull();
    expect(errorCodes(await shortages('municipality', '9999'))).toEqual(['FORBIDDEN']);
  });

  it('a partner sees national aggregates with small cells suppressed', async () => {
    const result = await shortages('partner');
    const rows = result.data?.shortages?.rows ?? [];
    expect(rows.map((r) => [r.region.code, r.pathway, r.demand, r.suppressed])).toEqual([
      ['midden-utrecht', 'BOL', 6, false],
      ['rijnmond', 'BOL', 10, false],
      ['onbekend', 'BOL', null, true],
      ['rijnmond', 'BBL', null, true],
    ]);
    expect(result.data?.shortages?.totals).toEqual({
      demand: 16,
      supply: 5,
      shortage: 11,
      surplus: 0,
      suppressedRows: 2,
    });
  });

  it('refuses shortages, bbl share and the monitor to companies and students', async () => {
    for (const role of ['company', 'student'] as const) {
      expect(errorCodes(await shortages(role))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(as(role), BBL))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(as(role), MONITOR))).toEqual(['FORBIDDEN']);
    }
    for (const role of ['municipality', 'institution', 'partner'] as const) {
      expect(errorCodes(await execute(as(role, role === 'municipality' ? '0599' : undefined), MONITOR))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(errorCodes(await execute(as('partner'), BBL))).toEqual(['FORBIDDEN']);
  });

  it('bbl share: national against the 35% ambition and per institution', async () => {
    const ministry = await execute(as('ministry'), BBL);
    expect(ministry.errors).toBeUndefined();
    const national = ministry.data?.bblShare?.national;
    expect(national).toMatchObject({ students: 23, bbl: 3, ambition: 0.35 });
    expect(national?.share).toBeCloseTo(3 / 23, 6);
    expect(national?.gap).toBeCloseTo(0.35 - 3 / 23, 6);
    expect(ministry.data?.bblShare?.perInstitution.map((r) => [r.institution.id, r.students, r.bbl])).toEqual([
      ['inst-r', 15, 3],
      ['inst-u', 6, 0],
      ['inst-x', 2, 0],
    ]);
    const own = await execute(as('institution', 'inst-r'), BBL);
    expect(own.data?.bblShare?.national.students).toBe(23);
    expect(own.data?.bblShare?.perInstitution).toEqual([
      {
        institution: { id: 'inst-r', name: 'Instelling Rotterdam' },
        students: 15,
        bbl: 3,
        share: 0.2,
        suppressed: false,
      },
    ]);
    const municipality = await execute(as('municipality', '0599'), BBL);
    expect(municipality.data?.bblShare?.perInstitution).toEqual([
      {
        institution: { id: 'inst-r', name: 'Instelling Rotterdam' },
        students: null,
        bbl: null,
        share: null,
        suppressed: true,
      },
    ]);
  });

  it('monitor: declines per reason, exact for the ministry; agreement shares null without agreements', async () => {
    for (const role of ['ministry', 'sbb'] as const) {
      const result = await execute(as(role), MONITOR);
      expect(result.errors).toBeUndefined();
      const monitor = result.data?.placementMonitor;
      expect(monitor?.placements).toBe(3);
      expect(monitor?.declined).toBe(1);
      expect(monitor?.declines).toContainEqual({ reason: 'PROFILE_MISMATCH', count: 1 });
      expect(monitor?.declines).toContainEqual({ reason: 'OTHER', count: 0 });
      expect(monitor?.threeContactMomentsShare).toBeNull();
      expect(monitor?.expenseAllowanceShare).toBeNull();
    }
  });

  it('pages through the rows with a cursor, with the total count and totals over every page', async () => {
    const page = (variables: VariablesOf<typeof CONNECTION>) => execute(as('ministry'), CONNECTION, variables);
    const first = await page({ first: 3 });
    expect(first.errors).toBeUndefined();
    const one = first.data?.shortagesConnection;
    expect(one?.totalCount).toBe(4);
    expect(one?.nodes.map((r) => [r.region.code, r.pathway])).toEqual([
      ['midden-utrecht', 'BOL'],
      ['rijnmond', 'BOL'],
      ['onbekend', 'BOL'],
    ]);
    expect(one?.totals).toEqual({ demand: 21, shortage: 13, suppressedRows: 0 });
    expect(one?.pageInfo.hasNextPage).toBe(true);
    // "Onbekend" is explained by its source: the institution without a known seat.
    expect(one?.unknownRegion).toEqual({ institutions: ['Instelling Zonder Zetel'], places: 0 });
    // Per region over every page (for the chart): Midden-Utrecht 6, Rijnmond 5 (+0 bbl), Onbekend 2.
    expect(one?.byRegion.map((r) => [r.region.code, r.demand, r.shortage])).toEqual([
      ['midden-utrecht', 6, 6],
      ['rijnmond', 13, 5],
      ['onbekend', 2, 2],
    ]);

    const second = await page({ first: 3, after: one?.pageInfo.endCursor });
    expect(second.data?.shortagesConnection?.nodes.map((r) => [r.region.code, r.pathway])).toEqual([
      ['rijnmond', 'BBL'],
    ]);
    expect(second.data?.shortagesConnection?.pageInfo.hasNextPage).toBe(false);

    // Search narrows the rows and the totals; sorting by region is alphabetical.
    const searched = await page({ search: 'rijnmond', sort: 'REGION' });
    expect(searched.data?.shortagesConnection?.totalCount).toBe(2);
    expect(searched.data?.shortagesConnection?.totals.demand).toBe(13);
    expect(searched.data?.shortagesConnection?.unknownRegion).toBeNull();
    const byRegion = await page({ sort: 'REGION' });
    expect(byRegion.data?.shortagesConnection?.nodes.map((r) => r.region.code)).toEqual([
      'midden-utrecht',
      'onbekend',
      'rijnmond',
      'rijnmond',
    ]);
    const leastDemand = await page({ sort: 'DEMAND', direction: 'ASC' });
    expect(leastDemand.data?.shortagesConnection?.nodes.map((r) => r.demand)).toEqual([2, 3, 6, 10]);

    expect(errorCodes(await page({ first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page({ first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page({ after: 'niet-een-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a municipality pages through its own region only', async () => {
    const result = await execute(as('municipality', '0599'), REGION_PAGE);
    expect(result.errors).toBeUndefined();
    expect(new Set(result.data?.shortagesConnection?.nodes.map((r) => r.region.code))).toEqual(new Set(['rijnmond']));
    expect(errorCodes(await execute(as('company', 'kvk-10000001'), REGION_PAGE))).toEqual(['FORBIDDEN']);
  });
});
