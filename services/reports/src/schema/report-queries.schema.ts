import type { GraphQLResolveInfo } from 'graphql';
import {
  findDeskReports,
  findReportByReceipt,
  findReportEvents,
  findReportsOfStudent,
  type ReportRow,
} from '../db/reports.ts';
import { ANYONE, DESK_STAFF, HANDLERS, REPORTERS } from '../domain/access.ts';
import { normaliseReceiptCode, REPORT_STATUSES, receiptHash } from '../domain/reports.ts';
import { readDetails } from '../use-cases/reports.ts';
import { builder } from './builder.ts';
import {
  ReportChannelEnum,
  ReportRef,
  ReportStatusChange,
  ReportStatusEnum,
  ReportSummaryRef,
} from './report-types.schema.ts';

/** What a receipt code shows: where the report is, never what it says or who made it. */
export const ReportProgress = builder.objectRef<ReportRow>('ReportProgress').implement({
  description: 'De voortgang van een melding, op te vragen met de ontvangstcode, zonder in te loggen.',
  fields: (t) => ({
    status: t.field({ type: ReportStatusEnum, resolve: (r) => r.status }),
    statusLabel: t.string({ resolve: (r) => REPORT_STATUSES[r.status] }),
    channel: t.field({ type: ReportChannelEnum, resolve: (r) => r.channel }),
    receivedAt: t.string({ resolve: (r) => r.received_at.toISOString() }),
    forwardedAt: t.string({ nullable: true, resolve: (r) => r.forwarded_at?.toISOString() ?? null }),
    history: t.field({
      type: [ReportStatusChange],
      resolve: async (r, _args, { db }) => (await findReportEvents(db, [r.id])).filter((e) => e.kind === 'STATUS'),
    }),
  }),
});

/** The fields of Report a query selected: what the audit log records as read. */
function selectedFields(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === 'Field') names.add(selection.name.value);
      else names.add('…');
    }
  }
  return [...names].sort();
}

builder.queryFields((t) => ({
  reportByReceipt: t.field({
    type: ReportProgress,
    nullable: true,
    description:
      'De voortgang van een melding met de ontvangstcode (zonder inloggen). Leeg bij een onbekende code. ' +
      'Codes zijn niet te raden (100 bits) en de gateway begrenst het aantal verzoeken per afzender.',
    authScopes: ANYONE,
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, { code }, { db }) => {
      const normalised = normaliseReceiptCode(code);
      return normalised ? ((await findReportByReceipt(db, receiptHash(normalised))) ?? null) : null;
    },
  }),
  myReports: t.field({
    type: [ReportSummaryRef],
    nullable: true,
    description:
      'De meldingen die de student met naam deed (anonieme meldingen zijn nergens aan de student gekoppeld).',
    authScopes: REPORTERS,
    resolve: (_root, _args, { db, caller }) => findReportsOfStudent(db, caller.subject),
  }),
  deskReports: t.field({
    type: [ReportSummaryRef],
    nullable: true,
    description: 'De meldingen bij het meldpunt van de eigen instelling, nieuwste eerst, met de doorstuurtermijn.',
    authScopes: DESK_STAFF,
    resolve: (_root, _args, { db, caller }) => findDeskReports(db, caller.organisation),
  }),
  report: t.field({
    type: ReportRef,
    nullable: true,
    description:
      'Eén melding met alle gegevens, voor wie haar behandelt (het meldpunt van de school, SBB na doorsturen). ' +
      'Elke keer wordt vastgelegd wie welke velden opvroeg. Leeg als de melding niet bestaat of niet voor u is.',
    authScopes: HANDLERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { db, caller }, info) => readDetails(db, caller, String(id), selectedFields(info)),
  }),
}));
