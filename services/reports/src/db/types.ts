import type { EventTables } from '@stelsel/events';
import type { ColumnType, Generated } from 'kysely';
import type { GroundCode } from '../domain/grounds.ts';

export type ReportKind = 'DISCRIMINATION' | 'MISUSE';
export type ReportMoment = 'SELECTION' | 'DURING_INTERNSHIP';
export type ReportChannel = 'INSTITUTION_DESK' | 'SBB' | 'ADV';
export type ReportStatus = 'AT_DESK' | 'WITH_SBB' | 'WITH_ADV' | 'CLOSED';

type Timestamp = ColumnType<Date, Date | string | undefined, never>;
/** A `date` column, read as `JJJJ-MM-DD` text (the queries select it with to_char). */
type CalendarDate = ColumnType<string, string, string>;

export interface ReportTable {
  id: string;
  /** The institution of the student: its desk handles a desk report, its counts include the report. */
  institution_id: string;
  /** The accredited company the report is about (placements' Company id). */
  company_id: string;
  kind: ReportKind;
  moment: ReportMoment;
  /** Discrimination grounds (codes of DISCRIMINATION_GROUNDS); empty for misuse of an intern. */
  grounds: ColumnType<GroundCode[], GroundCode[], GroundCode[]>;
  occurred_on: CalendarDate;
  description: string;
  channel: ReportChannel;
  anonymous: boolean;
  status: ReportStatus;
  received_at: Timestamp;
  /** Desk reports only: the day by which the desk must have forwarded it to SBB. */
  forward_due_on: CalendarDate | null;
  forwarded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  registered_by: string;
  registered_by_role: 'student' | 'institution';
}

/** SHA-256 of a receipt code: the code itself is shown once, to the reporter, and never stored. */
export interface ReportReceiptTable {
  hash: string;
  report_id: string;
}

/** The reporter's identity, apart from the report: absent for an anonymous report. */
export interface ReportReporterTable {
  report_id: string;
  pseudonym: string;
  student_subject: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface ReportEventTable {
  id: Generated<string>;
  report_id: string;
  at: Timestamp;
  kind: 'STATUS' | 'NOTE';
  status: ReportStatus | null;
  text: string | null;
  by_subject: string;
  by_role: string;
  by_organisation: string;
}

export type CaseStatus = 'RECEIVED' | 'ACKNOWLEDGED' | 'INVESTIGATING' | 'HEARING' | 'MONITORING' | 'CLOSED';
export type CaseDecision = 'UNFOUNDED' | 'IMPROVEMENT_AGREEMENTS' | 'SUSPENSION' | 'WITHDRAWAL';
export type HearingParty = 'COMPANY' | 'INSTITUTION' | 'STUDENT';
export type AgreementKind = 'OTHER_SUPERVISOR' | 'CONFIDENTIAL_ADVISER' | 'BPV_PLAN' | 'COURSE' | 'OTHER';
export type AgreementStatus = 'OPEN' | 'FULFILLED' | 'BREACHED';
type MaybeTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** SBB's case on a report that reached it. */
export interface CaseFileTable {
  id: string;
  report_id: string;
  status: CaseStatus;
  received_at: Timestamp;
  /** Acknowledge within 3 working days of receipt. */
  acknowledge_due_on: CalendarDate;
  acknowledged_at: MaybeTimestamp;
  /** The SBB adviser handling the case. */
  handler: string | null;
  decision: CaseDecision | null;
  motivation: string | null;
  decided_at: MaybeTimestamp;
  decided_by: string | null;
  closed_at: MaybeTimestamp;
}

/** A statement in hoor en wederhoor, with its date and source. */
export interface CaseStatementTable {
  id: Generated<string>;
  case_id: string;
  party: HearingParty;
  given_on: CalendarDate;
  source: string;
  summary: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ImprovementAgreementTable {
  id: Generated<string>;
  case_id: string;
  kind: AgreementKind;
  description: string;
  due_on: CalendarDate;
  status: AgreementStatus;
  /** What the company reported it did. */
  company_report: string | null;
  company_reported_at: MaybeTimestamp;
  assessed_at: MaybeTimestamp;
  assessed_by: string | null;
  assessment: string | null;
}

/** One row: since when reports are recorded in this system. */
export interface ReportingPeriodTable {
  id: Generated<boolean>;
  recorded_since: CalendarDate;
}

/** A company's region, projected from placements' CompanyRegistered events. */
export interface CompanyProfileTable {
  company_id: string;
  name: string;
  region_code: string | null;
  region_name: string | null;
  /** SBB sector (sectorkamer) code and name, as placements tells them. */
  sector_code: string | null;
  sector_name: string | null;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  subject: string;
  role: string;
  organisation: string;
  action: string;
  entity: string;
  entity_id: string;
  /** Which fields of the record were read or changed. */
  fields: ColumnType<string[], string[] | undefined, never>;
}

export interface ReportDeskTable {
  institution_id: string;
  description: string | null;
  contact_url: string | null;
  email: string | null;
  phone: string | null;
  /** Who handles reports (e.g. "de vertrouwenspersoon stages"). */
  handlers: string | null;
  /** Opening hours or the response time. */
  availability: string | null;
  /** External alternatives besides SBB and the ADV the system always names. */
  alternatives: string | null;
  updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  updated_by: string | null;
}

/** The outbox and the event inbox/cursor come from packages/events. */
export interface ReportsDatabase extends EventTables {
  report: ReportTable;
  report_receipt: ReportReceiptTable;
  report_reporter: ReportReporterTable;
  report_event: ReportEventTable;
  case_file: CaseFileTable;
  case_statement: CaseStatementTable;
  improvement_agreement: ImprovementAgreementTable;
  reporting_period: ReportingPeriodTable;
  company_profile: CompanyProfileTable;
  audit_log: AuditLogTable;
  report_desk: ReportDeskTable;
}
