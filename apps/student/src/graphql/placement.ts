import { graphql } from './generated/index.ts';

/**
 * The logged-in student: own data, placement status and the newest placement with its agreement
 * (content, signatures, contact moments and allowances). The back end answers only the student themself.
 */
export const myPlacementQuery = graphql(`
  query StudentMyPlacement {
    me {
      id
      givenName
      familyName
      level
      pathway
      placementStatus
      qualification {
        crebo
        name
      }
      institution {
        id
        name
      }
      placement {
        id
        status
        needsReplacement
        respondBy
        responseOverdue
        company {
          name
        }
        place {
          id
          title
          city
          startsOn
          endsOn
        }
        agreement {
          ...AgreementFields
        }
      }
    }
  }
`);

/** The student signs the agreement for themself; the key makes a retry of the same attempt harmless. */
export const signAgreementMutation = graphql(`
  mutation StudentSignAgreement($agreementId: ID!, $idempotencyKey: IdempotencyKey!) {
    signAgreement(agreementId: $agreementId, party: STUDENT, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Agreement {
        id
        status
      }
      ...UserErrorFields
    }
  }
`);
