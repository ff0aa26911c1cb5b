import { findReport } from '../db/reports.ts';
import { DESK_STAFF, HANDLERS, REPORTERS } from '../domain/access.ts';
import * as reports from '../use-cases/reports.ts';
import { builder } from './builder.ts';
import { ReportProgress } from './report-queries.schema.ts';
import { ReportChannelEnum, ReportKindEnum, ReportMomentEnum, ReportSummaryRef } from './report-types.schema.ts';

const ContactInput = builder.inputType('ReporterContactInput', {
  description: 'Contactgegevens voor de opvolging; allemaal niet verplicht.',
  fields: (t) => ({
    name: t.string({ required: false }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
  }),
});

const DeskContactInput = builder.inputType('DeskReporterInput', {
  description: 'Wie meldde, als de student dat wil; leeg laten voor een anonieme melding.',
  fields: (t) => ({
    studentId: t.id({ required: false, description: 'De student van de eigen instelling, als die bekend mag zijn.' }),
    name: t.string({ required: false }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
  }),
});

const contentFields = {
  companyId: 'Het erkende leerbedrijf waar het over gaat.',
  grounds: 'Discriminatiegronden (codes uit discriminationGrounds); leeg bij misbruik van een stagiair.',
} as const;

const SubmitReportInput = builder.inputType('SubmitReportInput', {
  fields: (t) => ({
    companyId: t.id({ required: true, description: contentFields.companyId }),
    kind: t.field({ type: ReportKindEnum, required: true }),
    moment: t.field({ type: ReportMomentEnum, required: true }),
    grounds: t.stringList({ required: true, description: contentFields.grounds }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'Wanneer het gebeurde (ongeveer).' }),
    description: t.string({ required: true, description: 'Wat er gebeurde, in eigen woorden (10–5000 tekens).' }),
    channel: t.field({ type: ReportChannelEnum, required: true }),
    anonymous: t.boolean({ required: true, description: 'Waar: er wordt niets over de melder bewaard.' }),
    contact: t.field({ type: ContactInput, required: false }),
  }),
});

const RegisterReportInput = builder.inputType('RegisterReportInput', {
  fields: (t) => ({
    companyId: t.id({ required: true, description: contentFields.companyId }),
    kind: t.field({ type: ReportKindEnum, required: true }),
    moment: t.field({ type: ReportMomentEnum, required: true }),
    grounds: t.stringList({ required: true, description: contentFields.grounds }),
    occurredOn: t.field({ type: 'Date', required: true }),
    description: t.string({ required: true }),
    reporter: t.field({ type: DeskContactInput, required: false }),
  }),
});

const ReportReceipt = builder.objectRef<{ receiptCode: string; reportId: string }>('ReportReceipt').implement({
  description: 'Bevestiging van een melding. Bewaar de ontvangstcode: die wordt maar één keer getoond.',
  fields: (t) => ({
    receiptCode: t.exposeString('receiptCode', {
      description: 'Hiermee volgt de melder de melding zonder in te loggen (reportByReceipt).',
    }),
    progress: t.field({
      type: ReportProgress,
      resolve: async (r, _args, { db }) => {
        const report = await findReport(db, r.reportId);
        if (!report) throw new Error('De melding is niet opgeslagen.');
        return report;
      },
    }),
  }),
});

const reportById = async (db: Parameters<typeof findReport>[0], id: string) => {
  const report = await findReport(db, id);
  if (!report) throw new Error('De melding ontbreekt.');
  return report;
};

builder.mutationFields((t) => ({
  submitReport: t.field({
    type: ReportReceipt,
    description:
      'Een student meldt discriminatie of misbruik bij een stage of leerbaan, met naam of anoniem, bij het ' +
      'meldpunt van de school, bij SBB of bij de ADV. Herhalen met dezelfde idempotencyKey maakt geen tweede melding.',
    authScopes: REPORTERS,
    errors: {},
    args: {
      input: t.arg({ type: SubmitReportInput, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: (_root, { input, idempotencyKey }, { db, caller }) =>
      db
        .transaction()
        .execute((trx) =>
          reports.submitByStudent(trx, caller, { ...input, companyId: String(input.companyId) }, idempotencyKey),
        ),
  }),
  registerReport: t.field({
    type: ReportReceipt,
    description:
      'Het meldpunt van de school legt een melding vast die daar binnenkwam, namens de student. Geef de ' +
      'ontvangstcode aan de student. Herhalen met dezelfde idempotencyKey maakt geen tweede melding.',
    authScopes: DESK_STAFF,
    errors: {},
    args: {
      input: t.arg({ type: RegisterReportInput, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: (_root, { input, idempotencyKey }, { db, caller }) =>
      db.transaction().execute((trx) =>
        reports.registerAtDesk(
          trx,
          caller,
          {
            ...input,
            companyId: String(input.companyId),
            contact: input.reporter ? { ...input.reporter, studentId: input.reporter.studentId?.toString() } : null,
          },
          idempotencyKey,
        ),
      ),
  }),
  forwardReportToSbb: t.field({
    type: ReportSummaryRef,
    description: 'Het meldpunt stuurt een melding over een erkend leerbedrijf door naar SBB.',
    authScopes: DESK_STAFF,
    errors: {},
    args: { reportId: t.arg.id({ required: true }) },
    resolve: async (_root, { reportId }, { db, caller }) => {
      await db.transaction().execute((trx) => reports.forwardToSbb(trx, caller, String(reportId)));
      return reportById(db, String(reportId));
    },
  }),
  addReportNote: t.field({
    type: ReportSummaryRef,
    description: 'Een notitie bij de opvolging (zichtbaar voor wie de melding behandelt).',
    authScopes: HANDLERS,
    errors: {},
    args: { reportId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (_root, { reportId, text }, { db, caller }) => {
      await db.transaction().execute((trx) => reports.addNote(trx, caller, String(reportId), text));
      return reportById(db, String(reportId));
    },
  }),
}));
