import { graphql } from './generated/index.ts';

/** What the institution publishes for its students: book list and terms of a school year, and the student fund. */
export const schoolPublicationsQuery = graphql(`
  query SchoolPublications($institutionId: ID!, $schoolYear: String!) {
    learningMaterials(institutionId: $institutionId, schoolYear: $schoolYear) {
      ...LearningMaterialsFields
    }
    studentFund(institutionId: $institutionId) {
      ...StudentFundFields
    }
  }
`);

export const publishLearningMaterialsMutation = graphql(`
  mutation PublishLearningMaterials(
    $institutionId: ID!
    $schoolYear: String!
    $terms: String!
    $decisionDays: Int!
    $books: [BookListItemInput!]!
  ) {
    publishLearningMaterials(
      institutionId: $institutionId
      schoolYear: $schoolYear
      terms: $terms
      decisionDays: $decisionDays
      books: $books
    ) {
      __typename
      ... on LearningMaterials {
        decisionDays
      }
      ...UserErrorFields
    }
  }
`);

export const publishStudentFundMutation = graphql(`
  mutation PublishStudentFund(
    $institutionId: ID!
    $summary: String!
    $howToApply: String!
    $contact: String!
    $url: String
  ) {
    publishStudentFund(
      institutionId: $institutionId
      summary: $summary
      howToApply: $howToApply
      contact: $contact
      url: $url
    ) {
      __typename
      ... on StudentFundInfo {
        summary
      }
      ...UserErrorFields
    }
  }
`);
