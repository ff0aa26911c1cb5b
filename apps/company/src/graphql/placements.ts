import { graphql } from './generated/index.ts';

export const myPlacementsQuery = graphql(`
  query MyPlacements {
    myMatches {
      ...CompanyPlacementParties
      company {
        id
        name
      }
      agreement {
        ...CompanyAgreementSignatures
        contactMoments {
          id
          kind
          plannedOn
          plannedMode
          heldOn
          heldMode
        }
        contactMomentExceptions {
          reason
        }
        allowanceStatus {
          upToDate
          missingMonths
        }
      }
    }
  }
`);

/** One placement of the company (only after the institution confirmed it): the header of its page. */
export const companyPlacementQuery = graphql(`
  query CompanyPlacement($placementId: ID!) {
    placement(id: $placementId) {
      ...CompanyPlacementParties
      company {
        id
        name
      }
      agreement {
        id
      }
    }
  }
`);
