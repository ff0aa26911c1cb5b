import { graphql } from './generated/index.ts';

/** Issue 11 (company): the praktijkleren subsidy per bbl place, expected and final amount. */
export const companyPraktijklerenQuery = graphql(`
  query CompanyPraktijkleren($companyId: ID!, $year: Int!) {
    praktijkleren(year: $year) {
      ...PraktijklerenYearFields
    }
    praktijklerenPlacements(companyId: $companyId, year: $year) {
      placementId
      title
      crebo
      level
      startsOn
      endsOn
      applied
    }
    praktijklerenApplications(companyId: $companyId) {
      id
      year
      placeTitle
      crebo
      appliedAt
      expectedAmount
      finalAmount
    }
  }
`);

export const applyForPraktijklerenMutation = graphql(`
  mutation CompanyApplyForPraktijkleren($companyId: ID!, $year: Int!, $placementId: ID!, $idempotencyKey: IdempotencyKey!) {
    applyForPraktijkleren(companyId: $companyId, year: $year, placementId: $placementId, idempotencyKey: $idempotencyKey) {
      __typename
      ... on PraktijklerenApplication {
        id
        expectedAmount
      }
      ...UserErrorFields
    }
  }
`);
