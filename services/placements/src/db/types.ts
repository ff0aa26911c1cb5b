import type { ColumnType, Generated } from 'kysely';

/**
 * A `date` column: written as `JJJJ-MM-DD` text, read back as text with `to_char` in the queries
 * (never as a JavaScript Date, whose time zone could shift the day).
 */
export type DateColumn = ColumnType<Date, string, string>;

export type Pathway = 'BOL' | 'BBL';
export type AccreditationStatus = 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';
export type PlaceStatus = 'OPEN' | 'CLOSED';

export interface InstitutionTable {
  /** Slug of the published name, e.g. `roc-zadkine`. */
  id: string;
  name: string;
  /** BRIN code; unknown for now, so null. */
  brin_code: string | null;
  /** CBS code of the seat; null when the seat is not generally known. */
  municipality_code: string | null;
}

export interface QualificationTable {
  crebo: string;
  name: string;
  level: number;
}

export interface StudentTable {
  /** `<institution-id>-s001`, … */
  id: string;
  institution_id: string;
  given_name: string;
  family_name: string;
  qualification_crebo: string;
  level: number;
  pathway: Pathway;
  /** Year of enrolment. */
  cohort: number;
  date_of_birth: DateColumn;
}

export interface CompanyTable {
  /** `kvk-<8 digits>`. */
  id: string;
  kvk_number: string;
  name: string;
  municipality_code: string | null;
}

export interface AccreditationTable {
  id: Generated<number>;
  company_id: string;
  qualification_crebo: string;
  status: AccreditationStatus;
  since: DateColumn;
}

export interface PlaceTable {
  id: string;
  company_id: string;
  title: string;
  pathway: Pathway;
  qualification_crebo: string;
  level: number;
  capacity: number;
  starts_on: DateColumn;
  ends_on: DateColumn;
  municipality_code: string | null;
  status: PlaceStatus;
}

export interface PlacementsDatabase {
  institution: InstitutionTable;
  qualification: QualificationTable;
  student: StudentTable;
  company: CompanyTable;
  accreditation: AccreditationTable;
  place: PlaceTable;
}
