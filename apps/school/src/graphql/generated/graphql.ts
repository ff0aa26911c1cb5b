/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateMatchingRoundInput = {
  name: string;
  periodEnd: string;
  periodStart: string;
  /** Alleen studenten met deze kwalificaties. */
  qualificationCrebos?: Array<string> | null | undefined;
  /** De kopgroep: eerstejaars van de eigen instelling. */
  studentIds: Array<string>;
};

/** Kenmerk van een inclusieve werkplek. */
export type InclusiveMarker =
  /** Toegankelijke werkplek, bijvoorbeeld voor een rolstoel. */
  | 'ACCESSIBLE_WORKPLACE'
  /** Extra begeleiding voor studenten op niveau 1 en 2. */
  | 'GUIDANCE_LEVEL_1_2'
  /** Ondersteuning bij de Nederlandse taal op de werkvloer. */
  | 'LANGUAGE_SUPPORT'
  /** In deeltijd mogelijk. */
  | 'PART_TIME_POSSIBLE';

/** Stand van een stagematchingsronde. */
export type MatchingRoundStatus =
  /** Bevestigd: de plaatsingen zijn gemaakt en de leerbedrijven zien hun studenten. */
  | 'CONFIRMED'
  /** In voorbereiding: studenten en keuzes worden verzameld. */
  | 'DRAFT'
  /** Gematcht, nog niet bevestigd: de instelling kan met reden aanpassen. */
  | 'RUN';

/** Leerweg. */
export type Pathway =
  /** Beroepsbegeleidende leerweg: werken en leren, met een leerbaan. */
  | 'BBL'
  /** Beroepsopleidende leerweg: vooral op school, met stages. */
  | 'BOL';

/** Filter op plaatsen; alle velden zijn optioneel. */
export type PlaceFilter = {
  level?: number | null | undefined;
  /** CBS-gemeentecode van de werkplek. */
  municipalityCode?: string | null | undefined;
  /** Alleen open plaatsen (standaard ja; voor studenten altijd). */
  openOnly?: boolean | null | undefined;
  pathway?: Pathway | null | undefined;
  /** Crebocode; gelijkwaardige en vervangen codes tellen mee. */
  qualificationCrebo?: string | null | undefined;
};

/** Waar een student staat met de plaatsing. */
export type StudentPlacementStatus =
  /** Geaccepteerd door het leerbedrijf. */
  | 'ACCEPTED'
  /** De stage of leerbaan loopt. */
  | 'ACTIVE'
  /** Plaatsing bevestigd; wacht op het leerbedrijf. */
  | 'CONFIRMED'
  /** Afgewezen door het leerbedrijf: gaat mee naar de volgende ronde. */
  | 'DECLINED'
  /** Gematcht in een ronde die nog niet is bevestigd. */
  | 'MATCHED'
  /** De erkenning van het leerbedrijf is ingetrokken: een vervangende plaats is nodig. */
  | 'NEEDS_REPLACEMENT'
  /** Nog geen plaats. */
  | 'NONE';

export type MatchingRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingRoundsQuery = { matchingRounds: Array<{ id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, createdAt: string, progress: { students: number, studentsWithChoices: number, matched: number, unmatched: number } }> };

export type RoundPlaceFragment = { id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } };

export type MatchingRoundQueryVariables = Exact<{
  id: string;
}>;


export type MatchingRoundQuery = { matchingRound: { id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, seed: number | null, ranAt: string | null, confirmedAt: string | null, progress: { status: MatchingRoundStatus, students: number, studentsWithChoices: number, matched: number, unmatched: number, adjusted: number, droppedAtConfirmation: number }, students: Array<{ requestsAccessiblePlace: boolean, student: { id: string, givenName: string, familyName: string, level: number, pathway: Pathway, qualification: { crebo: string, name: string } }, choices: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> }>, results: Array<{ rank: number | null, adjusted: boolean, adjustmentReason: string | null, droppedAtConfirmation: boolean, student: { id: string }, place: { id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } } | null, explanation: { assignedRank: number | null, reason: string, betterChoicesFull: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }>, notEligibleChoices: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } }> } | null };

export type EligiblePlacesQueryVariables = Exact<{
  filter: PlaceFilter;
}>;


export type EligiblePlacesQuery = { places: { hasNextPage: boolean, places: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } };

export type CreateMatchingRoundMutationVariables = Exact<{
  input: CreateMatchingRoundInput;
}>;


export type CreateMatchingRoundMutation = { createMatchingRound:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MatchingRound', id: string }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type SubmitChoicesMutationVariables = Exact<{
  roundId: string;
  studentId: string;
  placeIds: Array<string> | string;
  requestsAccessiblePlace: boolean;
}>;


export type SubmitChoicesMutation = { submitChoices:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MatchingRoundStudent', requestsAccessiblePlace: boolean }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type RunMatchingRoundMutationVariables = Exact<{
  roundId: string;
}>;


export type RunMatchingRoundMutation = { runMatchingRound:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MatchingRound', id: string, status: MatchingRoundStatus }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type AdjustMatchMutationVariables = Exact<{
  roundId: string;
  studentId: string;
  placeId?: string | null | undefined;
  reason: string;
}>;


