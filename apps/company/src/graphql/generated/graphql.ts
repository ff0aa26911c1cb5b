/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Stand van een erkenning door SBB. */
export type AccreditationStatus =
  /** Erkend: het leerbedrijf mag stages en leerbanen aanbieden. */
  | 'ACTIVE'
  /** Geschorst: tijdelijk geen nieuwe stages of leerbanen. */
  | 'SUSPENDED'
  /** Ingetrokken: geen nieuwe stages of leerbanen meer. */
  | 'WITHDRAWN';

/** Reden waarom een leerbedrijf een match afwijst; wordt vastgelegd en gevolgd (signaal voor discriminatie). */
export type DeclineReason =
  /** Geen begeleidingscapaciteit meer in de periode. */
  | 'NO_CAPACITY'
  /** Andere reden, toegelicht in de vrije tekst. */
  | 'OTHER'
  /** De periode van de student past niet bij de periode van de plaats. */
  | 'PERIOD_MISMATCH'
  /** Er is geen praktijkopleider beschikbaar. */
  | 'PRACTICAL_TRAINER_UNAVAILABLE'
  /** De opleiding of het niveau past niet bij het werk op deze plaats. */
  | 'PROFILE_MISMATCH';

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

/** Leerweg. */
export type Pathway =
  /** Beroepsbegeleidende leerweg: werken en leren, met een leerbaan. */
  | 'BBL'
  /** Beroepsopleidende leerweg: vooral op school, met stages. */
  | 'BOL';

/** Een stageplaats of leerbaan zoals het leerbedrijf haar aanbiedt. */
export type PlaceInput = {
  /** Straat en huisnummer. */
  address: string;
  /** 1–500 studenten tegelijk. */
  capacity: number;
  city: string;
  /** Wat de student er doet en leert (hoogstens 4000 tekens). */
  description: string;
  /** Na de begindatum. */
  endsOn: string;
  /** Per maand, 0 of meer. */
  expenseAllowance: string;
  /** 1–40 uur. */
  hoursPerWeek: number;
  inclusiveMarkers?: Array<InclusiveMarker> | null | undefined;
  /** Per maand, 0 of meer; leeg als er geen is. */
  internshipWage?: string | null | undefined;
  /** Niveau 1–4, gelijk aan dat van de kwalificatie. */
  level: number;
  /** CBS-gemeentecode van de werkplek (4 cijfers). */
  municipalityCode: string;
  pathway: Pathway;
  /** Crebocode; het leerbedrijf moet ervoor (of voor een gelijkwaardige code) erkend zijn. */
  qualificationCrebo: string;
  /** Niet in het verleden. */
  startsOn: string;
  /** 3–120 tekens. */
  title: string;
};

/** Of een plaats nog open staat. */
export type PlaceStatus =
  /** Gesloten. */
  | 'CLOSED'
  /** Open voor nieuwe studenten. */
  | 'OPEN';

/** Stand van een plaatsing. */
export type PlacementStatus =
  /** Geaccepteerd door het leerbedrijf. */
  | 'ACCEPTED'
  /** De stage of leerbaan loopt. */
  | 'ACTIVE'
  /** Bevestigd door de instelling; het leerbedrijf heeft nog niet gereageerd. */
  | 'CONFIRMED'
  /** Afgewezen door het leerbedrijf, met reden; de student gaat mee naar de volgende ronde. */
  | 'DECLINED'
  /** Beëindigd. */
  | 'ENDED';

export type MyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanyQuery = { myCompany: { id: string, name: string, kvkNumber: string, municipality: { code: string } | null, accreditations: Array<{ id: string, status: AccreditationStatus, since: string, reassessmentDue: string, qualification: { crebo: string, name: string, level: number }, equivalentQualifications: Array<{ crebo: string, name: string }>, history: Array<{ status: AccreditationStatus, at: string, reason: string }> }>, places: Array<{ id: string, title: string, description: string, pathway: Pathway, level: number, capacity: number, startsOn: string, endsOn: string, address: string, city: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null, inclusiveMarkers: Array<InclusiveMarker>, status: PlaceStatus, closedReason: string | null, seatsTaken: number, municipality: { code: string } | null, qualification: { crebo: string, name: string, level: number } }> } | null };

export type PlaceFieldsFragment = { id: string, title: string, description: string, pathway: Pathway, level: number, capacity: number, startsOn: string, endsOn: string, address: string, city: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null, inclusiveMarkers: Array<InclusiveMarker>, status: PlaceStatus, closedReason: string | null, seatsTaken: number, municipality: { code: string } | null, qualification: { crebo: string, name: string, level: number } };

