export {
  ALLOCATIONS_CSV,
  type AllocationRow,
  type InstitutionRef,
  institutionId,
  parseAllocationsCsv,
  readAllocations,
  readInstitutions,
  SEED_001_TEXT,
  STATED_TOTALS_MEUR,
} from './institutions.ts';
export {
  LABOUR_MARKET_REGIONS,
  type LabourMarketRegion,
  MUNICIPALITY_REGIONS,
  regionOfMunicipality,
  UNKNOWN_REGION,
} from './labour-market-regions.ts';
export {
  INTRO_WEEK_SOURCE_2023,
  INTRO_WEEK_STATUSES,
  INTRO_WEEKS_2023,
  type IntroWeekRef,
  type IntroWeekStatus,
  MUNICIPALITIES,
  type MunicipalityRef,
  STUDENT_SPORT_2023,
  STUDENT_SPORT_ACCESS,
  type StudentSportAccess,
  type StudentSportRef,
} from './municipalities.ts';
export { YEAR_MAX, YEAR_MIN, yearProblem } from './years.ts';
