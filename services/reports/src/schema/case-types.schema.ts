import { type AgreementRow, type CaseRow, findAgreements, findStatements, type StatementRow } from '../db/cases.ts';
import { findReports, type ReportRow } from '../db/reports.ts';
import { AGREEMENT_KINDS, CASE_DECISIONS, CASE_STATUSES, HEARING_PARTIES } from '../domain/cases.ts';
import { DISCRIMINATION_GROUNDS } from '../domain/grounds.ts';
import { REPORT_KINDS, REPORT_MOMENTS } from '../domain/reports.ts';
import { todayInNetherlands } from '../domain/working-days.ts';
import { builder } from './builder.ts';
import { CompanyRef } from './entity-refs.schema.ts';
import { DiscriminationGround } from './ground.schema.ts';
import { ReportKindEnum, ReportMomentEnum, ReportRef, ReportSummaryRef } from './report-types.schema.ts';

const codes = <T extends Record<string, string>>(labels: T) =>
  Object.fromEntries(Object.entries(labels).map(([code, description]) => [code, { description }])) as {
    [K in keyof T]: { description: string };
  };

export const CaseStatusEnum = builder.enumType('CaseStatus', { values: codes(CASE_STATUSES) });
export const CaseDecisionEnum = builder.enumType('CaseDecision', { values: codes(CASE_DECISIONS) });
export const HearingPartyEnum = builder.enumType('HearingParty', { values: codes(HEARING_PARTIES) });
export const AgreementKindEnum = builder.enumType('ImprovementAgreementKind', { values: codes(AGREEMENT_KINDS) });
export const AgreementStatusEnum = builder.enumType('ImprovementAgreementStatus', {
  values: {
    OPEN: { description: 'Loopt nog' },
    FULFILLED: { description: 'Nagekomen' },
    BREACHED: { description: 'Niet nagekomen' },
  },
});

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 86_400_000);

export const CaseStatementRef = builder.objectRef<StatementRow>('CaseStatement').implement({
  description: 'Een verklaring in hoor en wederhoor, met datum en bron.',
  fields: (t) => ({
    party: t.field({ type: HearingPartyEnum, resolve: (s) => s.party }),
    partyLabel: t.string({ resolve: (s) => HEARING_PARTIES[s.party] }),
    givenOn: t.field({ type: 'Date', resolve: (s) => s.given_on }),
    source: t.exposeString('source', { description: 'Hoe de verklaring is gegeven (gesprek, brief, e-mail …).' }),
    summary: t.exposeString('summary'),
    recordedBy: t.exposeString('recorded_by'),
  }),
});

