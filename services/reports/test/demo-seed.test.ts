import { testEngines } from '@stelsel/db-kit/testing';
import { describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/domain/working-days.ts';
import { seedReportsDemo } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { reportsSubgraph } from './support.ts';

const STATISTICS = graphql(`
  query DemoStatistics($year: Int!) {
    reportStatistics(year: $year) { hasData total suppressed byGround { ground { code } count suppressed } }
  }
`);
const CASES = graphql(`query DemoCases { sbbCases { status company { id } } }`);
const DESK = graphql(`query DemoDesk { deskReports { status overdue company { id } } }`);

const YEAR = Number(todayInNetherlands().slice(0, 4));

describe.each(testEngines())('demo reports on %s', (engine) => {
  const harness = reportsSubgraph(engine, {
    seed: async (db) => {
      expect(await seedReportsDemo(db)).toBeGreaterThan(50);
    },
  });

  it('runs once, through the use cases: cases in every state, a desk report in time and one overdue', async () => {
    expect(await seedReportsDemo(harness.db)).toBe(0);
    const cases = await harness.execute(harness.as('sbb'), CASES);
    expect(new Set(cases.data?.sbbCases?.map((c) => c.status))).toEqual(
      new Set(['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'HEARING', 'MONITORING']),
    );
    const desk = await harness.execute(harness.as('institution', 'roc-zadkine'), DESK);
    const waiting = (desk.data?.deskReports ?? []).filter((r) => r.status === 'AT_DESK');
    expect(waiting.map((r) => r.overdue).sort()).toEqual([false, true]);
    // The browser tests' own companies stay free of demo reports.
    const companies = await harness.db.selectFrom('report').select('company_id').distinct().execute();
    expect(companies.map((c) => c.company_id)).not.toContain('kvk-90000001');
    expect(companies.map((c) => c.company_id)).not.toContain('kvk-90000002');
    // Anonymous: no reporter is stored, and every story says it is demo data.
    expect(await harness.db.selectFrom('report_reporter').selectAll().execute()).toEqual([]);
    const stories = await harness.db.selectFrom('report').select('description').execute();
    expect(stories.every((s) => s.description.startsWith('Demogegevens'))).toBe(true);
  });

  it('gives the ministry figures for the two years before, and keeps this year below the threshold', async () => {
    for (const year of [YEAR - 2, YEAR - 1]) {
      const figures = (await harness.execute(harness.as('ministry'), STATISTICS, { year })).data?.reportStatistics;
      expect(figures?.hasData).toBe(true);
      expect(figures?.total).toBeGreaterThanOrEqual(30);
      expect(figures?.byGround.some((g) => !g.suppressed && (g.count ?? 0) >= 10)).toBe(true);
      expect(figures?.byGround.some((g) => g.suppressed)).toBe(true);
    }
    const now = (await harness.execute(harness.as('ministry'), STATISTICS, { year: YEAR })).data?.reportStatistics;
    expect(now).toMatchObject({ hasData: true, suppressed: true, total: null });
  });
});
