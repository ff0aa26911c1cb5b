import type { GraphQLResolveInfo } from 'graphql';
import { recordAudit } from '../db/audit.ts';
import { findAuditLog, findCase, findCases } from '../db/cases.ts';
import { findOverdueDeskReports, findReports } from '../db/reports.ts';
import { CASE_COMPANIES, CASE_HANDLERS } from '../domain/access.ts';
import { todayInNetherlands } from '../domain/working-days.ts';
import { builder } from './builder.ts';
import { CompanyCaseRef, SbbCaseRef, SbbCaseSummaryRef } from './case-types.schema.ts';
import { ReportSummaryRef } from './report-types.schema.ts';

const AuditEntryRef = builder
  .objectRef<{ at: Date; subject: string; role: string; action: string; entity: string; fields: string[] }>(
    'AuditEntry',
  )
  .implement({
    description: 'Wie wanneer welke gegevens van een zaak of melding opvroeg of wijzigde.',
    fields: (t) => ({
      at: t.string({ resolve: (e) => new Date(e.at).toISOString() }),
      subject: t.exposeString('subject'),
      role: t.exposeString('role'),
      action: t.exposeString('action'),
      entity: t.exposeString('entity', { description: '"case" of "report".' }),
      fields: t.exposeStringList('fields'),
    }),
  });

function selectedFields(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      names.add(selection.kind === 'Field' ? selection.name.value : '…');
    }
  }
  return [...names].sort();
}

builder.queryFields((t) => ({
  sbbCases: t.field({
    type: [SbbCaseSummaryRef],
    nullable: true,
    description: 'De zaken van SBB, oudste eerst, met leeftijd en termijnen. Standaard alleen lopende zaken.',
    authScopes: CASE_HANDLERS,
    args: { includeClosed: t.arg.boolean({ required: false }) },
    resolve: (_root, { includeClosed }, { db }) => findCases(db, { open: !includeClosed }),
  }),
  sbbCase: t.field({
    type: SbbCaseRef,
    nullable: true,
    description:
      'Eén zaak met de melding, de verklaringen en de afspraken. Elke keer wordt vastgelegd wie welke velden opvroeg.',
    authScopes: CASE_HANDLERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { db, caller }, info) =>
      db.transaction().execute(async (trx) => {
        const found = await findCase(trx, String(id));
        if (!found) return null;
        await recordAudit(trx, caller, 'READ', 'case', found.id, selectedFields(info));
        return found;
      }),
  }),
  caseAuditLog: t.field({
    type: [AuditEntryRef],
    nullable: true,
    description: 'Wie de zaak en de melding inzag of wijzigde, oudste eerst.',
    authScopes: CASE_HANDLERS,
    args: { caseId: t.arg.id({ required: true }) },
    resolve: async (_root, { caseId }, { db }) => {
      const found = await findCase(db, String(caseId));
      if (!found) return null;
      const entries = [
        ...(await findAuditLog(db, 'case', [found.id])),
        ...(await findAuditLog(db, 'report', [found.report_id])),
      ];
      return entries.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    },
  }),
  overdueDeskReports: t.field({
    type: [ReportSummaryRef],
    nullable: true,
    description:
      'Meldingen die een school na de termijn nog niet naar SBB heeft doorgestuurd: zonder inhoud en zonder melder.',
    authScopes: CASE_HANDLERS,
    resolve: (_root, _args, { db }) => findOverdueDeskReports(db, todayInNetherlands()),
  }),
  companyCases: t.field({
    type: [CompanyCaseRef],
    nullable: true,
    description: 'De meldingen over uw leerbedrijf bij SBB, zonder wie meldde.',
    authScopes: CASE_COMPANIES,
    resolve: async (_root, _args, { db, caller }) => {
      const cases = await findCases(db, { companyId: caller.organisation });
      const reports = new Map(
        (
          await findReports(
            db,
            cases.map((c) => c.report_id),
          )
        ).map((r) => [r.id, r]),
      );
      return cases.flatMap((c) => {
        const report = reports.get(c.report_id);
        return report ? [{ ...c, report }] : [];
      });
    },
  }),
}));
