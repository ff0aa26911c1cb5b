import { type Kysely, sql } from 'kysely';
import type { GroundCode } from '../domain/grounds.ts';
import { isUuid, uuidsOnly } from './ids.ts';
import type {
  ReportChannel,
  ReportEventTable,
  ReportKind,
  ReportMoment,
  ReportReporterTable,
  ReportStatus,
  ReportsDatabase,
} from './types.ts';

type Db = Kysely<ReportsDatabase>;

/** A report as the queries read it: dates as `JJJJ-MM-DD`, timestamps as Date. */
export interface ReportRow {
  id: string;
  institution_id: string;
  company_id: string;
  kind: ReportKind;
  moment: ReportMoment;
  grounds: GroundCode[];
  occurred_on: string;
  description: string;
  channel: ReportChannel;
  anonymous: boolean;
  status: ReportStatus;
  received_at: Date;
  forward_due_on: string | null;
  forwarded_at: Date | null;
  registered_by_role: 'student' | 'institution';
}

const reportColumns = (db: Db) =>
  db
    .selectFrom('report')
    .select([
      'id',
      'institution_id',
      'company_id',
      'kind',
      'moment',
      'grounds',
      sql<string>`to_char(occurred_on, 'YYYY-MM-DD')`.as('occurred_on'),
      'description',
      'channel',
      'anonymous',
      'status',
      'received_at',
      sql<string | null>`to_char(forward_due_on, 'YYYY-MM-DD')`.as('forward_due_on'),
      'forwarded_at',
      'registered_by_role',
    ]);

export interface NewReport {
  id: string;
  institutionId: string;
  companyId: string;
  kind: ReportKind;
  moment: ReportMoment;
  grounds: GroundCode[];
  occurredOn: string;
  description: string;
  channel: ReportChannel;
  status: ReportStatus;
  forwardDueOn: string | null;
  registeredBy: string;
  registeredByRole: 'student' | 'institution';
  reporter: Omit<ReportReporterTable, 'report_id'> | null;
}

export async function insertReport(db: Db, report: NewReport): Promise<void> {
  await db
    .insertInto('report')
    .values({
      id: report.id,
      institution_id: report.institutionId,
      company_id: report.companyId,
      kind: report.kind,
      moment: report.moment,
      grounds: sql<GroundCode[]>`${sql.val(report.grounds)}::text[]` as unknown as GroundCode[],
      occurred_on: report.occurredOn,
      description: report.description,
      channel: report.channel,
      anonymous: report.reporter === null,
      status: report.status,
      forward_due_on: report.forwardDueOn,
      registered_by: report.registeredBy,
      registered_by_role: report.registeredByRole,
    })
    .execute();
  if (report.reporter) {
    await db
      .insertInto('report_reporter')
      .values({ report_id: report.id, ...report.reporter })
      .execute();
  }
}

export function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return reportColumns(db).where('id', '=', id).executeTakeFirst();
}

export function findReports(db: Db, all: readonly string[]): Promise<ReportRow[]> {
  const ids = uuidsOnly(all);
  if (ids.length === 0) return Promise.resolve([]);
  return reportColumns(db).where('id', 'in', ids).execute();
}

/** Desk reports not forwarded to SBB by their due day (`today` is later). */
export function findOverdueDeskReports(db: Db, today: string): Promise<ReportRow[]> {
  return reportColumns(db)
    .where('status', '=', 'AT_DESK')
    .where('forward_due_on', '<', today)
    .orderBy('forward_due_on')
    .execute();
}

/** Locks the report row for a change in this transaction. */
export function findReportForUpdate(db: Db, id: string): Promise<ReportRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return reportColumns(db).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function addReceipt(db: Db, reportId: string, hash: string): Promise<void> {
  await db.insertInto('report_receipt').values({ hash, report_id: reportId }).execute();
}

export function findReportByReceipt(db: Db, hash: string): Promise<ReportRow | undefined> {
  return reportColumns(db)
    .where('id', '=', (eb) => eb.selectFrom('report_receipt').select('report_id').where('hash', '=', hash))
    .executeTakeFirst();
}

export function findReportsOfStudent(db: Db, studentSubject: string): Promise<ReportRow[]> {
  return reportColumns(db)
    .where('id', 'in', (eb) =>
      eb.selectFrom('report_reporter').select('report_id').where('student_subject', '=', studentSubject),
    )
    .orderBy('received_at', 'desc')
    .execute();
}

/** The reports an institution's desk handles: those registered at or sent to its desk. */
export function findDeskReports(db: Db, institutionId: string): Promise<ReportRow[]> {
  return reportColumns(db)
    .where('institution_id', '=', institutionId)
    .where('channel', '=', 'INSTITUTION_DESK')
    .orderBy('received_at', 'desc')
    .execute();
}

export function findReporter(db: Db, reportId: string) {
  if (!isUuid(reportId)) return Promise.resolve(undefined);
  return db.selectFrom('report_reporter').selectAll().where('report_id', '=', reportId).executeTakeFirst();
}

/** A report sent straight to SBB counts as forwarded from the moment it arrived. */
export async function markForwarded(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('report').set({ forwarded_at: at }).where('id', '=', id).execute();
}

export async function updateStatus(
  db: Db,
  id: string,
  status: ReportStatus,
  changes: { forwardedAt?: Date } = {},
): Promise<void> {
  await db
    .updateTable('report')
    .set({ status, ...(changes.forwardedAt ? { forwarded_at: changes.forwardedAt } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function insertReportEvent(db: Db, event: Omit<ReportEventTable, 'id' | 'at'>): Promise<void> {
  await db.insertInto('report_event').values(event).execute();
}

export function findReportEvents(db: Db, reportIds: readonly string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_event')
    .selectAll()
    .where('report_id', 'in', reportIds)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
