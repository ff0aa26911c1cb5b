import { ROLE_LABELS } from '@stelsel/auth';
import type { Selectable } from 'kysely';
import { findReportEvents, findReporter, type ReportRow } from '../db/reports.ts';
import type { ReportEventTable } from '../db/types.ts';
import { DISCRIMINATION_GROUNDS } from '../domain/grounds.ts';
import { REPORT_CHANNELS, REPORT_KINDS, REPORT_MOMENTS, REPORT_STATUSES } from '../domain/reports.ts';

import { todayInNetherlands } from '../domain/working-days.ts';
import { builder } from './builder.ts';
import { CompanyRef, StudentRef } from './entity-refs.schema.ts';
import { DiscriminationGround } from './ground.schema.ts';
import { InstitutionRef } from './institution.schema.ts';

const codes = <T extends Record<string, string>>(labels: T) =>
  Object.fromEntries(Object.entries(labels).map(([code, description]) => [code, { description }])) as {
    [K in keyof T]: { description: string };
  };

export const ReportKindEnum = builder.enumType('ReportKind', { values: codes(REPORT_KINDS) });
export const ReportMomentEnum = builder.enumType('ReportMoment', { values: codes(REPORT_MOMENTS) });
export const ReportChannelEnum = builder.enumType('ReportChannel', { values: codes(REPORT_CHANNELS) });
export const ReportStatusEnum = builder.enumType('ReportStatus', { values: codes(REPORT_STATUSES) });

type EventRow = Selectable<ReportEventTable>;

const ReportActor = builder.objectRef<{ subject: string; role: string }>('ReportActor').implement({
  description: 'Wie iets deed: de login en de rol. Bij een anonieme melding van een student: "anoniem".',
  fields: (t) => ({
    subject: t.exposeString('subject'),
    role: t.exposeString('role'),
    roleLabel: t.string({ resolve: (a) => ROLE_LABELS[a.role as keyof typeof ROLE_LABELS] ?? a.role }),
  }),
});

export const ReportStatusChange = builder.objectRef<EventRow>('ReportStatusChange').implement({
  description: 'Een stap in de behandeling van een melding.',
  fields: (t) => ({
    status: t.field({ type: ReportStatusEnum, resolve: (e) => e.status ?? 'AT_DESK' }),
    statusLabel: t.string({ resolve: (e) => REPORT_STATUSES[e.status ?? 'AT_DESK'] }),
    at: t.string({ description: 'Tijdstip (ISO 8601).', resolve: (e) => new Date(e.at).toISOString() }),
  }),
});

const ReportNote = builder.objectRef<EventRow>('ReportNote').implement({
  description: 'Een notitie bij de opvolging; alleen zichtbaar voor wie de melding behandelt.',
  fields: (t) => ({
    at: t.string({ resolve: (e) => new Date(e.at).toISOString() }),
    text: t.string({ resolve: (e) => e.text ?? '' }),
    by: t.field({ type: ReportActor, resolve: (e) => ({ subject: e.by_subject, role: e.by_role }) }),
  }),
});

const ReportReporter = builder
  .objectRef<{ name: string | null; email: string | null; phone: string | null; student_subject: string | null }>(
    'ReportReporter',
  )
  .implement({
    description: 'Wie meldde. Alleen zichtbaar voor wie de melding behandelt; nooit voor het leerbedrijf.',
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
      phone: t.exposeString('phone', { nullable: true }),
      student: t.field({
        type: StudentRef,
        nullable: true,
        resolve: (r) => (r.student_subject ? { id: r.student_subject } : null),
      }),
    }),
  });

const isOverdue = (r: ReportRow) =>
  r.status === 'AT_DESK' && r.forward_due_on !== null && r.forward_due_on < todayInNetherlands();

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Fields = PothosSchemaTypes.ObjectFieldBuilder<Types, ReportRow>;

/** All events of many reports in one query, per report in order. */
async function eventsOf(ids: readonly string[], db: Parameters<typeof findReportEvents>[0], kind: 'STATUS' | 'NOTE') {
  const events = await findReportEvents(db, ids);
  return ids.map((id) => events.filter((e) => e.report_id === id && e.kind === kind));
}

/** What every view of a report shows: what, about whom, where and how far. No story, no reporter. */
const summaryFields = (t: Fields) => ({
  id: t.exposeID('id'),
  kind: t.field({ type: ReportKindEnum, resolve: (r) => r.kind }),
  kindLabel: t.string({ description: 'De soort melding in het Nederlands.', resolve: (r) => REPORT_KINDS[r.kind] }),
  moment: t.field({ type: ReportMomentEnum, resolve: (r) => r.moment }),
  momentLabel: t.string({
    description: 'Wanneer het gebeurde, in het Nederlands.',
    resolve: (r) => REPORT_MOMENTS[r.moment],
  }),
  grounds: t.field({
    type: [DiscriminationGround],
    resolve: (r) => DISCRIMINATION_GROUNDS.filter((g) => r.grounds.includes(g.code)),
  }),
  occurredOn: t.field({ type: 'Date', resolve: (r) => r.occurred_on }),
  channel: t.field({ type: ReportChannelEnum, resolve: (r) => r.channel }),
  anonymous: t.exposeBoolean('anonymous'),
  status: t.field({ type: ReportStatusEnum, resolve: (r) => r.status }),
  statusLabel: t.string({ resolve: (r) => REPORT_STATUSES[r.status] }),
  receivedAt: t.string({
    description: 'Tijdstip van ontvangst (ISO 8601).',
    resolve: (r) => r.received_at.toISOString(),
  }),
  forwardDueOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'Meldpunt van de school: uiterlijk op deze dag doorsturen naar SBB.',
    resolve: (r) => r.forward_due_on,
  }),
  forwardedAt: t.string({ nullable: true, resolve: (r) => r.forwarded_at?.toISOString() ?? null }),
  overdue: t.boolean({
    description: 'Waar als het meldpunt de melding na de termijn nog niet naar SBB heeft doorgestuurd.',
    resolve: isOverdue,
  }),
  company: t.field({ type: CompanyRef, resolve: (r) => ({ id: r.company_id }) }),
  institution: t.field({ type: InstitutionRef, resolve: (r) => ({ id: r.institution_id }) }),
  history: t.loadableList({
    type: ReportStatusChange,
    load: (ids: string[], { db }) => eventsOf(ids, db, 'STATUS'),
    resolve: (r) => r.id,
  }),
});

export const ReportSummaryRef = builder.objectRef<ReportRow>('ReportSummary').implement({
  description: 'Een melding in een overzicht: zonder beschrijving en zonder wie meldde.',
  fields: summaryFields,
});

export const ReportRef = builder.objectRef<ReportRow>('Report').implement({
  description: 'Een melding met alle gegevens; elke keer dat iemand dit opvraagt, wordt vastgelegd in het auditlog.',
  fields: (t) => ({
    ...summaryFields(t),
    description: t.exposeString('description'),
    reporter: t.field({
      type: ReportReporter,
      nullable: true,
      description: 'Leeg bij een anonieme melding.',
      resolve: async (r, _args, { db }) => (await findReporter(db, r.id)) ?? null,
    }),
    notes: t.loadableList({
      type: ReportNote,
      load: (ids: string[], { db }) => eventsOf(ids, db, 'NOTE'),
      resolve: (r) => r.id,
    }),
  }),
});
