import type { Caller } from '@stelsel/auth';
import { type Kysely, sql, type Transaction } from 'kysely';
import { setRecordedSince } from '../db/statistics.ts';
import type { CaseDecision, ReportChannel, ReportsDatabase } from '../db/types.ts';
import type { GroundCode } from '../domain/grounds.ts';
import { todayInNetherlands } from '../domain/working-days.ts';
import * as cases from '../use-cases/cases.ts';
import * as reports from '../use-cases/reports.ts';

/**
 * Demo reports, once per database, through the same use cases as the API: cases in every state now, and closed
 * cases of the two years before, so the ministry's figures show counts next to suppressed cells. Every demo
 * report is anonymous (no reporter is stored), about the demo companies other than Zorggroep Maasstad and
 * Bouwbedrijf De Vries (the browser tests' own), and its story says it is demo data. Never a suspension or a
 * withdrawal: that would change accreditations in placements.
 */
type Trx = Transaction<ReportsDatabase>;

const SBB: Caller = { subject: 'adviseur-sbb', role: 'sbb', organisation: 'sbb' };
const COMPANIES = [
  'kvk-90000003',
  'kvk-90000004',
  'kvk-90000005',
  'kvk-90000006',
  'kvk-90000007',
  'kvk-90000008',
  'kvk-90000009',
  'kvk-90000010',
];
const INSTITUTIONS = ['roc-zadkine', 'albeda-college', 'roc-midden-nederland', 'roc-van-amsterdam'];
const GROUNDS: GroundCode[][] = [
  ['ORIGIN'],
  ['ORIGIN', 'RELIGION'],
  ['GENDER'],
  ['DISABILITY'],
  ['ORIGIN'],
  ['AGE'],
  ['RELIGION'],
  ['ORIGIN'],
  ['SEXUAL_ORIENTATION'],
  ['GENDER'],
];
const DAY = 86_400_000;

const student = (institutionId: string): Caller => ({
  subject: 'anoniem',
  role: 'student',
  organisation: institutionId,
});
const desk = (institutionId: string): Caller => ({
  subject: `meldpunt-${institutionId}`,
  role: 'institution',
  organisation: institutionId,
});
const company = (companyId: string): Caller => ({
  subject: `praktijkopleider-${companyId}`,
  role: 'company',
  organisation: companyId,
});
const isoDay = (d: Date) => todayInNetherlands(d);

interface Planned {
  at: Date;
  institutionId: string;
  companyId: string;
  grounds: GroundCode[];
  channel: ReportChannel;
  /** How far the case got (SBB reports); `desk` reports stay at the desk unless forwarded. */
  until:
    | 'desk'
    | 'desk-overdue'
    | 'forwarded'
    | 'adv'
    | 'RECEIVED'
    | 'ACKNOWLEDGED'
    | 'INVESTIGATING'
    | 'HEARING'
    | 'MONITORING'
    | 'CLOSED';
  decision?: CaseDecision;
}

async function submit(trx: Trx, plan: Planned, index: number): Promise<string> {
  const misuse = plan.grounds.length === 0;
  const input = {
    companyId: plan.companyId,
    kind: misuse ? ('MISUSE' as const) : ('DISCRIMINATION' as const),
    moment: index % 3 === 0 ? ('DURING_INTERNSHIP' as const) : ('SELECTION' as const),
    grounds: plan.grounds,
    occurredOn: isoDay(new Date(plan.at.getTime() - 5 * DAY)),
    description: `Demogegevens: voorbeeldmelding ${index + 1}, geen echte gebeurtenis.`,
  };
  const key = `demo-report-${index + 1}`;
  const { reportId } =
    plan.channel === 'INSTITUTION_DESK' && plan.until.startsWith('desk')
      ? await reports.registerAtDesk(trx, desk(plan.institutionId), { ...input, contact: null }, key, plan.at)
      : await reports.submitByStudent(
          trx,
          student(plan.institutionId),
          { ...input, channel: plan.channel, anonymous: true },
          key,
          plan.at,
        );
  // The use cases stamp the database clock; a demo report of an earlier day or year gets its own moment.
  await sql`update report set received_at = ${plan.at} where id = ${reportId}`.execute(trx);
  await sql`update report_event set at = ${plan.at} where report_id = ${reportId}`.execute(trx);
  return reportId;
}

