/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Wie moet instemmen met het kwaliteitsplan. */
export type ConsentBody =
  /** De studentenraad. */
  | 'STUDENT_COUNCIL'
  /** De ondernemingsraad. */
  | 'WORKS_COUNCIL';

/** Reden waarom een leerbedrijf een match afwijst; wordt vastgelegd en gevolgd (signaal voor discriminatie). */
export type DeclineReason =
  /** Geen begeleidingscapaciteit meer in de periode. */
  | 'NO_CAPACITY'
  /** Andere reden, toegelicht in de vrije tekst. */
  | 'OTHER'
  /** De periode van de student past niet bij de periode van de plaats. */
  | 'PERIOD_MISMATCH'
  /** Er is geen praktijkopleider beschikbaar. */
  | 'PRACTICAL_TRAINER_UNAVAILABLE'
  /** De opleiding of het niveau past niet bij het werk op deze plaats. */
  | 'PROFILE_MISMATCH';

/** Wie het geld van een financieringslijn ontvangt. */
export type FundingRecipientKind =
  /** Leerbedrijven. */
  | 'COMPANIES'
  /** Mbo-instellingen. */
  | 'INSTITUTIONS'
  /** Gemeenten. */
  | 'MUNICIPALITIES'
  /** Nationaal Regieorgaan Onderwijsonderzoek. */
  | 'NRO'
  /** Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven. */
  | 'SBB';

/** Stand van de introductieweek voor mbo-studenten in een gemeente (Werkagenda mbo). */
export type IntroWeekStatus =
  /** Er zijn gesprekken gaande over deelname van mbo-studenten. */
  | 'IN_TALKS'
  /** mbo-studenten kunnen (nog) niet deelnemen. */
  | 'NOT_YET'
  /** mbo-studenten kunnen deelnemen aan de algemene introductieweek. */
  | 'OPEN'
  /** Er is een apart introductieprogramma voor mbo-studenten. */
  | 'SEPARATE_PROGRAMME';

/** Leerweg. */
export type Pathway =
  /** Beroepsbegeleidende leerweg: werken en leren, met een leerbaan. */
  | 'BBL'
  /** Beroepsopleidende leerweg: vooral op school, met stages. */
  | 'BOL';

/** Onderwijscategorie van de Subsidieregeling praktijkleren. Dit platform kent de mbo-bbl-leerplaatsen; de andere categorieën van de regeling (vmbo, hbo, …) lopen buiten het platform. */
export type PraktijklerenCategory =
  /** Mbo, beroepsbegeleidende leerweg (bbl). */
  | 'MBO_BBL';

export type QualityAdvice =
  /** Negatief advies. */
  | 'NEGATIVE'
  /** Positief advies. */
  | 'POSITIVE';

export type QualityDecision =
  /** Goedkeuren en toekennen. */
  | 'GRANT'
  /** Afwijzen. */
  | 'REFUSE';

/** De verplichte thema’s met kwantitatieve doelen. */
export type QualityGoalTheme =
  /** Begeleiding van startend personeel. */
  | 'BEGELEIDING_STARTERS'
  /** Inschaling van onderwijspersoneel. */
  | 'INSCHALING'
  /** Professionalisering. */
  | 'PROFESSIONALISERING'
  /** Werkdruk. */
  | 'WERKDRUK';

/** Stand van een kwaliteitsplan (Regeling Kwaliteitsafspraken mbo 2024–2027). */
export type QualityPlanStatus =
  /** De commissie heeft geadviseerd; wacht op het besluit van de minister. */
  | 'ADVISED'
  /** Concept: de instelling werkt eraan (ook na intrekken). */
  | 'DRAFT'
  /** De minister heeft het plan goedgekeurd: het geld wordt toegekend. */
  | 'GRANTED'
  /** De minister heeft het plan afgewezen. */
  | 'REFUSED'
  /** Ingediend; wacht op het advies van de Commissie Kwaliteitsafspraken. */
  | 'SUBMITTED';

