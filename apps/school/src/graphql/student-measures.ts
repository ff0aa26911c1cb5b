import { graphql } from './generated/index.ts';

/** Issue 12 (students): free basic-skills books, student cards and refunds of the own institution. */
export const schoolBooksQuery = graphql(`
  query SchoolBooks($institutionId: ID!, $schoolYear: String!) {
    basicSkillsBooksOfInstitution(institutionId: $institutionId, schoolYear: $schoolYear) {
      ...BasicSkillsBooksFields
      student {
        id
        givenName
        familyName
        studentCard {
          cardNumber
        }
      }
    }
  }
`);

export const currentSchoolYearQuery = graphql(`
  query CurrentSchoolYear {
    currentSchoolYear
  }
`);

export const recordBookProvisionMutation = graphql(`
  mutation RecordBookProvision(
    $studentId: ID!
    $schoolYear: String!
    $subject: BasicSkill!
    $kind: BookProvisionKind!
    $providedOn: Date!
    $idempotencyKey: IdempotencyKey!
  ) {
    recordBookProvision(
      studentId: $studentId
      schoolYear: $schoolYear
      subject: $subject
      kind: $kind
      providedOn: $providedOn
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on BookProvision {
        id
      }
      ...UserErrorFields
    }
  }
`);

export const schoolRefundsQuery = graphql(`
  query SchoolRefunds($institutionId: ID!) {
    refundRequestsOfInstitution(institutionId: $institutionId) {
      ...RefundRequestFields
      explanation
      student {
        id
        givenName
        familyName
      }
    }
  }
`);

export const decideRefundMutation = graphql(`
  mutation DecideRefund($refundId: ID!, $approve: Boolean!, $reason: String!) {
    decideRefund(refundId: $refundId, approve: $approve, reason: $reason) {
      __typename
      ... on RefundRequest {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

export const schoolCardsQuery = graphql(`
  query SchoolCards($institutionId: ID!) {
    studentCardsOfInstitution(institutionId: $institutionId) {
      student {
        id
        givenName
        familyName
      }
      card {
        ...StudentCardFields
      }
    }
  }
`);

export const issueStudentCardMutation = graphql(`
  mutation IssueStudentCard(
    $studentId: ID!
    $cardNumber: String!
    $issuedOn: Date!
    $validUntil: Date!
    $idempotencyKey: IdempotencyKey!
  ) {
    issueStudentCard(
      studentId: $studentId
      cardNumber: $cardNumber
      issuedOn: $issuedOn
      validUntil: $validUntil
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on StudentCard {
        id
        cardNumber
      }
      ...UserErrorFields
    }
  }
`);
