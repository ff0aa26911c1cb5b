import type { ColumnType, Generated } from 'kysely';
import type { GroundCode } from '../domain/grounds.ts';

export type ReportStatus = 'RECEIVED' | 'FORWARDED' | 'IN_INVESTIGATION' | 'CLOSED';
export type CaseStatus = 'OPEN' | 'HEARING' | 'IMPROVEMENT_AGREEMENTS' | 'CLOSED';

type Timestamp = ColumnType<Date, Date | string | undefined, never>;

export interface ReportTable {
  id: Generated<string>;
  institution_id: string;
  company_id: string | null;
  /** Never the reporter's identity: a pseudonym, or null for an anonymous report. */
  reporter_pseudonym: string | null;
  anonymous: boolean;
  ground: GroundCode;
  area: string;
  nature: string;
  description: string;
  status: ReportStatus;
  received_at: Timestamp;
  /** Subject of whoever registered the report. */
  created_by: string;
}

export interface CaseFileTable {
  id: Generated<string>;
  report_id: string;
  status: CaseStatus;
  /** Subject of the SBB adviser handling the case; null until assigned. */
  handler: string | null;
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
}

export interface ReportDeskTable {
  institution_id: string;
  description: string | null;
  contact_url: string | null;
}

export interface ReportsDatabase {
  report: ReportTable;
  case_file: CaseFileTable;
  audit_log: AuditLogTable;
  report_desk: ReportDeskTable;
}
