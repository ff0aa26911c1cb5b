import { graphql } from './generated/index.ts';

/** The company the logged-in person works for: its accreditations and its places. */
export const myCompanyQuery = graphql(`
  query MyCompany {
    myCompany {
      id
      name
      kvkNumber
      accreditations {
        id
        status
        since
        reassessmentDue
        qualification {
          crebo
          name
          level
        }
      }
      places {
        id
        title
        pathway
        level
        capacity
        startsOn
        endsOn
        status
        qualification {
          name
        }
      }
    }
  }
`);
