import { graphql } from './generated/index.ts';

/** One placement of an own student, with the student and the place (what the company sees too, and the history). */
export const schoolPlacementQuery = graphql(`
  query SchoolPlacement($placementId: ID!) {
    placement(id: $placementId) {
      id
      status
      confirmedAt
      respondBy
      responseOverdue
      respondedAt
      respondedBy
      declineReason
      declineExplanation
      needsReplacement
      history {
        what
        by
        at
        detail
      }
      student {
        id
        givenName
        familyName
        email
        level
        pathway
        qualification {
          crebo
          name
        }
      }
      institution {
        id
        name
      }
      place {
        id
        title
        city
        address
        startsOn
        endsOn
        hoursPerWeek
        expenseAllowance
        internshipWage
      }
      company {
        id
        name
      }
      agreement {
        id
        status
      }
    }
  }
`);

/** The student's date of birth, for the guardian rule: only the student record has it, never the placement. */
export const studentBirthQuery = graphql(`
  query StudentBirth($id: ID!) {
    student(id: $id) {
      id
      dateOfBirth
    }
  }
`);

export const placementsMissingContactMomentsQuery = graphql(`
  query PlacementsMissingContactMoments {
    placementsMissingContactMoments {
      missing
      missingKinds
      missingInPerson
      agreement {
        id
        status
        startsOn
        endsOn
      }
      placement {
        id
        student {
          id
          givenName
          familyName
        }
        company {
          name
        }
        place {
          title
        }
      }
    }
  }
`);

export const draftAgreementMutation = graphql(`
  mutation DraftAgreement($placementId: ID!, $input: AgreementInput!, $idempotencyKey: IdempotencyKey!) {
    draftAgreement(placementId: $placementId, input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Agreement {
        id
        status
        version
      }
      ...UserErrorFields
    }
  }
`);

export const recordContactMomentExceptionMutation = graphql(`
  mutation RecordContactMomentException(
    $agreementId: ID!
    $reason: ContactMomentExceptionReason!
    $explanation: String!
  ) {
    recordContactMomentException(agreementId: $agreementId, reason: $reason, explanation: $explanation) {
      __typename
      ... on Agreement {
        id
      }
      ...UserErrorFields
    }
  }
`);

// Shared with the other apps (packages/placements-react/src/graphql/*.graphql), generated into this app.
export {
  AgreementDocument as agreementQuery,
  PlanContactMomentDocument as planContactMomentMutation,
  RecordAllowancePaymentDocument as recordAllowancePaymentMutation,
  RecordContactMomentDocument as recordContactMomentMutation,
  SignAgreementDocument as signAgreementMutation,
} from './generated/graphql.ts';