export type AdjustMatchMutation = { adjustMatch:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MatchResult', adjusted: boolean }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type ConfirmMatchingRoundMutationVariables = Exact<{
  roundId: string;
  idempotencyKey: string;
}>;


export type ConfirmMatchingRoundMutation = { confirmMatchingRound:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MatchingRoundConfirmation', message: string, placements: Array<{ id: string }> }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type SchoolStudentsQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolStudentsQuery = { institution: { id: string, name: string, students: Array<{ id: string, givenName: string, familyName: string, level: number, pathway: Pathway, cohort: number, placementStatus: StudentPlacementStatus, needsPlacement: boolean, qualification: { crebo: string, name: string }, placement: { id: string, place: { title: string }, company: { name: string } } | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RoundPlaceFragmentDoc = new TypedDocumentString(`
    fragment RoundPlace on Place {
  id
  title
  city
  startsOn
  endsOn
  capacity
  inclusiveMarkers
  company {
    name
  }
}
    `, {"fragmentName":"RoundPlace"}) as unknown as TypedDocumentString<RoundPlaceFragment, unknown>;
export const MatchingRoundsDocument = new TypedDocumentString(`
    query MatchingRounds {
  matchingRounds {
    id
    name
    status
    periodStart
    periodEnd
    createdAt
    progress {
      students
      studentsWithChoices
      matched
      unmatched
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingRoundsQuery, MatchingRoundsQueryVariables>;
export const MatchingRoundDocument = new TypedDocumentString(`
    query MatchingRound($id: ID!) {
  matchingRound(id: $id) {
    id
    name
    status
    periodStart
    periodEnd
    seed
    ranAt
    confirmedAt
    progress {
      status
      students
      studentsWithChoices
      matched
      unmatched
      adjusted
      droppedAtConfirmation
    }
    students {
      requestsAccessiblePlace
      student {
        id
        givenName
        familyName
        level
        pathway
        qualification {
          crebo
          name
        }
      }
      choices {
        ...RoundPlace
      }
    }
    results {
      student {
        id
      }
      place {
        ...RoundPlace
      }
      rank
      adjusted
      adjustmentReason
      droppedAtConfirmation
      explanation {
        assignedRank
        reason
        betterChoicesFull {
          ...RoundPlace
        }
        notEligibleChoices {
          ...RoundPlace
        }
      }
    }
  }
}
    fragment RoundPlace on Place {
  id
  title
  city
  startsOn
  endsOn
  capacity
  inclusiveMarkers
  company {
    name
  }
}`) as unknown as TypedDocumentString<MatchingRoundQuery, MatchingRoundQueryVariables>;
export const EligiblePlacesDocument = new TypedDocumentString(`
    query EligiblePlaces($filter: PlaceFilter!) {
  places(filter: $filter, first: 200) {
    places {
      ...RoundPlace
    }
    hasNextPage
  }
}
    fragment RoundPlace on Place {
  id
  title
  city
  startsOn
  endsOn
  capacity
  inclusiveMarkers
  company {
    name
  }
}`) as unknown as TypedDocumentString<EligiblePlacesQuery, EligiblePlacesQueryVariables>;
export const CreateMatchingRoundDocument = new TypedDocumentString(`
    mutation CreateMatchingRound($input: CreateMatchingRoundInput!) {
  createMatchingRound(input: $input) {
    __typename
    ... on MatchingRound {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateMatchingRoundMutation, CreateMatchingRoundMutationVariables>;
export const SubmitChoicesDocument = new TypedDocumentString(`
    mutation SubmitChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!, $requestsAccessiblePlace: Boolean!) {
  submitChoices(
    roundId: $roundId
    studentId: $studentId
    placeIds: $placeIds
    requestsAccessiblePlace: $requestsAccessiblePlace
  ) {
    __typename
    ... on MatchingRoundStudent {
      requestsAccessiblePlace
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitChoicesMutation, SubmitChoicesMutationVariables>;
export const RunMatchingRoundDocument = new TypedDocumentString(`
    mutation RunMatchingRound($roundId: ID!) {
  runMatchingRound(roundId: $roundId) {
    __typename
    ... on MatchingRound {
      id
      status
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RunMatchingRoundMutation, RunMatchingRoundMutationVariables>;
export const AdjustMatchDocument = new TypedDocumentString(`
    mutation AdjustMatch($roundId: ID!, $studentId: ID!, $placeId: ID, $reason: String!) {
  adjustMatch(
    roundId: $roundId
    studentId: $studentId
    placeId: $placeId
    reason: $reason
  ) {
    __typename
    ... on MatchResult {
      adjusted
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AdjustMatchMutation, AdjustMatchMutationVariables>;
export const ConfirmMatchingRoundDocument = new TypedDocumentString(`
    mutation ConfirmMatchingRound($roundId: ID!, $idempotencyKey: String!) {
  confirmMatchingRound(roundId: $roundId, idempotencyKey: $idempotencyKey) {
    __typename
    ... on MatchingRoundConfirmation {
      message
      placements {
        id
      }
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmMatchingRoundMutation, ConfirmMatchingRoundMutationVariables>;
export const SchoolStudentsDocument = new TypedDocumentString(`
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
        place {
          title
        }
        company {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolStudentsQuery, SchoolStudentsQueryVariables>;