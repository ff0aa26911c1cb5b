import { graphql } from './generated/index.ts';

/** The national view of equal treatment in a year: every city's status against last year, and the books share. */
export const equalTreatmentQuery = graphql(`
  query MinistryEqualTreatment($year: Int!) {
    equalTreatmentOverview(year: $year) {
      year
      schoolYear
      introWeek {
        status
        count
        previousYear
      }
      studentSport {
        access
        count
        previousYear
      }
      cities {
        municipality {
          code
          name
          latitude
          longitude
        }
        introWeek
        introWeekLastYear
        participants
        studentSport
        studentSportLastYear
      }
      studentMeasures {
        entitledStudents {
          count
          suppressed
        }
        studentsWithAllBooks {
          count
          suppressed
        }
        shareWithAllBooks
        cardsIssued {
          count
          suppressed
        }
      }
    }
  }
`);
