import { graphql } from './generated/index.ts';

/** One place for its page: an institution may see every place (it matches its students to them). */
export const schoolPlaceQuery = graphql(`
  query SchoolPlaceDetails($id: ID!) {
    place(id: $id) {
      id
      title
      description
      pathway
      level
      qualification {
        crebo
        name
      }
      startsOn
      endsOn
      hoursPerWeek
      expenseAllowance
      internshipWage
      address
      city
      municipality {
        name
      }
      status
      inclusiveMarkers
      company {
        name
      }
    }
  }
`);