export const ImprovementAgreementRef = builder.objectRef<AgreementRow>('ImprovementAgreement').implement({
  description: 'Een verbeterafspraak met termijn, gevolgd tot nagekomen of niet nagekomen.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: AgreementKindEnum, resolve: (a) => a.kind }),
    kindLabel: t.string({ resolve: (a) => AGREEMENT_KINDS[a.kind] }),
    description: t.exposeString('description'),
    dueOn: t.field({ type: 'Date', resolve: (a) => a.due_on }),
    status: t.field({ type: AgreementStatusEnum, resolve: (a) => a.status }),
    overdue: t.boolean({
      description: 'Waar als de termijn voorbij is en de afspraak nog niet is beoordeeld.',
      resolve: (a) => a.status === 'OPEN' && a.due_on < todayInNetherlands(),
    }),
    companyReport: t.exposeString('company_report', { nullable: true }),
    companyReportedAt: t.string({ nullable: true, resolve: (a) => iso(a.company_reported_at) }),
    assessment: t.exposeString('assessment', { nullable: true }),
    assessedAt: t.string({ nullable: true, resolve: (a) => iso(a.assessed_at) }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Fields = PothosSchemaTypes.ObjectFieldBuilder<Types, CaseRow>;

/** The reports of many cases in one query. */
const reportsOf = async (ids: string[], db: Parameters<typeof findReports>[0]) => {
  const rows = new Map((await findReports(db, ids)).map((r) => [r.id, r]));
  return ids.map((id) => rows.get(id) ?? new Error(`Melding ${id} ontbreekt.`));
};

const byCase = <Row extends { case_id: string }>(ids: readonly string[], rows: Row[]) =>
  ids.map((id) => rows.filter((row) => row.case_id === id));

/** What SBB's case list shows: stage, age and deadlines. */
const caseFields = (t: Fields) => ({
  id: t.exposeID('id'),
  status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
  statusLabel: t.string({ resolve: (c) => CASE_STATUSES[c.status] }),
  receivedAt: t.string({ resolve: (c) => new Date(c.received_at).toISOString() }),
  ageInDays: t.int({
    description: 'Dagen sinds ontvangst (tot afsluiten).',
    resolve: (c) => daysBetween(new Date(c.received_at), c.closed_at ?? new Date()),
  }),
  acknowledgeDueOn: t.field({
    type: 'Date',
    description: 'Uiterlijk te bevestigen: 3 werkdagen na ontvangst.',
    resolve: (c) => c.acknowledge_due_on,
  }),
  acknowledgedAt: t.string({ nullable: true, resolve: (c) => iso(c.acknowledged_at) }),
  acknowledgeOverdue: t.boolean({
    description: 'Waar als de ontvangst na 3 werkdagen nog niet is bevestigd.',
    resolve: (c) => c.acknowledged_at === null && c.acknowledge_due_on < todayInNetherlands(),
  }),
  handler: t.exposeString('handler', { nullable: true }),
  company: t.field({ type: CompanyRef, resolve: (c) => ({ id: c.company_id }) }),
  decision: t.field({ type: CaseDecisionEnum, nullable: true, resolve: (c) => c.decision }),
  decisionLabel: t.string({ nullable: true, resolve: (c) => (c.decision ? CASE_DECISIONS[c.decision] : null) }),
  decidedAt: t.string({ nullable: true, resolve: (c) => iso(c.decided_at) }),
  agreements: t.loadableList({
    type: ImprovementAgreementRef,
    load: async (ids: string[], { db }) => byCase(ids, await findAgreements(db, ids)),
    resolve: (c) => c.id,
  }),
});

export const SbbCaseSummaryRef = builder.objectRef<CaseRow>('SbbCaseSummary').implement({
  description: 'Een zaak in de lijst van SBB, met leeftijd en termijnen; zonder de inhoud van de melding.',
  fields: (t) => ({
    ...caseFields(t),
    report: t.loadable({
      type: ReportSummaryRef,
      load: (ids: string[], { db }) => reportsOf(ids, db),
      resolve: (c) => c.report_id,
    }),
  }),
});

export const SbbCaseRef = builder.objectRef<CaseRow>('SbbCase').implement({
  description: 'Een zaak met alle gegevens; elke keer dat iemand dit opvraagt, wordt vastgelegd in het auditlog.',
  fields: (t) => ({
    ...caseFields(t),
    motivation: t.exposeString('motivation', { nullable: true }),
    decidedBy: t.exposeString('decided_by', { nullable: true }),
    report: t.loadable({
      type: ReportRef,
      load: (ids: string[], { db }) => reportsOf(ids, db),
      resolve: (c) => c.report_id,
    }),
    statements: t.loadableList({
      type: CaseStatementRef,
      load: async (ids: string[], { db }) => byCase(ids, await findStatements(db, ids)),
      resolve: (c) => c.id,
    }),
  }),
});

/** A case as the company it is about sees it: what and when roughly, never who reported or the story. */
export const CompanyCaseRef = builder.objectRef<CaseRow & { report: ReportRow }>('CompanyCase').implement({
  description: 'Een melding over uw leerbedrijf bij SBB, zonder wie meldde en zonder het verhaal van de melder.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    statusLabel: t.string({ resolve: (c) => CASE_STATUSES[c.status] }),
    receivedAt: t.string({ resolve: (c) => new Date(c.received_at).toISOString() }),
    kind: t.field({ type: ReportKindEnum, resolve: (c) => c.report.kind }),
    kindLabel: t.string({ resolve: (c) => REPORT_KINDS[c.report.kind] }),
    moment: t.field({ type: ReportMomentEnum, resolve: (c) => c.report.moment }),
    momentLabel: t.string({ resolve: (c) => REPORT_MOMENTS[c.report.moment] }),
    grounds: t.field({
      type: [DiscriminationGround],
      resolve: (c) => DISCRIMINATION_GROUNDS.filter((g) => c.report.grounds.includes(g.code)),
    }),
    occurredInMonth: t.string({
      description: 'De maand waarin het gebeurde (JJJJ-MM); de precieze dag zou de melder kunnen aanwijzen.',
      resolve: (c) => c.report.occurred_on.slice(0, 7),
    }),
    mayGiveStatement: t.boolean({
      resolve: (c) => ['ACKNOWLEDGED', 'INVESTIGATING', 'HEARING'].includes(c.status),
    }),
    ownStatements: t.field({
      type: [CaseStatementRef],
      description: 'De verklaringen van het leerbedrijf zelf.',
      resolve: async (c, _args, { db }) => (await findStatements(db, [c.id])).filter((s) => s.party === 'COMPANY'),
    }),
    decision: t.field({ type: CaseDecisionEnum, nullable: true, resolve: (c) => c.decision }),
    decisionLabel: t.string({ nullable: true, resolve: (c) => (c.decision ? CASE_DECISIONS[c.decision] : null) }),
    motivation: t.exposeString('motivation', { nullable: true }),
    agreements: t.field({
      type: [ImprovementAgreementRef],
      resolve: (c, _args, { db }) => findAgreements(db, [c.id]),
    }),
  }),
});