/** Beperk de stagetekorten tot een regio, kwalificatie of leerweg. */
export type ShortageFilter = {
  pathway?: Pathway | null | undefined;
  qualificationCrebo?: string | null | undefined;
  /** Code van de arbeidsmarktregio. */
  regionCode?: string | null | undefined;
};

/** Waarop de stagetekorten gesorteerd worden; bij gelijke waarden op regio, crebo en leerweg. */
export type ShortageSort =
  /** Vraag. */
  | 'DEMAND'
  /** Naam van de kwalificatie. */
  | 'QUALIFICATION'
  /** Naam van de arbeidsmarktregio. */
  | 'REGION'
  /** Tekort (standaard). */
  | 'SHORTAGE'
  /** Aanbod. */
  | 'SUPPLY'
  /** Overschot. */
  | 'SURPLUS';

/** Oplopend of aflopend. */
export type ShortageSortDirection =
  /** Oplopend (A–Z, klein naar groot). */
  | 'ASC'
  /** Aflopend. */
  | 'DESC';

/** Het aantal studenten van één instelling op de teldatum. */
export type StudentCountInput = {
  institutionId: string;
  students: number;
};

/** Of mbo-studenten in een stad de studentensport kunnen gebruiken. */
export type StudentSportAccess =
  /** mbo-studenten kunnen de studentensportvoorzieningen (nog) niet gebruiken. */
  | 'NOT_OPEN'
  /** mbo-studenten kunnen de studentensportvoorzieningen gebruiken. */
  | 'OPEN'
  /** Een pilot: mbo-studenten kunnen de voorzieningen (onder voorwaarden) gebruiken. */
  | 'PILOT';

/** Wat er gebeurt met een plan dat na de uiterste datum van een tranche wordt ingediend. */
export type TrancheLateHandling =
  /** Het plan gaat mee in de volgende tranche. */
  | 'NEXT_TRANCHE'
  /** Het plan wordt niet meer in behandeling genomen. */
  | 'REFUSE';

export type MinistryAllocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryAllocationsQuery = { salarismix: Array<{ year: number, amount: string, transitionRecipient: boolean, institutionKey: { id: string } | null, institution: { id: string, name: string } | null }> | null, carriereperspectief: Array<{ year: number, amount: string, transitionRecipient: boolean, institutionKey: { id: string } | null, institution: { id: string, name: string } | null }> | null, salarismixSummary: { institutionCount: number, sum: string, statedTotal: string | null, difference: string | null, basis: string, regulation: { name: string, citation: string } } | null, carriereperspectiefSummary: { institutionCount: number, sum: string, statedTotal: string | null, difference: string | null, basis: string, regulation: { name: string, citation: string } } | null };

export type AllocationRowFragment = { year: number, amount: string, transitionRecipient: boolean, institutionKey: { id: string } | null, institution: { id: string, name: string } | null };

export type AllocationTotalsFragment = { institutionCount: number, sum: string, statedTotal: string | null, difference: string | null, basis: string, regulation: { name: string, citation: string } };

export type MinistryEqualTreatmentQueryVariables = Exact<{
  year: number;
}>;


export type MinistryEqualTreatmentQuery = { equalTreatmentOverview: { year: number, schoolYear: string, introWeek: Array<{ status: IntroWeekStatus | null, count: number, previousYear: number }>, studentSport: Array<{ access: StudentSportAccess | null, count: number, previousYear: number }>, cities: Array<{ introWeek: IntroWeekStatus | null, introWeekLastYear: IntroWeekStatus | null, participants: number | null, studentSport: StudentSportAccess | null, studentSportLastYear: StudentSportAccess | null, municipality: { code: string, name: string, latitude: number | null, longitude: number | null } }>, studentMeasures: { shareWithAllBooks: number | null, entitledStudents: { count: number | null, suppressed: boolean }, studentsWithAllBooks: { count: number | null, suppressed: boolean }, cardsIssued: { count: number | null, suppressed: boolean } } } | null };

