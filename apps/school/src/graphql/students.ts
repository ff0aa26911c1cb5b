import { graphql } from './generated/index.ts';

/** The students of the logged-in person's own institution (the subgraph refuses any other). */
export const schoolStudentsQuery = graphql(`
  query SchoolStudents($institutionId: ID!) {
    institution(id: $institutionId) {
      id
      name
      students {
        id
        givenName
        familyName
        level
        pathway
        cohort
        placementStatus
        needsPlacement
        qualification {
          crebo
          name
        }
        placement {
          id
          respondBy
          responseOverdue
          place {
            title
          }
          company {
            name
          }
          agreement {
            id
            status
          }
        }
      }
    }
  }
`);
