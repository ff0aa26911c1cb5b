import type { EventTables } from '@stelsel/events';
import type {
  AgreementEventKind,
  AgreementParty,
  AgreementStatus,
  AllowanceKind,
  ContactMode,
  ContactMomentExceptionReason,
  ContactMomentKind,
} from '@stelsel/placements-common';
import type { ColumnType, Generated } from 'kysely';

/**
 * A `date` column: written as `JJJJ-MM-DD` text, read back as text with `to_char` in the queries
 * (never as a JavaScript Date, whose time zone could shift the day).
 */
export type DateColumn = ColumnType<Date, string, string>;

export type Pathway = 'BOL' | 'BBL';
export type StudentProgramme = 'MBO' | 'VAVO' | 'ISK';
export type AccreditationStatus = 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';
export type PlaceStatus = 'OPEN' | 'CLOSED';
export type InclusiveMarker = 'ACCESSIBLE_WORKPLACE' | 'GUIDANCE_LEVEL_1_2' | 'PART_TIME_POSSIBLE' | 'LANGUAGE_SUPPORT';

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
  /** SBB sector (sectorkamer) code, see domain/sectors.ts. */
  sector_code: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** MBO, or the VAVO or ISK programme an ROC also runs (issue 12: no free basic-skills books there). */
  programme: ColumnType<StudentProgramme, StudentProgramme | undefined, StudentProgramme>;
  /** The day the student was unenrolled; null while enrolled. */
  left_on: ColumnType<Date | null, string | null | undefined, string | null>;
  /** Contact address, shown to the company only after a confirmed match — issue 4. */
  email: string | null;
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
  description: ColumnType<string, string | undefined, string>;
  /** Street and number of the workplace. */
  address: ColumnType<string, string | undefined, string>;
  city: ColumnType<string, string | undefined, string>;
  hours_per_week: ColumnType<number, number | undefined, number>;
  /** Whole cents per month (int8: read as text, see places.ts). */
  expense_allowance_cents: ColumnType<string, bigint | undefined, bigint>;
  internship_wage_cents: ColumnType<string | null, bigint | null | undefined, bigint | null>;
  inclusive_markers: ColumnType<InclusiveMarker[], InclusiveMarker[] | undefined, InclusiveMarker[]>;
  closed_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date | string>;
}

/** Every status change of an accreditation, in writing with reasons — Erkenningsreglement SBB. */
export interface AccreditationEventTable {
  id: Generated<number>;
  accreditation_id: number;
  status: AccreditationStatus;
  changed_at: ColumnType<Date, Date | string | undefined, never>;
  /** Subject of the caller who made the change. */
  changed_by: string;
  reason: string;
}

/** A replaced or equivalent crebo counts for an accreditation too — DOMAIN.md §1. Read both ways. */
export interface QualificationEquivalentTable {
  crebo: string;
  equivalent_crebo: string;
}

/** Events for other domains (reports), written in the transaction that caused them. */
/** When a row was written; read back as a Date. */
export type CreatedAt = ColumnType<Date, string | undefined, never>;
export type Timestamp = ColumnType<Date, string, string>;

export type RoundStatus = 'DRAFT' | 'RUN' | 'CONFIRMED';
export type PlacementStatus = 'CONFIRMED' | 'ACCEPTED' | 'DECLINED' | 'ACTIVE' | 'ENDED';
export type DeclineReason =
  | 'NO_CAPACITY'
  | 'PROFILE_MISMATCH'
  | 'PERIOD_MISMATCH'
  | 'PRACTICAL_TRAINER_UNAVAILABLE'
  | 'OTHER';

/** A stagematching round of one institution — Stagepact 2023–2027. */
export interface MatchingRoundTable {
  id: string;
  institution_id: string;
  name: string;
  period_start: DateColumn;
  period_end: DateColumn;
  /** Crebo codes the round is limited to (the kopgroep's education teams); null for any. */
  qualification_crebos: ColumnType<string[] | null, string | null, string | null>;
  status: RoundStatus;
  /** Lottery seed (uint32), recorded at the run; int8 is read back as text. */
  seed: ColumnType<string | null, number | null, number | null>;
  created_at: CreatedAt;
  created_by: string;
  ran_at: ColumnType<Date | null, string | null, string | null>;
  ran_by: string | null;
  confirmed_at: ColumnType<Date | null, string | null, string | null>;
  confirmed_by: string | null;
}

export interface RoundStudentTable {
  round_id: string;
  student_id: string;
  requests_accessible_place: ColumnType<boolean, boolean | undefined, boolean>;
  choices_at: ColumnType<Date | null, string | null | undefined, string | null>;
  choices_by: string | null;
}

export interface RoundChoiceTable {
  round_id: string;
  student_id: string;
  place_id: string;
  /** 1 = first choice. */
  rank: number;
}

