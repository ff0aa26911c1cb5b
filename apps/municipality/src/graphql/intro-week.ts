import { graphql } from './generated/index.ts';

/**
 * The intro-week status of the logged-in person's own municipality for this year and last year,
 * and for the four years before that (older records are shown under "Eerdere jaren").
 */
export const introWeekQuery = graphql(`
  query MunicipalityIntroWeek(
    $code: CbsCode!
    $thisYear: Int!
    $lastYear: Int!
    $earlier1: Int!
    $earlier2: Int!
    $earlier3: Int!
    $earlier4: Int!
  ) {
    municipality(code: $code) {
      code
      name
      thisYear: introWeek(year: $thisYear) {
        ...IntroWeekFields
      }
      lastYear: introWeek(year: $lastYear) {
        ...IntroWeekFields
      }
      earlier1: introWeek(year: $earlier1) {
        ...IntroWeekFields
      }
      earlier2: introWeek(year: $earlier2) {
        ...IntroWeekFields
      }
      earlier3: introWeek(year: $earlier3) {
        ...IntroWeekFields
      }
      earlier4: introWeek(year: $earlier4) {
        ...IntroWeekFields
      }
    }
  }

  fragment IntroWeekFields on IntroWeek {
    year
    status
    note
    organiser
    participants
    source
  }
`);
