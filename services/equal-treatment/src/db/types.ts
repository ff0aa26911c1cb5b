import type { EventTables } from '@stelsel/events';
import type { IntroWeekStatus, StudentSportAccess } from '@stelsel/reference-data';
import type { ColumnType } from 'kysely';

export interface MunicipalityTable {
  /** CBS gemeentecode, four digits ("0599"). */
  code: string;
  name: string;
}

export interface IntroWeekTable {
  municipality_code: string;
  year: number;
  status: IntroWeekStatus;
  /** What the source says, in its own words; or the municipality's own explanation. */
  note: string | null;
  /** Who organises the week (a foundation, the municipality, a student association). */
  organiser: string | null;
  /** How many mbo students took part; null until counted. */
  participants: number | null;
  /** The published source of a record taken from the papers; null for what a municipality recorded. */
  source: string | null;
  /** Who recorded it (token subject); null for records from a source or the demo seed. */
  recorded_by: string | null;
  recorded_at: ColumnType<Date, string | undefined, string>;
}

/** An institution's financial contribution to a city's intro week in a year (seeds/001_…txt 1125–1127). */
export interface IntroWeekContributionTable {
  municipality_code: string;
  year: number;
  institution_id: string;
  amount_cents: ColumnType<string, bigint | string, bigint | string>;
  recorded_by: string;
  recorded_at: ColumnType<Date, string | undefined, string>;
}

/** Whether mbo students can use student sport in a city and year (seeds/000_…txt 10–13). */
export interface StudentSportTable {
  municipality_code: string;
  year: number;
  access: StudentSportAccess;
  facilities: ColumnType<string[], string, string>;
  conditions: string | null;
  open_from: ColumnType<Date | null, string | null | undefined, string | null>;
  note: string | null;
  source: string | null;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, string | undefined, string>;
}

/** A date column: read as Date, written as JJJJ-MM-DD. */
type DateColumn = ColumnType<Date, string, string>;
type NullableDate = ColumnType<Date | null, string | null | undefined, string | null>;
type CreatedAt = ColumnType<Date, string | undefined, never>;

/** placements' StudentRecorded events, as they arrive (events/student-profiles.ts writes it, nothing else). */
export interface StudentProfileTable {
  student_id: string;
  institution_id: string;
  level: number;
  pathway: 'BOL' | 'BBL';
  programme: 'MBO' | 'VAVO' | 'ISK';
  cohort: number;
  date_of_birth: DateColumn;
  left_on: NullableDate;
  event_id: string;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export type BasicSkill = 'TAAL' | 'REKENEN' | 'BURGERSCHAP';
export type BookProvisionKind = 'BOOK' | 'LICENCE';

export interface BookProvisionTable {
  id: string;
  student_id: string;
  institution_id: string;
  school_year: string;
  subject: BasicSkill;
  kind: BookProvisionKind;
  provided_on: DateColumn;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface StudentCardTable {
  id: string;
  student_id: string;
  institution_id: string;
  card_number: string;
  issued_on: DateColumn;
  valid_until: DateColumn;
  issued_by: string;
}

export interface LearningMaterialsTermsTable {
  institution_id: string;
  school_year: string;
  terms: string;
  decision_days: number;
  published_at: ColumnType<Date, string | undefined, string>;
  published_by: string;
}

export interface BookListItemTable {
  id: string;
  institution_id: string;
  school_year: string;
  title: string;
  price_cents: ColumnType<string, bigint | string, bigint | string>;
  position: number;
}

export type RefundStatus = 'REQUESTED' | 'APPROVED' | 'REFUSED';

export interface RefundRequestTable {
  id: string;
  student_id: string;
  institution_id: string;
  school_year: string;
  materials: string;
  amount_cents: ColumnType<string, bigint | string, bigint | string>;
  explanation: string;
  status: ColumnType<RefundStatus, RefundStatus | undefined, RefundStatus>;
  requested_on: DateColumn;
  decide_by: DateColumn;
  decided_on: NullableDate;
  decided_by: string | null;
  decision_reason: string | null;
}

export interface StudentFundInfoTable {
  institution_id: string;
  summary: string;
  how_to_apply: string;
  contact: string;
  url: string | null;
  published_at: ColumnType<Date, string | undefined, string>;
  published_by: string;
}

export interface EqualTreatmentDatabase extends EventTables {
  municipality: MunicipalityTable;
  intro_week: IntroWeekTable;
  intro_week_contribution: IntroWeekContributionTable;
  student_sport: StudentSportTable;
  student_profile: StudentProfileTable;
  book_provision: BookProvisionTable;
  student_card: StudentCardTable;
  learning_materials_terms: LearningMaterialsTermsTable;
  book_list_item: BookListItemTable;
  refund_request: RefundRequestTable;
  student_fund_info: StudentFundInfoTable;
}