export interface RoundResultTable {
  round_id: string;
  student_id: string;
  place_id: string | null;
  /** Position of the place in the student's own list, null when unmatched or placed outside it by hand. */
  rank: number | null;
  /** Lottery number (0 = first); for the institution only, never for a company. */
  lottery: number;
  /** Place ids ranked above the assigned one whose seats all went to lower lottery numbers. */
  better_full: ColumnType<string[], string, string>;
  /** Place ids on the list that did not fit (accreditation, qualification, level, period, accessibility). */
  not_eligible: ColumnType<string[], string, string>;
  /** The run's explanation in one Dutch sentence. */
  reason: string;
  adjusted: ColumnType<boolean, boolean | undefined, boolean>;
  adjustment_reason: string | null;
  adjusted_by: string | null;
  adjusted_at: ColumnType<Date | null, string | null | undefined, string | null>;
  dropped_at_confirmation: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface PlacementTable {
  id: string;
  student_id: string;
  place_id: string;
  company_id: string;
  institution_id: string;
  round_id: string | null;
  status: PlacementStatus;
  created_at: CreatedAt;
  created_by: string;
  responded_at: ColumnType<Date | null, string | null | undefined, string | null>;
  responded_by: string | null;
  decline_reason: DeclineReason | null;
  decline_explanation: string | null;
  /** The company's last day to accept or decline (Dutch calendar day) — issue 9 §5; set from MATCH_RESPONSE_DAYS. */
  respond_by: ColumnType<Date, string | undefined, string>;
}

/** Every step of a placement, with who and when — issue 4 (declines keep their history). */
export interface PlacementEventTable {
  id: Generated<number>;
  placement_id: string;
  at: CreatedAt;
  by: string;
  what: 'CONFIRMED' | 'ACCEPTED' | 'DECLINED';
  detail: string | null;
}

/** A UWV labour-market region (arbeidsmarktregio); SBB reports shortages per region — DOMAIN.md §1. */
export interface LabourMarketRegionTable {
  code: string;
  name: string;
}

export interface MunicipalityRegionTable {
  /** CBS code, 4 digits. */
  municipality_code: string;
  region_code: string;
}

// The agreement's enums are placements' shared vocabulary (`@stelsel/placements-common`); the guard
// in test/db-types.test.ts still compares them with the database's check constraints.
export type {
  AgreementEventKind,
  AgreementParty,
  AgreementStatus,
  AllowanceKind,
  ContactMode,
  ContactMomentExceptionReason,
  ContactMomentKind,
};

/** An internship agreement (praktijkovereenkomst, POK), bound to one placement and so one company — DOMAIN.md §1. */
export interface AgreementTable {
  id: string;
  placement_id: string;
  student_id: string;
  company_id: string;
  institution_id: string;
  pathway: Pathway;
  status: AgreementStatus;
  /** Raised by every edit; signatures belong to one version. */
  version: ColumnType<number, number | undefined, number>;
  starts_on: DateColumn;
  ends_on: DateColumn;
  hours_per_week: number;
  trainer_name: string;
  trainer_email: string;
  work_processes: string;
  assessment: string;
  dissolution_terms: string;
  supervision_frequency: string;
  /** Whole cents per month (int8: read as text). */
  expense_allowance_cents: ColumnType<string, bigint, bigint>;
  internship_wage_cents: ColumnType<string | null, bigint | null, bigint | null>;
  guardian_required: boolean;
  guardian_name: string | null;
  created_at: CreatedAt;
  created_by: string;
  updated_at: ColumnType<Date, string | undefined, string>;
  updated_by: string;
  signed_at: ColumnType<Date | null, string | null | undefined, string | null>;
  superseded_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AgreementSignatureTable {
  agreement_id: string;
  party: AgreementParty;
  version: number;
  signed_at: CreatedAt;
  signed_by: string;
  /** For a guardian's signature on paper, recorded by the institution: where and how it was given. */
  note: string | null;
}

/** Every step of an agreement, with who and when — issue 4 (agreements and signatures keep their history). */
export interface AgreementEventTable {
  id: Generated<number>;
  agreement_id: string;
  at: CreatedAt;
  by: string;
  what: AgreementEventKind;
  party: AgreementParty | null;
  version: number;
  detail: string | null;
}

export interface ContactMomentTable {
  id: string;
  agreement_id: string;
  kind: ContactMomentKind;
  planned_on: DateColumn;
  planned_mode: ContactMode;
  planned_at: CreatedAt;
  planned_by: string;
  held_on: ColumnType<Date | null, string | null | undefined, string | null>;
  held_mode: ColumnType<ContactMode | null, ContactMode | null | undefined, ContactMode | null>;
  notes: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_at: ColumnType<Date | null, string | null | undefined, string | null>;
  recorded_by: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_role: ColumnType<
    'institution' | 'company' | null,
    'institution' | 'company' | null | undefined,
    'institution' | 'company' | null
  >;
}

export interface ContactMomentExceptionTable {
  id: Generated<number>;
  agreement_id: string;
  reason: ContactMomentExceptionReason;
  explanation: string;
  recorded_at: CreatedAt;
  recorded_by: string;
}

export interface AllowancePaymentTable {
  id: Generated<number>;
  agreement_id: string;
  /** `JJJJ-MM`. */
  month: string;
  kind: AllowanceKind;
  amount_cents: ColumnType<string, bigint, never>;
  recorded_at: CreatedAt;
  recorded_by: string;
  recorded_role: 'institution' | 'company';
}

/** The outbox and the event inbox/cursor tables come from packages/events. */
export interface PlacementsDatabase extends EventTables {
  institution: InstitutionTable;
  qualification: QualificationTable;
  student: StudentTable;
  company: CompanyTable;
  accreditation: AccreditationTable;
  place: PlaceTable;
  accreditation_event: AccreditationEventTable;
  qualification_equivalent: QualificationEquivalentTable;
  matching_round: MatchingRoundTable;
  round_student: RoundStudentTable;
  round_choice: RoundChoiceTable;
  round_result: RoundResultTable;
  placement: PlacementTable;
  placement_event: PlacementEventTable;
  labour_market_region: LabourMarketRegionTable;
  municipality_region: MunicipalityRegionTable;
  agreement: AgreementTable;
  agreement_signature: AgreementSignatureTable;
  agreement_event: AgreementEventTable;
  contact_moment: ContactMomentTable;
  contact_moment_exception: ContactMomentExceptionTable;
  allowance_payment: AllowancePaymentTable;
}