export type MinistryQualityOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryQualityOverviewQuery = { qualityTrancheOverview: Array<{ total: number, tranche: { id: string, year: number, number: number, deadline: string, demo: boolean, lateHandling: TrancheLateHandling }, counts: Array<{ status: QualityPlanStatus, count: number }> }> | null, qualityPlans: Array<{ id: string, title: string, status: QualityPlanStatus, statusLabel: string, submittedOn: string | null, hasAllConsents: boolean, institutionId: string, institution: { id: string, name: string } | null, tranche: { id: string } }> | null };

export type MinistryQualityPlanQueryVariables = Exact<{
  id: string;
}>;


export type MinistryQualityPlanQuery = { qualityPlan: { id: string, title: string, status: QualityPlanStatus, statusLabel: string, submittedOn: string | null, hasAllConsents: boolean, institutionId: string, institution: { id: string, name: string } | null, tranche: { id: string, number: number, year: number, deadline: string, demo: boolean }, goals: Array<{ theme: QualityGoalTheme, themeLabel: string, description: string, baseline: number, target: number, unit: string }>, excellence: { programmes: number, participants: number } | null, consents: Array<{ body: ConsentBody, bodyLabel: string, given: boolean, date: string, documentReference: string }>, advice: { advice: QualityAdvice, motivation: string, withoutConsent: boolean } | null, decision: { decision: QualityDecision, reason: string } | null, allocation: { amount: string, year: number, basis: string } | null, history: Array<{ at: string, role: string, label: string, detail: string | null }> } | null };

export type MinistryAdviseQualityPlanMutationVariables = Exact<{
  planId: string;
  advice: QualityAdvice;
  motivation: string;
}>;


export type MinistryAdviseQualityPlanMutation = { adviseQualityPlan:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityPlan', id: string, status: QualityPlanStatus }
   };

export type MinistryDecideQualityPlanMutationVariables = Exact<{
  planId: string;
  decision: QualityDecision;
  reason: string;
}>;


export type MinistryDecideQualityPlanMutation = { decideQualityPlan:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityPlan', id: string, status: QualityPlanStatus }
   };

export type MinistryFundingLinesQueryVariables = Exact<{
  year: number;
}>;


export type MinistryFundingLinesQuery = { fundingLines: Array<{ id: string, name: string, parentId: string | null, budget: string | null, approximate: boolean, total: string | null, totalUntilYear: number | null, recipientKind: FundingRecipientKind, recipientsLabel: string, estimate: boolean, source: string, note: string | null, recipients: Array<{ name: string, amount: string | null, institution: { id: string } | null }> }> | null };

export type MinistryProRataQueryVariables = Exact<{
  budget: string;
  counts: Array<StudentCountInput> | StudentCountInput;
}>;


export type MinistryProRataQuery = { allocateProRata: Array<{ students: number, amount: string, institution: { id: string } }>, published: Array<{ amount: string, institution: { id: string, name: string } | null }> | null };

export type MinistryPraktijklerenQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryPraktijklerenQuery = { praktijklerenYears: Array<{ year: number, maximumPerPlace: string, closed: boolean, categories: Array<{ paid: string, forecastSource: string, forecastAmountPerPlace: string, category: PraktijklerenCategory, ceiling: string, applications: number, amountPerPlace: string, forecastPlaces: number, expectedAmountPerPlace: string }> }> | null, praktijklerenBudgetChanges: Array<{ at: string, by: string, kind: string, fromYear: number | null, toYear: number, amount: string, previousCeiling: string | null, reason: string }> | null };

export type MinistryShiftPreviewQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
  amount: string;
}>;


export type MinistryShiftPreviewQuery = { praktijklerenShiftPreview: Array<{ year: number, ceilingBefore: string, ceilingAfter: string, forecastPlaces: number, amountPerPlaceBefore: string, amountPerPlaceAfter: string }> | null };

