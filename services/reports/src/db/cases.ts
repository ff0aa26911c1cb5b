import { type Kysely, sql } from 'kysely';
import { isUuid, uuidsOnly } from './ids.ts';
import type {
  AgreementKind,
  AgreementStatus,
  CaseDecision,
  CaseStatus,
  HearingParty,
  ReportsDatabase,
} from './types.ts';

type Db = Kysely<ReportsDatabase>;

export interface CaseRow {
  id: string;
  report_id: string;
  status: CaseStatus;
  received_at: Date;
  acknowledge_due_on: string;
  acknowledged_at: Date | null;
  handler: string | null;
  decision: CaseDecision | null;
  motivation: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  closed_at: Date | null;
  company_id: string;
  institution_id: string;
}

const caseColumns = (db: Db) =>
  db
    .selectFrom('case_file')
    .innerJoin('report', 'report.id', 'case_file.report_id')
    .select([
      'case_file.id',
      'case_file.report_id',
      'case_file.status',
      'case_file.received_at',
      sql<string>`to_char(case_file.acknowledge_due_on, 'YYYY-MM-DD')`.as('acknowledge_due_on'),
      'case_file.acknowledged_at',
      'case_file.handler',
      'case_file.decision',
      'case_file.motivation',
      'case_file.decided_at',
      'case_file.decided_by',
      'case_file.closed_at',
      'report.company_id',
      'report.institution_id',
    ]);

export async function insertCase(
  db: Db,
  values: { id: string; reportId: string; receivedAt: Date; acknowledgeDueOn: string },
): Promise<void> {
  await db
    .insertInto('case_file')
    .values({
      id: values.id,
      report_id: values.reportId,
      status: 'RECEIVED',
      received_at: values.receivedAt,
      acknowledge_due_on: values.acknowledgeDueOn,
    })
    .execute();
}

export function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return caseColumns(db).where('case_file.id', '=', id).executeTakeFirst();
}

export function findCaseForUpdate(db: Db, id: string): Promise<CaseRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return caseColumns(db).where('case_file.id', '=', id).forUpdate().executeTakeFirst();
}

export function findCasesByReports(db: Db, ids: readonly string[]): Promise<CaseRow[]> {
  const reportIds = uuidsOnly(ids);
  if (reportIds.length === 0) return Promise.resolve([]);
  return caseColumns(db).where('case_file.report_id', 'in', reportIds).execute();
}

export function findCases(db: Db, filter: { open?: boolean; companyId?: string } = {}): Promise<CaseRow[]> {
  let query = caseColumns(db);
  if (filter.open) query = query.where('case_file.status', '<>', 'CLOSED');
  if (filter.companyId) query = query.where('report.company_id', '=', filter.companyId);
  return query.orderBy('case_file.received_at').execute();
}

export async function updateCase(
  db: Db,
  id: string,
  changes: Partial<{
    status: CaseStatus;
    acknowledged_at: Date;
    handler: string;
    decision: CaseDecision;
    motivation: string;
    decided_at: Date;
    decided_by: string;
    closed_at: Date;
  }>,
): Promise<void> {
  await db.updateTable('case_file').set(changes).where('id', '=', id).execute();
}

export async function insertStatement(
  db: Db,
  values: { caseId: string; party: HearingParty; givenOn: string; source: string; summary: string; by: string },
): Promise<void> {
  await db
    .insertInto('case_statement')
    .values({
      case_id: values.caseId,
      party: values.party,
      given_on: values.givenOn,
      source: values.source,
      summary: values.summary,
      recorded_by: values.by,
    })
    .execute();
}

export function findStatements(db: Db, ids: readonly string[]) {
  const caseIds = uuidsOnly(ids);
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_statement')
    .select([
      'id',
      'case_id',
      'party',
      sql<string>`to_char(given_on, 'YYYY-MM-DD')`.as('given_on'),
      'source',
      'summary',
      'recorded_by',
      'recorded_at',
    ])
    .where('case_id', 'in', caseIds)
    .orderBy('given_on')
    .orderBy('recorded_at')
    .execute();
}

export type StatementRow = Awaited<ReturnType<typeof findStatements>>[number];

export async function insertAgreements(
  db: Db,
  caseId: string,
  agreements: ReadonlyArray<{ kind: AgreementKind; description: string; dueOn: string }>,
): Promise<void> {
  if (agreements.length === 0) return;
  await db
    .insertInto('improvement_agreement')
    .values(
      agreements.map((a) => ({
        case_id: caseId,
        kind: a.kind,
        description: a.description,
        due_on: a.dueOn,
        status: 'OPEN' as const,
      })),
    )
    .execute();
}

const agreementColumns = (db: Db) =>
  db
    .selectFrom('improvement_agreement')
    .select([
      'id',
      'case_id',
      'kind',
      'description',
      sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('due_on'),
      'status',
      'company_report',
      'company_reported_at',
      'assessed_at',
      'assessed_by',
      'assessment',
    ]);

export function findAgreements(db: Db, ids: readonly string[]) {
  const caseIds = uuidsOnly(ids);
  if (caseIds.length === 0) return Promise.resolve([]);
  return agreementColumns(db).where('case_id', 'in', caseIds).orderBy('due_on').execute();
}

export function findAgreementForUpdate(db: Db, id: string) {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return agreementColumns(db).where('id', '=', id).forUpdate().executeTakeFirst();
}

export type AgreementRow = Awaited<ReturnType<typeof findAgreements>>[number];

export async function updateAgreement(
  db: Db,
  id: string,
  changes: Partial<{
    status: AgreementStatus;
    company_report: string;
    company_reported_at: Date;
    assessed_at: Date;
    assessed_by: string;
    assessment: string;
  }>,
): Promise<void> {
  await db.updateTable('improvement_agreement').set(changes).where('id', '=', id).execute();
}

export function findAuditLog(db: Db, entity: string, entityIds: readonly string[]) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', 'in', entityIds)
    .orderBy('at')
    .execute();
}