async function runCase(trx: Trx, reportId: string, plan: Planned): Promise<void> {
  const file = await trx.selectFrom('case_file').select('id').where('report_id', '=', reportId).executeTakeFirst();
  if (!file) return;
  const order = ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'HEARING', 'MONITORING', 'CLOSED'];
  const reach = order.indexOf(plan.until);
  const step = (n: number) => new Date(plan.at.getTime() + n * DAY);
  await sql`update case_file set received_at = ${plan.at} where id = ${file.id}`.execute(trx);
  if (reach >= 1) await cases.advance(trx, SBB, file.id, 'acknowledge', step(1));
  if (reach >= 2) await cases.advance(trx, SBB, file.id, 'investigate', step(3));
  if (reach >= 3) {
    await cases.giveCompanyStatement(
      trx,
      company(plan.companyId),
      file.id,
      'Demogegevens: het leerbedrijf herkent zich niet in de melding.',
      step(8),
    );
    await cases.advance(trx, SBB, file.id, 'hear', step(10));
    await cases.recordStatement(
      trx,
      SBB,
      file.id,
      {
        party: 'STUDENT',
        givenOn: isoDay(step(11)),
        source: 'gesprek (demo)',
        summary: 'Demogegevens: de student licht de melding toe.',
      },
      step(11),
    );
  }
  if (reach >= 4) {
    const decision = plan.decision ?? 'UNFOUNDED';
    const due = isoDay(step(90));
    await cases.decide(
      trx,
      SBB,
      file.id,
      {
        decision,
        motivation: 'Demogegevens: besluit na hoor en wederhoor, met redenen.',
        agreements:
          decision === 'IMPROVEMENT_AGREEMENTS'
            ? [{ kind: 'OTHER_SUPERVISOR', description: 'Een vaste praktijkopleider (demo)', dueOn: due }]
            : [],
        accreditationIds: [],
      },
      step(20),
    );
    if (decision === 'IMPROVEMENT_AGREEMENTS' && plan.until === 'CLOSED') {
      const agreements = await trx
        .selectFrom('improvement_agreement')
        .select('id')
        .where('case_id', '=', file.id)
        .execute();
      for (const a of agreements) {
        await cases.reportFulfilment(
          trx,
          company(plan.companyId),
          a.id,
          'Demogegevens: de afspraak is uitgevoerd.',
          step(60),
        );
        await cases.assessAgreement(trx, SBB, a.id, 'FULFILLED', 'Nagekomen (demo).', step(70));
      }
      await cases.closeCase(trx, SBB, file.id, step(75));
    }
  }
}

/** Closed cases spread over a past year: grounds, institutions, channels and outcomes vary. */
function pastYear(year: number, count: number, offset: number): Planned[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const misuse = n % 7 === 0;
    return {
      at: new Date(Date.UTC(year, Math.floor((i * 11) / count), 3 + ((i * 5) % 20), 9, 0)),
      institutionId: INSTITUTIONS[n % INSTITUTIONS.length] as string,
      companyId: COMPANIES[n % COMPANIES.length] as string,
      grounds: misuse ? [] : (GROUNDS[n % GROUNDS.length] as GroundCode[]),
      channel: n % 5 === 0 ? 'ADV' : 'SBB',
      until: n % 5 === 0 ? 'adv' : 'CLOSED',
      decision: n % 3 === 0 ? 'IMPROVEMENT_AGREEMENTS' : 'UNFOUNDED',
    };
  });
}

export async function seedReportsDemo(db: Kysely<ReportsDatabase>, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('report').select('id').limit(1).execute();
    if (existing.length > 0) return 0;
    const year = Number(todayInNetherlands(now).slice(0, 4));
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const lastYear = (month: number) => new Date(Date.UTC(year - 1, month, 14, 9, 0));
    const open: Planned[] = [
      // Now, in every state (few, so this year's figures stay below the threshold of 10).
      {
        at: ago(1),
        institutionId: 'roc-zadkine',
        companyId: 'kvk-90000003',
        grounds: ['ORIGIN'],
        channel: 'INSTITUTION_DESK',
        until: 'desk',
      },
      {
        at: ago(14),
        institutionId: 'roc-zadkine',
        companyId: 'kvk-90000006',
        grounds: [],
        channel: 'INSTITUTION_DESK',
        until: 'desk-overdue',
      },
      {
        at: ago(2),
        institutionId: 'albeda-college',
        companyId: 'kvk-90000004',
        grounds: ['GENDER'],
        channel: 'SBB',
        until: 'RECEIVED',
      },
      {
        at: ago(9),
        institutionId: 'roc-midden-nederland',
        companyId: 'kvk-90000005',
        grounds: ['RELIGION'],
        channel: 'SBB',
        until: 'ACKNOWLEDGED',
      },
      {
        at: ago(30),
        institutionId: 'roc-zadkine',
        companyId: 'kvk-90000007',
        grounds: ['DISABILITY'],
        channel: 'SBB',
        until: 'HEARING',
      },
      // Received last year and still running, or closed this year.
      {
        at: lastYear(9),
        institutionId: 'albeda-college',
        companyId: 'kvk-90000008',
        grounds: ['AGE'],
        channel: 'SBB',
        until: 'INVESTIGATING',
      },
      {
        at: lastYear(10),
        institutionId: 'roc-van-amsterdam',
        companyId: 'kvk-90000009',
        grounds: ['ORIGIN'],
        channel: 'SBB',
        until: 'MONITORING',
        decision: 'IMPROVEMENT_AGREEMENTS',
      },
      {
        at: lastYear(8),
        institutionId: 'roc-midden-nederland',
        companyId: 'kvk-90000010',
        grounds: ['SEXUAL_ORIENTATION'],
        channel: 'SBB',
        until: 'CLOSED',
        decision: 'UNFOUNDED',
      },
      {
        at: lastYear(7),
        institutionId: 'roc-zadkine',
        companyId: 'kvk-90000004',
        grounds: ['ORIGIN'],
        channel: 'ADV',
        until: 'adv',
      },
    ];
    const planned = [...open, ...pastYear(year - 2, 34, 0), ...pastYear(year - 1, 41, 34)];
    for (const [index, plan] of planned.entries()) {
      const reportId = await submit(trx, plan, index);
      if (plan.until === 'desk-overdue') {
        await sql`update report set forward_due_on = ${isoDay(ago(7))} where id = ${reportId}`.execute(trx);
      }
      await runCase(trx, reportId, plan);
    }
    await setRecordedSince(trx as unknown as Kysely<ReportsDatabase>, `${year - 2}-01-01`);
    return planned.length;
  });
}
