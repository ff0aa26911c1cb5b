import { graphql } from './generated/index.ts';

/** The own city's student sport this year and every city's status this year against last year. */
export const cityMeasuresQuery = graphql(`
  query MunicipalityCityMeasures($code: CbsCode!, $year: Int!) {
    institutions {
      id
      name
    }
    municipality(code: $code) {
      code
      name
      introWeek(year: $year) {
        contributions {
          institution {
            id
            name
          }
          amount
        }
      }
      studentSport(year: $year) {
        access
        facilities
        conditions
        openFrom
      }
    }
    equalTreatmentOverview(year: $year) {
      year
      cities {
        municipality {
          code
          name
        }
        introWeek
        introWeekLastYear
        studentSport
        studentSportLastYear
      }
    }
  }
`);

export const recordIntroWeekMutation = graphql(`
  mutation RecordIntroWeek(
    $code: CbsCode!
    $year: Int!
    $status: IntroWeekStatus!
    $organiser: String
    $participants: Int
    $note: String
    $idempotencyKey: IdempotencyKey!
  ) {
    recordIntroWeek(
      municipalityCode: $code
      year: $year
      status: $status
      organiser: $organiser
      participants: $participants
      note: $note
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on IntroWeek {
        year
        status
      }
      ...UserErrorFields
    }
  }
`);

export const recordStudentSportMutation = graphql(`
  mutation RecordStudentSport(
    $code: CbsCode!
    $year: Int!
    $access: StudentSportAccess!
    $facilities: [String!]!
    $conditions: String
    $openFrom: Date
    $idempotencyKey: IdempotencyKey!
  ) {
    recordStudentSport(
      municipalityCode: $code
      year: $year
      access: $access
      facilities: $facilities
      conditions: $conditions
      openFrom: $openFrom
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on StudentSport {
        year
        access
      }
      ...UserErrorFields
    }
  }
`);

export const recordContributionMutation = graphql(`
  mutation MunicipalityRecordContribution(
    $code: CbsCode!
    $year: Int!
    $institutionId: ID!
    $amount: Money!
    $idempotencyKey: IdempotencyKey!
  ) {
    recordIntroWeekContribution(
      municipalityCode: $code
      year: $year
      institutionId: $institutionId
      amount: $amount
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on IntroWeekContribution {
        amount
        institution {
          name
        }
      }
      ...UserErrorFields
    }
  }
`);
