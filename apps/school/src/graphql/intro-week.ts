import { graphql } from './generated/index.ts';

/** The institution's own contributions to cities' intro weeks, and the cities to choose from (issue 12). */
export const schoolContributionsQuery = graphql(`
  query SchoolIntroWeekContributions($institutionId: ID!) {
    municipalities {
      code
      name
    }
    institution(id: $institutionId) {
      id
      introWeekContributions {
        municipality {
          code
          name
        }
        year
        amount
      }
    }
  }
`);

export const recordContributionMutation = graphql(`
  mutation RecordIntroWeekContribution(
    $code: CbsCode!
    $year: Int!
    $institutionId: ID!
    $amount: Money!
    $idempotencyKey: IdempotencyKey!
  ) {
    recordIntroWeekContribution(
      municipalityCode: $code
      year: $year
      institutionId: $institutionId
      amount: $amount
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on IntroWeekContribution {
        year
        amount
        municipality {
          name
        }
      }
      ...UserErrorFields
    }
  }
`);