export type MinistrySetCeilingMutationVariables = Exact<{
  year: number;
  ceiling: string;
  reason: string;
}>;


export type MinistrySetCeilingMutation = { setPraktijklerenCeiling:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'PraktijklerenYear', year: number }
   };

export type MinistryShiftBudgetMutationVariables = Exact<{
  fromYear: number;
  toYear: number;
  amount: string;
  reason: string;
}>;


export type MinistryShiftBudgetMutation = { shiftPraktijklerenBudget:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MutationShiftPraktijklerenBudgetSuccess', data: Array<{ year: number }> }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type MinistryClosePraktijklerenYearMutationVariables = Exact<{
  year: number;
}>;


export type MinistryClosePraktijklerenYearMutation = { closePraktijklerenYear:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'PraktijklerenYear', year: number, closed: boolean }
   };

export type MinistryConfigureTrancheMutationVariables = Exact<{
  year: number;
  number: number;
  deadline: string;
  lateHandling: TrancheLateHandling;
}>;


export type MinistryConfigureTrancheMutation = { configureQualityTranche:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityTranche', id: string }
   };

export type MinistryReportStatisticsQueryVariables = Exact<{
  year: number;
}>;


export type MinistryReportStatisticsQuery = { reportStatistics: { year: number, hasData: boolean, threshold: number, total: number | null, suppressed: boolean, scope: string, byGround: Array<{ count: number | null, suppressed: boolean, ground: { code: string, label: string } }>, byNature: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byChannel: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byOutcome: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byRegion: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, bySector: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byDesk: Array<{ code: string, label: string, count: number | null, suppressed: boolean }> } | null, institutionsWithoutReportDesk: Array<{ id: string, name: string }> | null };

export type MinistryBblShareQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryBblShareQuery = { bblShare: { national: { students: number, bbl: number, share: number | null, ambition: number, gap: number | null }, perInstitution: Array<{ students: number | null, bbl: number | null, share: number | null, suppressed: boolean, institution: { id: string, name: string } }> } | null };

export type MinistryLabourMarketRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryLabourMarketRegionsQuery = { labourMarketRegions: Array<{ code: string, name: string }> | null };

