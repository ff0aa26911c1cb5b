import { randomUUID } from 'node:crypto';
import { ROLES } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import { caller, errorCodes } from '@stelsel/testing';
import type { ResultOf } from 'gql.tada';
import { type Insertable, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../src/db/audit.ts';
import { saveCompanyProfile, setRecordedSince } from '../src/db/statistics.ts';
import type { ReportTable } from '../src/db/types.ts';
import type { GroundCode } from '../src/domain/grounds.ts';
import { seedReports } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { reportsSubgraph } from './support.ts';

const STATISTICS = graphql(`
  query Statistics($year: Int!) {
    reportStatistics(year: $year) {
      year hasData threshold total suppressed byGround { ground { code } count suppressed }
      byNature { code count suppressed } byChannel { code count suppressed } byOutcome { code count suppressed }
      byRegion { code label count suppressed }
      bySector { code label count suppressed }
      byDesk { code label count suppressed }
      scope
    }
  }
`);
type Statistics = ResultOf<typeof STATISTICS>;

const GROUNDS = graphql('query Grounds { discriminationGrounds { code label } }');
const ALTERNATIVES = graphql('query Alternatives { reportAlternatives { name url } }');

const REPORT_DESKS = graphql(`
  query ReportDesks($r: [_Any!]!) {
    _entities(representations: $r) { ... on Institution { id reportDesk { available description } } }
  }
`);

const byGround = (s: Statistics) =>
  Object.fromEntries((s.reportStatistics?.byGround ?? []).map((g) => [g.ground.code, g.count]));

function report(i: number, ground: GroundCode, institutionId: string, receivedAt: string): Insertable<ReportTable> {
  return {
    id: randomUUID(),
    institution_id: institutionId,
    company_id: 'kvk-90000001',
    kind: 'DISCRIMINATION',
    moment: 'SELECTION',
    grounds: sql<GroundCode[]>`array[${ground}]::text[]` as unknown as GroundCode[],
    occurred_on: receivedAt.slice(0, 10),
    description: 'Testmelding',
    channel: 'SBB',
    anonymous: i % 2 !== 0,
    status: 'WITH_SBB',
    received_at: receivedAt,
    forward_due_on: null,
    forwarded_at: receivedAt,
    registered_by: 'test',
    registered_by_role: 'student',
  };
}

function reports(count: number, ground: GroundCode, institutionId: string, receivedAt: string) {
  return Array.from({ length: count }, (_, i) => report(i, ground, institutionId, receivedAt));
}

describe.each(testEngines())('reports subgraph on %s', (engine) => {
  const harness = reportsSubgraph(engine, {
    seed: async (db) => {
      expect(await seedReports(db)).toEqual({ inserted: 0 });
      // Recorded since 2019: 2018 has no data, 2019 has a real 0.
      await setRecordedSince(db, '2019-01-01');
      // 2022 in this test: zadkine 13 origin + 6 religion + 4 disability, albeda 4 origin + 12 gender.
      // The edges of the year in Dutch time count: 31 Dec 23:30 CET is still 2022.
      await db
        .insertInto('report')
        .values([
          ...reports(12, 'ORIGIN', 'roc-zadkine', '2022-03-01T10:00:00+01:00'),
          ...reports(1, 'ORIGIN', 'roc-zadkine', '2022-12-31T23:30:00+01:00'),
          ...reports(6, 'RELIGION', 'roc-zadkine', '2022-01-01T00:00:00+01:00'),
          ...reports(4, 'DISABILITY', 'roc-zadkine', '2022-06-01T12:00:00+02:00'),
          ...reports(4, 'ORIGIN', 'albeda-college', '2022-05-01T12:00:00+02:00'),
          ...reports(12, 'GENDER', 'albeda-college', '2022-09-01T12:00:00+02:00'),
          ...reports(10, 'AGE', 'roc-zadkine', '2023-01-01T00:00:00+01:00'),
          ...reports(1, 'AGE', 'roc-zadkine', '2021-12-31T23:59:59+01:00'),
        ])
        .execute();
    },
  });
  const { as, execute } = harness;

  it.each(ROLES)('names SBB and the ADV as places to report outside the school, for role %s', async (role) => {
    const result = await execute(as(role), ALTERNATIVES);
    expect(result.errors).toBeUndefined();
    const names = (result.data?.reportAlternatives ?? []).map((a) => a.name).join(' | ');
    expect(names).toMatch(/SBB/);
    expect(names).toMatch(/antidiscriminatievoorziening|ADV/i);
    expect(result.data?.reportAlternatives?.every((a) => a.url.startsWith('https://'))).toBe(true);
  });

  it.each(ROLES)('lists the ten discrimination grounds with Dutch labels for role %s', async (role) => {
    const result = await execute(as(role), GROUNDS);
    expect(result.errors).toBeUndefined();
    const grounds = result.data?.discriminationGrounds ?? [];
    expect(grounds.map((g) => g.code)).toEqual([
      'ORIGIN',
      'RELIGION',
      'GENDER',
      'SEXUAL_ORIENTATION',
      'DISABILITY',
      'AGE',
      'NATIONALITY',
      'CIVIL_STATUS',
      'POLITICAL_OPINION',
      'OTHER',
    ]);
    expect(grounds[0]).toEqual({ code: 'ORIGIN', label: 'Herkomst / ras' });
  });

  it('answers a recorded year without reports with real zeros, and a year without data with no counts at all', async () => {
    const zero = await execute(as('partner'), STATISTICS, { year: 2019 });
    expect(zero.errors).toBeUndefined();
    expect(zero.data?.reportStatistics).toMatchObject({ year: 2019, hasData: true, total: 0, suppressed: false });
    expect(zero.data?.reportStatistics?.byGround).toHaveLength(10);
    expect(zero.data?.reportStatistics?.byGround.every((g) => g.count === 0 && !g.suppressed)).toBe(true);
    for (const year of [2018, 2099]) {
      const none = await execute(as('partner'), STATISTICS, { year });
      expect(none.data?.reportStatistics).toMatchObject({ year, hasData: false, total: null, suppressed: false });
      const cells = [
        ...(none.data?.reportStatistics?.byGround ?? []),
        ...(none.data?.reportStatistics?.byChannel ?? []),
        ...(none.data?.reportStatistics?.byRegion ?? []),
        ...(none.data?.reportStatistics?.bySector ?? []),
      ];
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.every((c) => c.count === null && !c.suppressed)).toBe(true);
    }
  });

  it.each(['ministry', 'sbb', 'partner'] as const)(
    'gives %s the national counts with cells under 10 suppressed, and the secondary cell too',
    async (role) => {
      const result = await execute(as(role), STATISTICS, { year: 2022 });
      expect(result.errors).toBeUndefined();
      expect(result.data?.reportStatistics).toMatchObject({ year: 2022, hasData: true, threshold: 10, total: 39 });
      expect(byGround(result.data as Statistics)).toEqual({
        ORIGIN: 17,
        RELIGION: null,
        GENDER: 12,
        SEXUAL_ORIENTATION: 0,
        DISABILITY: null,
        AGE: 0,
        NATIONALITY: 0,
        CIVIL_STATUS: 0,
        POLITICAL_OPINION: 0,
        OTHER: 0,
      });
      const suppressed = result.data?.reportStatistics?.byGround.filter((g) => g.suppressed).map((g) => g.ground.code);
      expect(suppressed).toEqual(['RELIGION', 'DISABILITY']);
      const cells = (list: Array<{ code: string; count: number | null }> | undefined) =>
        Object.fromEntries((list ?? []).map((c) => [c.code, c.count]));
      const stats = result.data?.reportStatistics;
      expect(cells(stats?.byNature)).toEqual({ DISCRIMINATION: 39, MISUSE: 0 });
      expect(cells(stats?.byChannel)).toEqual({ INSTITUTION_DESK: 0, SBB: 39, ADV: 0 });
      expect(cells(stats?.byOutcome)).toMatchObject({ PENDING: 39, WITHDRAWAL: 0, NOT_AT_SBB: 0 });
      expect(cells(stats?.byRegion)).toEqual({ '': 39 });
    },
  );

  it('puts reports in the region and the sector of their company once placements told which they are', async () => {
    const before = await execute(as('ministry'), STATISTICS, { year: 2022 });
    expect(before.data?.reportStatistics?.bySector.map((r) => [r.label, r.count])).toEqual([
      ['Onbekend: van het leerbedrijf is (nog) geen sector bekend', 39],
    ]);
    await saveCompanyProfile(harness.db, {
      companyId: 'kvk-90000001',
      name: 'Maasstad',
      regionCode: 'RIJNMOND',
      regionName: 'Rijnmond',
      sectorCode: 'ZWS',
      sectorName: 'Zorg, welzijn en sport',
    });
    await saveCompanyProfile(harness.db, {
      companyId: 'kvk-90000002',
      name: 'De Vries',
      regionCode: 'MIDDEN-UTRECHT',
      regionName: 'Midden-Utrecht',
      sectorCode: 'TGO',
      sectorName: 'Techniek en gebouwde omgeving',
    });
    const result = await execute(as('ministry'), STATISTICS, { year: 2022 });
    const regions = result.data?.reportStatistics?.byRegion ?? [];
    expect(regions.map((r) => [r.label, r.count])).toEqual([
      ['Midden-Utrecht', 0],
      ['Rijnmond', 39],
      ['Onbekend: van het leerbedrijf is (nog) geen arbeidsmarktregio bekend', 0],
    ]);
    const sectors = result.data?.reportStatistics?.bySector ?? [];
    expect(sectors.map((r) => [r.code, r.label, r.count, r.suppressed])).toEqual([
      ['TGO', 'Techniek en gebouwde omgeving', 0, false],
      ['ZWS', 'Zorg, welzijn en sport', 39, false],
      ['', 'Onbekend: van het leerbedrijf is (nog) geen sector bekend', 0, false],
    ]);
    await harness.db.deleteFrom('company_profile').execute();
  });

  it('gives a municipality the counts about companies in its own labour-market region only', async () => {
    await saveCompanyProfile(harness.db, {
      companyId: 'kvk-90000001',
      name: 'Maasstad',
      regionCode: 'rijnmond',
      regionName: 'Rijnmond',
      sectorCode: null,
      sectorName: null,
    });
    try {
      const rotterdam = await execute(as('municipality', '0599'), STATISTICS, { year: 2022 });
      expect(rotterdam.errors).toBeUndefined();
      expect(rotterdam.data?.reportStatistics).toMatchObject({
        total: 39,
        scope: 'leerbedrijven in de arbeidsmarktregio Rijnmond',
      });
      expect(rotterdam.data?.reportStatistics?.byRegion.map((r) => [r.code, r.count])).toEqual([['rijnmond', 39]]);
      // Utrecht is another region: a real 0 there, not Rotterdam's reports.
      const utrecht = await execute(as('municipality', '0344'), STATISTICS, { year: 2022 });
      expect(utrecht.data?.reportStatistics).toMatchObject({ hasData: true, total: 0 });
      // A municipality whose region the platform does not know gets no figures, and is told why.
      const unknown = await execute(as('municipality', '9999'), STATISTICS, { year: 2022 });
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(unknown.errors?.[0]?.message).toMatch(/arbeidsmarktregio niet bekend/);
    } finally {
      await harness.db.deleteFrom('company_profile').execute();
    }
  });

  it('counts per school desk, with the reports made to SBB or the ADV as the last row, adding up to the total', async () => {
    const national = await execute(as('ministry'), STATISTICS, { year: 2022 });
    const desks = national.data?.reportStatistics?.byDesk ?? [];
    expect(desks.length).toBe(58);
    expect(desks.at(-1)).toMatchObject({ code: '', count: 39, suppressed: false });
    expect(desks.slice(0, -1).every((d) => d.count === 0)).toBe(true);
    expect(national.data?.reportStatistics?.scope).toBe('heel Nederland');
    const own = await execute(as('institution', 'roc-zadkine'), STATISTICS, { year: 2022 });
    expect(own.data?.reportStatistics?.byDesk.map((d) => d.code)).toEqual(['roc-zadkine', '']);
    expect(own.data?.reportStatistics?.scope).toBe('de meldingen van de eigen instelling');
  });

  it('gives an institution only the counts of its own reports', async () => {
    const zadkine = await execute(as('institution', 'roc-zadkine'), STATISTICS, { year: 2022 });
    expect(zadkine.errors).toBeUndefined();
    expect(zadkine.data?.reportStatistics?.total).toBe(23);
    expect(byGround(zadkine.data as Statistics)).toMatchObject({
      ORIGIN: 13,
      RELIGION: null,
      DISABILITY: null,
      GENDER: 0,
    });

    const albeda = await execute(as('institution', 'albeda-college'), STATISTICS, { year: 2022 });
    expect(albeda.data?.reportStatistics?.total).toBe(16);
    // Origin 4 is small; with the total shown, gender 12 would give it away, so gender is hidden too.
    expect(byGround(albeda.data as Statistics)).toMatchObject({ ORIGIN: null, GENDER: null, RELIGION: 0 });

    const unknown = await execute(as('institution', 'roc-elders'), STATISTICS, { year: 2022 });
    expect(unknown.data?.reportStatistics?.total).toBe(0);
  });

  it('suppresses a small total: never a count from 1 to 9', async () => {
    const result = await execute(as('ministry'), STATISTICS, { year: 2021 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.reportStatistics).toMatchObject({ total: null, suppressed: true });
    expect(byGround(result.data as Statistics).AGE).toBeNull();
    const year2023 = await execute(as('ministry'), STATISTICS, { year: 2023 });
    expect(year2023.data?.reportStatistics).toMatchObject({ total: 10, suppressed: false });
    expect(byGround(year2023.data as Statistics).AGE).toBe(10);
  });

  it.each(['student', 'company'] as const)('refuses statistics to %s with a Dutch message', async (role) => {
    const result = await execute(as(role), STATISTICS, { year: 2022 });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.message).toBe('U heeft geen toegang tot deze gegevens.');
    // The root field is nullable: a refusal nulls only that field, not the whole answer.
    expect(result.data).toEqual({ reportStatistics: null });
  });

  it.each([1999, 2101])('refuses year %i on field year', async (year) => {
    const result = await execute(as('sbb'), STATISTICS, { year });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe('year');
    expect(result.errors?.[0]?.message).toBe('Het jaar moet tussen 2000 en 2100 liggen.');
  });

  it('answers reportDesk on Institution references: null when none is registered', async () => {
    await harness.db
      .insertInto('report_desk')
      .values({
        institution_id: 'albeda-college',
        description: 'Meldpunt stage via de studentendecaan',
        contact_url: 'https://example.org/meldpunt',
      })
      .execute();
    const result = await execute(as('partner'), REPORT_DESKS, {
      r: [
        { __typename: 'Institution', id: 'roc-zadkine' },
        { __typename: 'Institution', id: 'albeda-college' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: 'roc-zadkine', reportDesk: null },
      { id: 'albeda-college', reportDesk: { available: true, description: 'Meldpunt stage via de studentendecaan' } },
    ]);
    await harness.db.deleteFrom('report_desk').execute();
  });

  it('loads the report desks of 40 Institution references with one query, not 40', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `instelling-${i}`);
    await harness.db
      .insertInto('report_desk')
      .values(ids.filter((_, i) => i % 2 === 0).map((id) => ({ institution_id: id, description: `Meldpunt ${id}` })))
      .execute();
    const counted = harness.countQueries();
    const result = await execute(as('partner'), REPORT_DESKS, {
      r: ids.map((id) => ({ __typename: 'Institution', id })),
    });
    counted.done();
    expect(result.errors).toBeUndefined();
    const entities = (result.data?._entities ?? []).map((e) => (e && 'reportDesk' in e ? e : null));
    expect(entities.map((e) => e?.reportDesk?.description ?? null)).toEqual(
      ids.map((id, i) => (i % 2 === 0 ? `Meldpunt ${id}` : null)),
    );
    expect(counted.count()).toBe(1);
    await harness.db.deleteFrom('report_desk').execute();
  });

  it('refuses grounds that do not fit the kind of report', async () => {
    const base = report(0, 'OTHER', 'roc-zadkine', '2020-01-01T12:00:00+01:00');
    // Misuse of an intern has no discrimination ground; discrimination needs at least one.
    await expect(
      harness.db
        .insertInto('report')
        .values({ ...base, kind: 'MISUSE' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      harness.db
        .insertInto('report')
        .values({ ...base, grounds: sql<GroundCode[]>`array[]::text[]` as unknown as GroundCode[] })
        .execute(),
    ).rejects.toThrow();
  });

  it('records an audit entry for a read, with who, what and when', async () => {
    const sbb = caller('sbb', 'sbb', 'adviseur-sbb');
    const entry = await recordAudit(harness.db, sbb, 'READ', 'report', 'case-123', ['description']);
    expect(entry.at).toBeInstanceOf(Date);
    const rows = await harness.db.selectFrom('audit_log').selectAll().where('id', '=', entry.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: 'adviseur-sbb',
      role: 'sbb',
      organisation: 'sbb',
      action: 'READ',
      entity: 'report',
      entity_id: 'case-123',
      fields: ['description'],
    });
  });

  it('writes the audit entry inside the caller’s transaction: a rollback leaves no trace', async () => {
    await expect(
      harness.db.transaction().execute(async (trx) => {
        await recordAudit(trx, caller('sbb'), 'READ', 'report', 'rolled-back');
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    const rows = await harness.db.selectFrom('audit_log').selectAll().where('entity_id', '=', 'rolled-back').execute();
    expect(rows).toHaveLength(0);
  });
});