export type PublishPlaceMutationVariables = Exact<{
  input: PlaceInput;
}>;


export type PublishPlaceMutation = { publishPlace:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'Place', id: string }
   };

export type UpdatePlaceMutationVariables = Exact<{
  id: string;
  input: PlaceInput;
}>;


export type UpdatePlaceMutation = { updatePlace:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'Place', id: string }
   };

export type ClosePlaceMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ClosePlaceMutation = { closePlace:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'Place', id: string, status: PlaceStatus }
   };

export type ReopenPlaceMutationVariables = Exact<{
  id: string;
}>;


export type ReopenPlaceMutation = { reopenPlace:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'Place', id: string, status: PlaceStatus }
   };

export type MyMatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMatchesQuery = { myMatches: Array<{ id: string, status: PlacementStatus, confirmedAt: string, respondedAt: string | null, declineReason: DeclineReason | null, declineExplanation: string | null, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { name: string } }, place: { id: string, title: string, startsOn: string, endsOn: string } }> };

export type RespondToMatchMutationVariables = Exact<{
  placementId: string;
  accept: boolean;
  declineReason?: DeclineReason | null | undefined;
  declineExplanation?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type RespondToMatchMutation = { respondToMatch:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'Placement', id: string, status: PlacementStatus }
   };

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
export const PlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlaceFields on Place {
  id
  title
  description
  pathway
  level
  capacity
  startsOn
  endsOn
  municipality {
    code
  }
  address
  city
  hoursPerWeek
  expenseAllowance
  internshipWage
  inclusiveMarkers
  status
  closedReason
  seatsTaken
  qualification {
    crebo
    name
    level
  }
}
    `, {"fragmentName":"PlaceFields"}) as unknown as TypedDocumentString<PlaceFieldsFragment, unknown>;
export const MyCompanyDocument = new TypedDocumentString(`
    query MyCompany {
  myCompany {
    id
    name
    kvkNumber
    municipality {
      code
    }
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
      equivalentQualifications {
        crebo
        name
      }
      history {
        status
        at
        reason
      }
    }
    places {
      ...PlaceFields
    }
  }
}
    fragment PlaceFields on Place {
  id
  title
  description
  pathway
  level
  capacity
  startsOn
  endsOn
  municipality {
    code
  }
  address
  city
  hoursPerWeek
  expenseAllowance
  internshipWage
  inclusiveMarkers
  status
  closedReason
  seatsTaken
  qualification {
    crebo
    name
    level
  }
}`) as unknown as TypedDocumentString<MyCompanyQuery, MyCompanyQueryVariables>;
export const PublishPlaceDocument = new TypedDocumentString(`
    mutation PublishPlace($input: PlaceInput!) {
  publishPlace(input: $input) {
    __typename
    ... on Place {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PublishPlaceMutation, PublishPlaceMutationVariables>;
export const UpdatePlaceDocument = new TypedDocumentString(`
    mutation UpdatePlace($id: ID!, $input: PlaceInput!) {
  updatePlace(id: $id, input: $input) {
    __typename
    ... on Place {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const ClosePlaceDocument = new TypedDocumentString(`
    mutation ClosePlace($id: ID!, $reason: String!) {
  closePlace(id: $id, reason: $reason) {
    __typename
    ... on Place {
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
    `) as unknown as TypedDocumentString<ClosePlaceMutation, ClosePlaceMutationVariables>;
export const ReopenPlaceDocument = new TypedDocumentString(`
    mutation ReopenPlace($id: ID!) {
  reopenPlace(id: $id) {
    __typename
    ... on Place {
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
    `) as unknown as TypedDocumentString<ReopenPlaceMutation, ReopenPlaceMutationVariables>;
export const MyMatchesDocument = new TypedDocumentString(`
    query MyMatches {
  myMatches {
    id
    status
    confirmedAt
    respondedAt
    declineReason
    declineExplanation
    student {
      id
      givenName
      familyName
      email
      level
      pathway
      qualification {
        name
      }
    }
    place {
      id
      title
      startsOn
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<MyMatchesQuery, MyMatchesQueryVariables>;
export const RespondToMatchDocument = new TypedDocumentString(`
    mutation RespondToMatch($placementId: ID!, $accept: Boolean!, $declineReason: DeclineReason, $declineExplanation: String, $idempotencyKey: String) {
  respondToMatch(
    placementId: $placementId
    accept: $accept
    declineReason: $declineReason
    declineExplanation: $declineExplanation
    idempotencyKey: $idempotencyKey
  ) {
    __typename
    ... on Placement {
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
    `) as unknown as TypedDocumentString<RespondToMatchMutation, RespondToMatchMutationVariables>;