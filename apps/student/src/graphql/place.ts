import { graphql } from './generated/index.ts';

/**
 * One place for its page: the back end answers only places the student may rank (open, own qualification
 * or an equivalent, own level and pathway) or already chose or got; the address of a closed place stays empty.
 */
export const studentPlaceQuery = graphql(`
  query StudentPlaceDetails($id: ID!) {
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
