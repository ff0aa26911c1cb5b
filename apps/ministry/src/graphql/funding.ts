import { graphql } from './generated/index.ts';

/** Issue 11 (ministry and the Commissie Kwaliteitsafspraken): plans per tranche, advice and decision. */
export const qualityOverviewQuery = graphql(`
  query MinistryQualityOverview {
    qualityTrancheOverview {
      tranche {
        id
        year
        number
        deadline
        demo
        lateHandling
      }
      total
      counts {
        status
        count
      }
    }
    qualityPlans {
      id
      title
      status
      statusLabel
      submittedOn
      hasAllConsents
      institution {
        id
        name
      }
      institutionId
      tranche {
        id
      }
    }
  }
`);

export const ministryQualityPlanQuery = graphql(`
  query MinistryQualityPlan($id: ID!) {
    qualityPlan(id: $id) {
      ...QualityPlanDetails
      institution {
        id
        name
      }
    }
  }
`);

export const adviseQualityPlanMutation = graphql(`
  mutation MinistryAdviseQualityPlan($planId: ID!, $advice: QualityAdvice!, $motivation: String!) {
    adviseQualityPlan(planId: $planId, advice: $advice, motivation: $motivation) {
      __typename
      ... on QualityPlan {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

export const decideQualityPlanMutation = graphql(`
  mutation MinistryDecideQualityPlan($planId: ID!, $decision: QualityDecision!, $reason: String!) {
    decideQualityPlan(planId: $planId, decision: $decision, reason: $reason) {
      __typename
      ... on QualityPlan {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

/** The register of funding lines of a year, and the published allocation table beside a computed one. */
export const fundingLinesQuery = graphql(`
  query MinistryFundingLines($year: Int!) {
    fundingLines(year: $year) {
      id
      name
      parentId
      budget
      approximate
      total
      totalUntilYear
      recipientKind
      recipientsLabel
      estimate
      source
      note
      recipients {
        name
        institution {
          id
        }
        amount
      }
    }
  }
`);

export const proRataQuery = graphql(`
  query MinistryProRata($budget: Money!, $counts: [StudentCountInput!]!) {
    allocateProRata(budget: $budget, counts: $counts) {
      institution {
        id
      }
      students
      amount
    }
    published: allocations(scheme: CARRIEREPERSPECTIEF) {
      amount
      institution {
        id
        name
      }
    }
  }
`);

/** The praktijkleren subsidy: ceilings, forecast, amount per place, kasschuif. */
export const praktijklerenQuery = graphql(`
  query MinistryPraktijkleren {
    praktijklerenYears {
      ...PraktijklerenYearFields
      categories {
        paid
        forecastSource
        forecastAmountPerPlace
      }
    }
    praktijklerenBudgetChanges {
      at
      by
      kind
      fromYear
      toYear
      amount
      previousCeiling
      reason
    }
  }
`);

export const shiftPreviewQuery = graphql(`
  query MinistryShiftPreview($fromYear: Int!, $toYear: Int!, $amount: Money!) {
    praktijklerenShiftPreview(category: MBO_BBL, fromYear: $fromYear, toYear: $toYear, amount: $amount) {
      year
      ceilingBefore
      ceilingAfter
      forecastPlaces
      amountPerPlaceBefore
      amountPerPlaceAfter
    }
  }
`);

export const setCeilingMutation = graphql(`
  mutation MinistrySetCeiling($year: Int!, $ceiling: Money!, $reason: String!) {
    setPraktijklerenCeiling(year: $year, category: MBO_BBL, ceiling: $ceiling, reason: $reason) {
      __typename
      ... on PraktijklerenYear {
        year
      }
      ...UserErrorFields
    }
  }
`);

export const shiftBudgetMutation = graphql(`
  mutation MinistryShiftBudget($fromYear: Int!, $toYear: Int!, $amount: Money!, $reason: String!) {
    shiftPraktijklerenBudget(category: MBO_BBL, fromYear: $fromYear, toYear: $toYear, amount: $amount, reason: $reason) {
      __typename
      ... on MutationShiftPraktijklerenBudgetSuccess {
        data {
          year
        }
      }
      ...UserErrorFields
    }
  }
`);

export const closeYearMutation = graphql(`
  mutation MinistryClosePraktijklerenYear($year: Int!) {
    closePraktijklerenYear(year: $year) {
      __typename
      ... on PraktijklerenYear {
        year
        closed
      }
      ...UserErrorFields
    }
  }
`);

export const configureTrancheMutation = graphql(`
  mutation MinistryConfigureTranche($year: Int!, $number: Int!, $deadline: Date!, $lateHandling: TrancheLateHandling!) {
    configureQualityTranche(year: $year, number: $number, deadline: $deadline, lateHandling: $lateHandling) {
      __typename
      ... on QualityTranche {
        id
      }
      ...UserErrorFields
    }
  }
`);
