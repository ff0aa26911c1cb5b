import { graphql } from './generated/index.ts';

/** Issue 12 (students): the national view of free books, cards and refunds per institution (public, suppressed). */
export const studentMeasuresQuery = graphql(`
  query StudentMeasures($schoolYear: String!) {
    bookProvisionOverview(schoolYear: $schoolYear) {
      schoolYear
      national {
        ...StudentMeasuresFields
      }
      institutions {
        ...StudentMeasuresFields
      }
    }
    institutions {
      id
      name
    }
  }
  fragment StudentMeasuresFields on StudentMeasuresRow {
    institutionId
    students { count suppressed }
    entitledStudents { count suppressed }
    studentsWithAllBooks { count suppressed }
    shareWithAllBooks
    cardsIssued { count suppressed }
    refundRequests { count suppressed }
    refundsDecided { count suppressed }
    refundsOverdue { count suppressed }
    medianDaysToDecide
  }
`);

export const ministrySchoolYearQuery = graphql(`
  query MinistrySchoolYear {
    currentSchoolYear
  }
`);