export type MinistryShortagesPageQueryVariables = Exact<{
  filter?: ShortageFilter | null | undefined;
  search?: string | null | undefined;
  sort?: ShortageSort | null | undefined;
  direction?: ShortageSortDirection | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MinistryShortagesPageQuery = { shortagesConnection: { totalCount: number, nodes: Array<{ pathway: Pathway, demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressed: boolean, region: { code: string, name: string }, qualification: { crebo: string, name: string, level: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, totals: { demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressedRows: number }, unknownRegion: { institutions: Array<string>, places: number } | null, byRegion: Array<{ demand: number, supply: number, shortage: number, region: { code: string, name: string } }> } | null };

export type MinistryPlacementMonitorQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryPlacementMonitorQuery = { placementMonitor: { placements: number, declined: number, signedAgreements: number | null, threeContactMomentsShare: number | null, expenseAllowanceShare: number | null, declines: Array<{ reason: DeclineReason, count: number }> } | null };

export type StudentMeasuresQueryVariables = Exact<{
  schoolYear: string;
}>;


export type StudentMeasuresQuery = { bookProvisionOverview: { schoolYear: string, national: { institutionId: string | null, shareWithAllBooks: number | null, medianDaysToDecide: number | null, students: { count: number | null, suppressed: boolean }, entitledStudents: { count: number | null, suppressed: boolean }, studentsWithAllBooks: { count: number | null, suppressed: boolean }, cardsIssued: { count: number | null, suppressed: boolean }, refundRequests: { count: number | null, suppressed: boolean }, refundsDecided: { count: number | null, suppressed: boolean }, refundsOverdue: { count: number | null, suppressed: boolean } }, institutions: Array<{ institutionId: string | null, shareWithAllBooks: number | null, medianDaysToDecide: number | null, students: { count: number | null, suppressed: boolean }, entitledStudents: { count: number | null, suppressed: boolean }, studentsWithAllBooks: { count: number | null, suppressed: boolean }, cardsIssued: { count: number | null, suppressed: boolean }, refundRequests: { count: number | null, suppressed: boolean }, refundsDecided: { count: number | null, suppressed: boolean }, refundsOverdue: { count: number | null, suppressed: boolean } }> } | null, institutions: Array<{ id: string, name: string }> | null };

export type StudentMeasuresFieldsFragment = { institutionId: string | null, shareWithAllBooks: number | null, medianDaysToDecide: number | null, students: { count: number | null, suppressed: boolean }, entitledStudents: { count: number | null, suppressed: boolean }, studentsWithAllBooks: { count: number | null, suppressed: boolean }, cardsIssued: { count: number | null, suppressed: boolean }, refundRequests: { count: number | null, suppressed: boolean }, refundsDecided: { count: number | null, suppressed: boolean }, refundsOverdue: { count: number | null, suppressed: boolean } };

export type MinistrySchoolYearQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistrySchoolYearQuery = { currentSchoolYear: string | null };

type UserErrorFields_ConflictError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_InputError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_NotAllowedError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_NotFoundError_Fragment = { message: string, code: string, field: string | null };

export type UserErrorFieldsFragment =
  | UserErrorFields_ConflictError_Fragment
  | UserErrorFields_InputError_Fragment
  | UserErrorFields_NotAllowedError_Fragment
  | UserErrorFields_NotFoundError_Fragment
;

export type PraktijklerenYearFieldsFragment = { year: number, maximumPerPlace: string, closed: boolean, categories: Array<{ category: PraktijklerenCategory, ceiling: string, applications: number, amountPerPlace: string, forecastPlaces: number, expectedAmountPerPlace: string }> };

export type QualityPlanDetailsFragment = { id: string, title: string, status: QualityPlanStatus, statusLabel: string, submittedOn: string | null, hasAllConsents: boolean, institutionId: string, tranche: { id: string, number: number, year: number, deadline: string, demo: boolean }, goals: Array<{ theme: QualityGoalTheme, themeLabel: string, description: string, baseline: number, target: number, unit: string }>, excellence: { programmes: number, participants: number } | null, consents: Array<{ body: ConsentBody, bodyLabel: string, given: boolean, date: string, documentReference: string }>, advice: { advice: QualityAdvice, motivation: string, withoutConsent: boolean } | null, decision: { decision: QualityDecision, reason: string } | null, allocation: { amount: string, year: number, basis: string } | null, history: Array<{ at: string, role: string, label: string, detail: string | null }> };

export type ShortageRowFieldsFragment = { pathway: Pathway, demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressed: boolean, region: { code: string, name: string }, qualification: { crebo: string, name: string, level: number } };

export type ShortageTotalsFieldsFragment = { demand: number | null, supply: number | null, shortage: number | null, surplus: number | null, suppressedRows: number };

export type ReportStatisticsFieldsFragment = { year: number, hasData: boolean, threshold: number, total: number | null, suppressed: boolean, scope: string, byGround: Array<{ count: number | null, suppressed: boolean, ground: { code: string, label: string } }>, byNature: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byChannel: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byOutcome: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byRegion: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, bySector: Array<{ code: string, label: string, count: number | null, suppressed: boolean }>, byDesk: Array<{ code: string, label: string, count: number | null, suppressed: boolean }> };

export type ReportCategoryFieldsFragment = { code: string, label: string, count: number | null, suppressed: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AllocationRowFragmentDoc = new TypedDocumentString(`
    fragment AllocationRow on Allocation {
  year
  amount
  transitionRecipient
  institutionKey: institution {
    id
  }
  institution {
    id
    name
  }
}
    `, {"fragmentName":"AllocationRow"}) as unknown as TypedDocumentString<AllocationRowFragment, unknown>;
export const AllocationTotalsFragmentDoc = new TypedDocumentString(`
    fragment AllocationTotals on AllocationSummary {
  institutionCount
  sum
  statedTotal
  difference
  basis
  regulation {
    name
    citation
  }
}
    `, {"fragmentName":"AllocationTotals"}) as unknown as TypedDocumentString<AllocationTotalsFragment, unknown>;
export const StudentMeasuresFieldsFragmentDoc = new TypedDocumentString(`
    fragment StudentMeasuresFields on StudentMeasuresRow {
  institutionId
  students {
    count
    suppressed
  }
  entitledStudents {
    count
    suppressed
  }
  studentsWithAllBooks {
    count
    suppressed
  }
  shareWithAllBooks
  cardsIssued {
    count
    suppressed
  }
  refundRequests {
    count
    suppressed
  }
  refundsDecided {
    count
    suppressed
  }
  refundsOverdue {
    count
    suppressed
  }
  medianDaysToDecide
}
    `, {"fragmentName":"StudentMeasuresFields"}) as unknown as TypedDocumentString<StudentMeasuresFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  message
  code
  field
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PraktijklerenYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment PraktijklerenYearFields on PraktijklerenYear {
  year
  maximumPerPlace
  closed
  categories {
    category
    ceiling
    applications
    amountPerPlace
    forecastPlaces
    expectedAmountPerPlace
  }
}
    `, {"fragmentName":"PraktijklerenYearFields"}) as unknown as TypedDocumentString<PraktijklerenYearFieldsFragment, unknown>;
export const QualityPlanDetailsFragmentDoc = new TypedDocumentString(`
    fragment QualityPlanDetails on QualityPlan {
  id
  title
  status
  statusLabel
  submittedOn
  hasAllConsents
  institutionId
  tranche {
    id
    number
    year
    deadline
    demo
  }
  goals {
    theme
    themeLabel
    description
    baseline
    target
    unit
  }
  excellence {
    programmes
    participants
  }
  consents {
    body
    bodyLabel
    given
    date
    documentReference
  }
  advice {
    advice
    motivation
    withoutConsent
  }
  decision {
    decision
    reason
  }
  allocation {
    amount
    year
    basis
  }
  history {
    at
    role
    label
    detail
  }
}
    `, {"fragmentName":"QualityPlanDetails"}) as unknown as TypedDocumentString<QualityPlanDetailsFragment, unknown>;
export const ShortageRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShortageRowFields on ShortageRow {
  region {
    code
    name
  }
  qualification {
    crebo
    name
    level
  }
  pathway
  demand
  supply
  shortage
  surplus
  suppressed
}
    `, {"fragmentName":"ShortageRowFields"}) as unknown as TypedDocumentString<ShortageRowFieldsFragment, unknown>;
export const ShortageTotalsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShortageTotalsFields on ShortageTotals {
  demand
  supply
  shortage
  surplus
  suppressedRows
}
    `, {"fragmentName":"ShortageTotalsFields"}) as unknown as TypedDocumentString<ShortageTotalsFieldsFragment, unknown>;
export const ReportCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportCategoryFields on ReportCategoryCount {
  code
  label
  count
  suppressed
}
    `, {"fragmentName":"ReportCategoryFields"}) as unknown as TypedDocumentString<ReportCategoryFieldsFragment, unknown>;
export const ReportStatisticsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportStatisticsFields on ReportStatistics {
  year
  hasData
  threshold
  total
  suppressed
  scope
  byGround {
    ground {
      code
      label
    }
    count
    suppressed
  }
  byNature {
    ...ReportCategoryFields
  }
  byChannel {
    ...ReportCategoryFields
  }
  byOutcome {
    ...ReportCategoryFields
  }
  byRegion {
    ...ReportCategoryFields
  }
  bySector {
    ...ReportCategoryFields
  }
  byDesk {
    ...ReportCategoryFields
  }
}
    fragment ReportCategoryFields on ReportCategoryCount {
  code
  label
  count
  suppressed
}`, {"fragmentName":"ReportStatisticsFields"}) as unknown as TypedDocumentString<ReportStatisticsFieldsFragment, unknown>;
export const MinistryAllocationsDocument = {"__meta__":{"operationName":"MinistryAllocations","hash":"4f63f530b02f8ce2f2e84348ad30d2fb1d0dac5f5df709dd8da4474913ba0572"}} as unknown as TypedDocumentString<MinistryAllocationsQuery, MinistryAllocationsQueryVariables>;
export const MinistryEqualTreatmentDocument = {"__meta__":{"operationName":"MinistryEqualTreatment","hash":"d6f45085d99c8f20db1e6ed1f435bc4d3285de02b25a759eb87bbee1054f7f70"}} as unknown as TypedDocumentString<MinistryEqualTreatmentQuery, MinistryEqualTreatmentQueryVariables>;
export const MinistryQualityOverviewDocument = {"__meta__":{"operationName":"MinistryQualityOverview","hash":"222430218c5a905b4025519d413583b8d5b374eb58ab72132de2166a50515462"}} as unknown as TypedDocumentString<MinistryQualityOverviewQuery, MinistryQualityOverviewQueryVariables>;
export const MinistryQualityPlanDocument = {"__meta__":{"operationName":"MinistryQualityPlan","hash":"d907ed8b4eebf9b73f44fa1f3ab80fbbebfecb613435a6a347c0cf49aa3e24cf"}} as unknown as TypedDocumentString<MinistryQualityPlanQuery, MinistryQualityPlanQueryVariables>;
export const MinistryAdviseQualityPlanDocument = {"__meta__":{"operationName":"MinistryAdviseQualityPlan","hash":"2d27f4e96093b88aa938c713b2e3ba0a1aed1fac0dbd70e239ec5cd0d308a427"}} as unknown as TypedDocumentString<MinistryAdviseQualityPlanMutation, MinistryAdviseQualityPlanMutationVariables>;
export const MinistryDecideQualityPlanDocument = {"__meta__":{"operationName":"MinistryDecideQualityPlan","hash":"2c33ab1d4c36ada638f8e5114465e344fc59f02f69b0985b6e523304e4744fcd"}} as unknown as TypedDocumentString<MinistryDecideQualityPlanMutation, MinistryDecideQualityPlanMutationVariables>;
export const MinistryFundingLinesDocument = {"__meta__":{"operationName":"MinistryFundingLines","hash":"354d1144b4badc2519911ef1361a0731dc60591bb6f930487e4923aefa3680bf"}} as unknown as TypedDocumentString<MinistryFundingLinesQuery, MinistryFundingLinesQueryVariables>;
export const MinistryProRataDocument = {"__meta__":{"operationName":"MinistryProRata","hash":"18761c34bc43c1e32ecb8b4da8adae4f75eed4257afa3b12510284c068d80657"}} as unknown as TypedDocumentString<MinistryProRataQuery, MinistryProRataQueryVariables>;
export const MinistryPraktijklerenDocument = {"__meta__":{"operationName":"MinistryPraktijkleren","hash":"2a3367d3339230a73212f5beb66d38d53968937a6409fa41dee8e094170a03c1"}} as unknown as TypedDocumentString<MinistryPraktijklerenQuery, MinistryPraktijklerenQueryVariables>;
export const MinistryShiftPreviewDocument = {"__meta__":{"operationName":"MinistryShiftPreview","hash":"70fc1a0cc14a0815b4cdc54cd222574b0f646dd9fa31b6613dbdb3ae105aad1e"}} as unknown as TypedDocumentString<MinistryShiftPreviewQuery, MinistryShiftPreviewQueryVariables>;
export const MinistrySetCeilingDocument = {"__meta__":{"operationName":"MinistrySetCeiling","hash":"b4a223c79f333b0a186944900d63cd9b857f815f133ddf8df4e26a9bf19bd598"}} as unknown as TypedDocumentString<MinistrySetCeilingMutation, MinistrySetCeilingMutationVariables>;
export const MinistryShiftBudgetDocument = {"__meta__":{"operationName":"MinistryShiftBudget","hash":"bd69be86d323bab616b5ce4c92b4969b16aa851fbcf3bc2102de3ca9f76f2726"}} as unknown as TypedDocumentString<MinistryShiftBudgetMutation, MinistryShiftBudgetMutationVariables>;
export const MinistryClosePraktijklerenYearDocument = {"__meta__":{"operationName":"MinistryClosePraktijklerenYear","hash":"b85883b300c5269d2fb9f1f2b665276184372c134ce8adc8c46b7dc5bf41300b"}} as unknown as TypedDocumentString<MinistryClosePraktijklerenYearMutation, MinistryClosePraktijklerenYearMutationVariables>;
export const MinistryConfigureTrancheDocument = {"__meta__":{"operationName":"MinistryConfigureTranche","hash":"63950046da40cbdd4b02004605c6a119db234288c8fc22d5debf21703d424c59"}} as unknown as TypedDocumentString<MinistryConfigureTrancheMutation, MinistryConfigureTrancheMutationVariables>;
export const MinistryReportStatisticsDocument = {"__meta__":{"operationName":"MinistryReportStatistics","hash":"3b5db6402e51458f883aa075e755dc42d6dfaf9286103aac5ea2944126d3eddb"}} as unknown as TypedDocumentString<MinistryReportStatisticsQuery, MinistryReportStatisticsQueryVariables>;
export const MinistryBblShareDocument = {"__meta__":{"operationName":"MinistryBblShare","hash":"7fdbdd2f10d1c5b5c92abc62ff207254b00688003d44e768924caeb6db73b9c6"}} as unknown as TypedDocumentString<MinistryBblShareQuery, MinistryBblShareQueryVariables>;
export const MinistryLabourMarketRegionsDocument = {"__meta__":{"operationName":"MinistryLabourMarketRegions","hash":"ae40998e5a48f7387632611e98a6c54d97a466810954cd7c2afbb9197064ece1"}} as unknown as TypedDocumentString<MinistryLabourMarketRegionsQuery, MinistryLabourMarketRegionsQueryVariables>;
export const MinistryShortagesPageDocument = {"__meta__":{"operationName":"MinistryShortagesPage","hash":"0ed6df037912dc3ba4b93fe30cc4aac544c0e947d5f606976f0f67d5d5405416"}} as unknown as TypedDocumentString<MinistryShortagesPageQuery, MinistryShortagesPageQueryVariables>;
export const MinistryPlacementMonitorDocument = {"__meta__":{"operationName":"MinistryPlacementMonitor","hash":"6ca0f3058195c858137e9898c0d3c32a5c520e457e75825faee47370417fc353"}} as unknown as TypedDocumentString<MinistryPlacementMonitorQuery, MinistryPlacementMonitorQueryVariables>;
export const StudentMeasuresDocument = {"__meta__":{"operationName":"StudentMeasures","hash":"837164eded7e211638e94e2ddcdf4f1a833b806a877aefc74cc4a814e424009e"}} as unknown as TypedDocumentString<StudentMeasuresQuery, StudentMeasuresQueryVariables>;
export const MinistrySchoolYearDocument = {"__meta__":{"operationName":"MinistrySchoolYear","hash":"5694b2af9d9a8875b5504f0af0a772650a07e012478282afa7ed48a252589afb"}} as unknown as TypedDocumentString<MinistrySchoolYearQuery, MinistrySchoolYearQueryVariables>;