import { graphql } from './generated/index.ts';

/** Issue 11 (institution): the own quality plan from draft to decision (QualityPlanDetails, shared), and the own funding per year. */
export const schoolQualityPlansQuery = graphql(`
  query SchoolQualityPlans($institutionId: ID!) {
    qualityTranches {
      id
      year
      number
      deadline
      demo
      lateHandling
    }
    qualityGoalThemes {
      theme
      label
    }
    qualityPlans(institutionId: $institutionId) {
      ...QualityPlanDetails
    }
  }
`);

export const saveQualityPlanMutation = graphql(`
  mutation SchoolSaveQualityPlan(
    $planId: ID
    $institutionId: ID!
    $trancheId: ID!
    $title: String!
    $goals: [QualityGoalInput!]!
    $excellence: QualityExcellenceInput
    $idempotencyKey: IdempotencyKey!
  ) {
    saveQualityPlan(
      planId: $planId
      institutionId: $institutionId
      trancheId: $trancheId
      title: $title
      goals: $goals
      excellence: $excellence
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on QualityPlan { id status }
      ...UserErrorFields
    }
  }
`);

export const recordConsentMutation = graphql(`
  mutation SchoolRecordConsent($planId: ID!, $body: ConsentBody!, $given: Boolean!, $date: Date!, $documentReference: String!) {
    recordQualityPlanConsent(planId: $planId, body: $body, given: $given, date: $date, documentReference: $documentReference) {
      __typename
      ... on QualityPlan { id }
      ...UserErrorFields
    }
  }
`);

export const submitQualityPlanMutation = graphql(`
  mutation SchoolSubmitQualityPlan($planId: ID!) {
    submitQualityPlan(planId: $planId) {
      __typename
      ... on QualityPlan { id status tranche { id } }
      ...UserErrorFields
    }
  }
`);

export const withdrawQualityPlanMutation = graphql(`
  mutation SchoolWithdrawQualityPlan($planId: ID!, $reason: String!) {
    withdrawQualityPlan(planId: $planId, reason: $reason) {
      __typename
      ... on QualityPlan { id status }
      ...UserErrorFields
    }
  }
`);

export const schoolFundingQuery = graphql(`
  query SchoolFunding($y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!) {
    y1: fundingLines(year: $y1, recipientKind: INSTITUTIONS) { ...SchoolFundingLine }
    y2: fundingLines(year: $y2, recipientKind: INSTITUTIONS) { ...SchoolFundingLine }
    y3: fundingLines(year: $y3, recipientKind: INSTITUTIONS) { ...SchoolFundingLine }
    y4: fundingLines(year: $y4, recipientKind: INSTITUTIONS) { ...SchoolFundingLine }
  }
  fragment SchoolFundingLine on FundingLine {
    id
    name
    year
    budget
    approximate
    estimate
    source
    recipients {
      institution {
        id
      }
      amount
    }
  }
`);
