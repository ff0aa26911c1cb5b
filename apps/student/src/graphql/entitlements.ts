import { graphql } from './generated/index.ts';

/** Issue 12 (students): the student's own free books, card, refund requests, and the institution's publications. */
export const myEntitlementsQuery = graphql(`
  query MyEntitlements($schoolYear: String!, $year: Int!) {
    me {
      id
      studyCity {
        code
        name
        introWeek(year: $year) {
          status
          openToMbo
          organiser
        }
        studentSport(year: $year) {
          access
          openToMbo
          facilities
          conditions
          openFrom
        }
      }
      institution {
        id
      }
      basicSkillsBooks(schoolYear: $schoolYear) {
        ...BasicSkillsBooksFields
      }
      studentCard {
        ...StudentCardFields
      }
      refundRequests {
        ...RefundRequestFields
      }
    }
  }
`);

export const studentSchoolYearQuery = graphql(`
  query StudentSchoolYear {
    currentSchoolYear
  }
`);

export const institutionPublicationsQuery = graphql(`
  query InstitutionPublications($institutionId: ID!, $schoolYear: String!) {
    learningMaterials(institutionId: $institutionId, schoolYear: $schoolYear) {
      ...LearningMaterialsFields
    }
    studentFund(institutionId: $institutionId) {
      ...StudentFundFields
    }
  }
`);

export const requestRefundMutation = graphql(`
  mutation RequestRefund(
    $studentId: ID!
    $schoolYear: String!
    $materials: String!
    $amount: Money!
    $explanation: String!
    $idempotencyKey: IdempotencyKey!
  ) {
    requestRefund(
      studentId: $studentId
      schoolYear: $schoolYear
      materials: $materials
      amount: $amount
      explanation: $explanation
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on RefundRequest {
        id
        decideBy
      }
      ...UserErrorFields
    }
  }
`);
