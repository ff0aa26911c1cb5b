import type { EventTables } from '@stelsel/events';
import type { ColumnType, Generated } from 'kysely';

/** A date column: written as 'YYYY-MM-DD'; read it with to_char (db/dates.ts), never as a Date. */
type DateColumn = ColumnType<Date, string, string>;
type CreatedAt = ColumnType<Date, string | undefined, never>;

export interface AllocationTable {
  id: Generated<number>;
  institution_id: string;
  institution_name: string;
  scheme: 'SALARISMIX' | 'CARRIEREPERSPECTIEF';
  year: number;
  /** Whole cents; the published amount (in € millions) converted exactly. */
  amount_cents: string;
  source: string;
}

export interface SchemeTotalTable {
  scheme: 'SALARISMIX' | 'CARRIEREPERSPECTIEF';
  year: number;
  /** The total the regulation states, in cents. */
  stated_total_cents: string;
  source: string;
}

export interface CompanyTrainingTable {
  company_id: string;
  accredited_crebos: string[];
  event_id: string;
  recorded_at: CreatedAt;
}

export interface CompanyBblPlacementTable {
  placement_id: string;
  company_id: string;
  crebo: string;
  level: number;
  title: string;
  starts_on: DateColumn;
  ends_on: DateColumn;
}

export interface PraktijklerenYearTable {
  year: number;
  maximum_per_place_cents: ColumnType<string, bigint | string, bigint | string>;
  closed_at: ColumnType<Date | null, string | null | undefined, string | null>;
  closed_by: string | null;
}

export type PraktijklerenCategory = 'MBO_BBL';

export interface PraktijklerenCeilingTable {
  year: number;
  category: PraktijklerenCategory;
  ceiling_cents: ColumnType<string, bigint | string, bigint | string>;
  forecast_places: number;
  forecast_source: string;
  /** Applications that reached the ministry outside this platform; counted with the platform's own. */
  other_applications: ColumnType<number, number | undefined, number>;
}

export interface PraktijklerenBudgetChangeTable {
  id: Generated<number>;
  at: CreatedAt;
  by: string;
  kind: 'CEILING' | 'KASSCHUIF';
  category: PraktijklerenCategory;
  from_year: number | null;
  to_year: number;
  amount_cents: ColumnType<string, bigint | string, never>;
  previous_cents: ColumnType<string | null, bigint | string | null, never>;
  reason: string;
}

export interface PraktijklerenApplicationTable {
  id: string;
  year: number;
  category: PraktijklerenCategory;
  company_id: string;
  placement_id: string;
  crebo: string;
  place_title: string;
  created_at: CreatedAt;
  created_by: string;
  final_amount_cents: ColumnType<string | null, bigint | string | null | undefined, bigint | string | null>;
}

export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'ADVISED' | 'GRANTED' | 'REFUSED';

export interface QualityTrancheTable {
  id: string;
  year: number;
  number: number;
  deadline: DateColumn;
  late_handling: 'NEXT_TRANCHE' | 'REFUSE';
  demo: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface QualityPlanTable {
  id: string;
  institution_id: string;
  tranche_id: string;
  status: PlanStatus;
  title: string;
  excellence_programmes: number | null;
  excellence_participants: number | null;
  created_at: CreatedAt;
  created_by: string;
  submitted_on: ColumnType<Date | null, string | null | undefined, string | null>;
}

export interface QualityPlanGoalTable {
  plan_id: string;
  theme: 'INSCHALING' | 'PROFESSIONALISERING' | 'WERKDRUK' | 'BEGELEIDING_STARTERS';
  description: string;
  baseline: number;
  target: number;
  unit: string;
}

export interface QualityPlanConsentTable {
  plan_id: string;
  body: 'STUDENT_COUNCIL' | 'WORKS_COUNCIL';
  given: boolean;
  given_on: DateColumn;
  document_reference: string;
  recorded_at: CreatedAt;
  recorded_by: string;
}

export interface QualityPlanAdviceTable {
  plan_id: string;
  advice: 'POSITIVE' | 'NEGATIVE';
  motivation: string;
  without_consent: boolean;
  at: CreatedAt;
  by: string;
}

export interface QualityPlanDecisionTable {
  plan_id: string;
  decision: 'GRANT' | 'REFUSE';
  reason: string;
  at: CreatedAt;
  by: string;
}

export interface QualityPlanEventTable {
  id: Generated<number>;
  plan_id: string;
  at: ColumnType<Date, string | undefined, never>;
  by: string;
  role: string;
  what: string;
  status: PlanStatus;
  detail: string | null;
}

export interface FundingDatabase extends EventTables {
  allocation: AllocationTable;
  scheme_total: SchemeTotalTable;
  company_training: CompanyTrainingTable;
  company_bbl_placement: CompanyBblPlacementTable;
  praktijkleren_year: PraktijklerenYearTable;
  praktijkleren_ceiling: PraktijklerenCeilingTable;
  praktijkleren_budget_change: PraktijklerenBudgetChangeTable;
  praktijkleren_application: PraktijklerenApplicationTable;
  quality_tranche: QualityTrancheTable;
  quality_plan: QualityPlanTable;
  quality_plan_goal: QualityPlanGoalTable;
  quality_plan_consent: QualityPlanConsentTable;
  quality_plan_advice: QualityPlanAdviceTable;
  quality_plan_decision: QualityPlanDecisionTable;
  quality_plan_event: QualityPlanEventTable;
}
