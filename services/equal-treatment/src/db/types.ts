import type { IntroWeekStatus } from '@stelsel/reference-data';

export interface MunicipalityTable {
  /** CBS gemeentecode, four digits ("0599"). */
  code: string;
  name: string;
}

export interface IntroWeekTable {
  municipality_code: string;
  year: number;
  status: IntroWeekStatus;
  /** What the source says, in its own words. */
  note: string | null;
}

export interface EqualTreatmentDatabase {
  municipality: MunicipalityTable;
  intro_week: IntroWeekTable;
}
