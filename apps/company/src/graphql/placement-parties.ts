import { graphql } from './generated/index.ts';

/** Who and what a placement is about, as every company screen of a placement shows it: the student and the place. */
export const placementPartiesFragment = graphql(`
  fragment CompanyPlacementParties on Placement {
    id
    status
    student {
      id
      givenName
      familyName
      email
      level
      pathway
      qualification {
        name
      }
    }
    place {
      id
      title
      startsOn
      endsOn
    }
  }
`);

/** Where the agreement of a placement stands, as the matches and the placements list show it: who signed which version. */
export const agreementSignaturesFragment = graphql(`
  fragment CompanyAgreementSignatures on Agreement {
    id
    status
    version
    requiredParties
    signatures {
      party
      version
      signedBy
      signedAt
    }
  }
`);
