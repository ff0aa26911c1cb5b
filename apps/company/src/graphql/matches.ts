import { graphql } from './generated/index.ts';

export const myMatchesQuery = graphql(`
  query MyMatches {
    myMatches {
      id
      status
      confirmedAt
      respondBy
      responseOverdue
      respondedAt
      declineReason
      declineExplanation
      ...CompanyPlacementParties
      agreement {
        ...CompanyAgreementSignatures
      }
    }
  }
`);

export const respondToMatchMutation = graphql(`
  mutation RespondToMatch(
    $placementId: ID!
    $accept: Boolean!
    $declineReason: DeclineReason
    $declineExplanation: String
    $idempotencyKey: IdempotencyKey!
  ) {
    respondToMatch(
      placementId: $placementId
      accept: $accept
      declineReason: $declineReason
      declineExplanation: $declineExplanation
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on Placement {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);

/**
 * The company's placements with what the company must follow up: the agreement's signatures,
 * the contact moments and whether the allowances are paid.
 */
