/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgreementEventKind =
  /** Opgesteld. */
  | 'DRAFTED'
  /** Gewijzigd. */
  | 'EDITED'
  /** Door alle partijen ondertekend. */
  | 'FULLY_SIGNED'
  /** Handtekeningen vervallen na een wijziging. */
  | 'SIGNATURES_RESET'
  /** Ondertekend door een partij. */
  | 'SIGNED'
  /** Vervangen door een nieuwe overeenkomst. */
  | 'SUPERSEDED';

/** De inhoud van een praktijkovereenkomst (POK), opgesteld door de instelling. */
export type AgreementInput = {
  /** Beoordeling (10–4000 tekens). */
  assessment: string;
  /** Ontbindingsvoorwaarden (10–4000 tekens). */
  dissolutionTerms: string;
  /** Na de begindatum; hoogstens twee jaar later. */
  endsOn: string;
  /** Onkostenvergoeding per maand. */
  expenseAllowance: string;
  /** Ouder of voogd die meetekent; verplicht als de student op de begindatum jonger is dan 18. */
  guardianName?: string | null | undefined;
  /** 1–40 uur. */
  hoursPerWeek: number;
  /** Stagevergoeding per maand; leeg als er geen is. */
  internshipWage?: string | null | undefined;
  practicalTrainerEmail: string;
  /** Naam van de praktijkopleider. */
  practicalTrainerName: string;
  /** Hoogstens een jaar in het verleden. */
  startsOn: string;
  /** Bijvoorbeeld "elke twee weken een gesprek". */
  supervisionFrequency: string;
  /** Werkprocessen (10–4000 tekens). */
  workProcesses: string;
};

/** Partij bij de praktijkovereenkomst. */
export type AgreementParty =
  /** Het leerbedrijf. */
  | 'COMPANY'
  /** Ouder of voogd, voor een student jonger dan 18; de instelling legt de handtekening op papier vast. */
  | 'GUARDIAN'
  /** De mbo-instelling. */
  | 'INSTITUTION'
  /** De student zelf. */
  | 'STUDENT';

/** Stand van een praktijkovereenkomst. */
export type AgreementStatus =
  /** Opgesteld door de instelling; nog niet (opnieuw) ondertekend. */
  | 'DRAFT'
  /** Door alle vereiste partijen ondertekend. */
  | 'SIGNED'
  /** Een of meer partijen hebben getekend, nog niet alle. */
  | 'SIGNING'
  /** Vervangen door een nieuwe overeenkomst (ander leerbedrijf of andere plaatsing). */
  | 'SUPERSEDED';

/** Soort vergoeding. */
export type AllowanceKind =
  /** Onkostenvergoeding. */
  | 'EXPENSE'
  /** Stagevergoeding of loon. */
  | 'WAGE';

/** Hoe het contactmoment plaatsvindt. */
export type ContactMode =
  /** Op locatie, fysiek. */
  | 'IN_PERSON'
  /** Telefonisch. */
  | 'PHONE'
  /** Videogesprek. */
  | 'VIDEO';

/** Professionele reden voor een uitzondering op de contactmomenten. */
export type ContactMomentExceptionReason =
  /** Stage in het buitenland: geen fysiek contactmoment nodig. */
  | 'ABROAD'
  /** Andere professionele reden, toegelicht. */
  | 'OTHER'
  /** Snuffelstage: geen drie contactmomenten nodig. */
  | 'TASTER_INTERNSHIP';

/** Soort contactmoment tussen instelling, student en leerbedrijf (Stagepact 2023–2027). */
export type ContactMomentKind =
  /** Eindgesprek. */
  | 'FINAL'
  /** Tussentijds gesprek. */
  | 'INTERIM'
  /** Startgesprek. */
  | 'START';

export type CreateMatchingRoundInput = {
  name: string;
  periodEnd: string;
  periodStart: string;
  /** Alleen studenten met deze kwalificaties. */
  qualificationCrebos?: Array<string> | null | undefined;
  /** De kopgroep: eerstejaars van de eigen instelling. */
  studentIds: Array<string>;
};

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

export type PlacementEventKind =
  /** Geaccepteerd door het leerbedrijf. */
  | 'ACCEPTED'
  /** Bevestigd door de instelling. */
  | 'CONFIRMED'
  /** Afgewezen door het leerbedrijf. */
  | 'DECLINED';

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

export type SchoolPlacementQueryVariables = Exact<{
  placementId: string;
}>;


export type SchoolPlacementQuery = { placement: { id: string, status: PlacementStatus, confirmedAt: string, respondedAt: string | null, respondedBy: string | null, declineReason: DeclineReason | null, declineExplanation: string | null, needsReplacement: boolean, history: Array<{ what: PlacementEventKind, by: string, at: string, detail: string | null }>, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { crebo: string, name: string } }, institution: { id: string, name: string }, place: { id: string, title: string, city: string, address: string, startsOn: string, endsOn: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null }, company: { id: string, name: string }, agreement: { id: string, status: AgreementStatus } | null } | null };

export type StudentBirthQueryVariables = Exact<{
  id: string;
}>;


export type StudentBirthQuery = { student: { id: string, dateOfBirth: string } | null };

export type AgreementFieldsFragment = { id: string, status: AgreementStatus, version: number, pathway: Pathway, startsOn: string, endsOn: string, hoursPerWeek: number, practicalTrainerName: string, practicalTrainerEmail: string, workProcesses: string, assessment: string, dissolutionTerms: string, supervisionFrequency: string, expenseAllowance: string, internshipWage: string | null, guardianRequired: boolean, guardianName: string | null, requiredParties: Array<AgreementParty>, signedAt: string | null, supersededBy: string | null, createdBy: string, signatures: Array<{ party: AgreementParty, signedBy: string, signedAt: string, version: number, note: string | null }>, history: Array<{ what: AgreementEventKind, party: AgreementParty | null, by: string, at: string, version: number, detail: string | null }>, allowancePayments: Array<{ id: string, month: string, kind: AllowanceKind, amount: string, recordedBy: string, recordedAt: string }>, allowanceStatus: { agreedMonthly: string, paidMonths: Array<string>, missingMonths: Array<string>, upToDate: boolean }, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, plannedBy: string, heldOn: string | null, heldMode: ContactMode | null, notes: string | null, recordedBy: string | null, recordedAt: string | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason, explanation: string, recordedBy: string, recordedAt: string }> };

export type SchoolAgreementQueryVariables = Exact<{
  id: string;
}>;


export type SchoolAgreementQuery = { agreement: { id: string, status: AgreementStatus, version: number, pathway: Pathway, startsOn: string, endsOn: string, hoursPerWeek: number, practicalTrainerName: string, practicalTrainerEmail: string, workProcesses: string, assessment: string, dissolutionTerms: string, supervisionFrequency: string, expenseAllowance: string, internshipWage: string | null, guardianRequired: boolean, guardianName: string | null, requiredParties: Array<AgreementParty>, signedAt: string | null, supersededBy: string | null, createdBy: string, signatures: Array<{ party: AgreementParty, signedBy: string, signedAt: string, version: number, note: string | null }>, history: Array<{ what: AgreementEventKind, party: AgreementParty | null, by: string, at: string, version: number, detail: string | null }>, allowancePayments: Array<{ id: string, month: string, kind: AllowanceKind, amount: string, recordedBy: string, recordedAt: string }>, allowanceStatus: { agreedMonthly: string, paidMonths: Array<string>, missingMonths: Array<string>, upToDate: boolean }, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, plannedBy: string, heldOn: string | null, heldMode: ContactMode | null, notes: string | null, recordedBy: string | null, recordedAt: string | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason, explanation: string, recordedBy: string, recordedAt: string }> } | null };

export type PlacementsMissingContactMomentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementsMissingContactMomentsQuery = { placementsMissingContactMoments: Array<{ missing: Array<string>, missingKinds: Array<ContactMomentKind>, missingInPerson: boolean, agreement: { id: string, status: AgreementStatus, startsOn: string, endsOn: string }, placement: { id: string, student: { id: string, givenName: string, familyName: string }, company: { name: string }, place: { title: string } } }> | null };

export type DraftAgreementMutationVariables = Exact<{
  placementId: string;
  input: AgreementInput;
  idempotencyKey?: string | null | undefined;
}>;


export type DraftAgreementMutation = { draftAgreement:
    | { __typename: 'Agreement', id: string, status: AgreementStatus, version: number }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type SignAgreementMutationVariables = Exact<{
  agreementId: string;
  party: AgreementParty;
  note?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type SignAgreementMutation = { signAgreement:
    | { __typename: 'Agreement', id: string, status: AgreementStatus }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type RecordAllowancePaymentMutationVariables = Exact<{
  agreementId: string;
  month: string;
  amount: string;
  kind: AllowanceKind;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordAllowancePaymentMutation = { recordAllowancePayment:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type PlanContactMomentMutationVariables = Exact<{
  agreementId: string;
  kind: ContactMomentKind;
  plannedOn: string;
  mode: ContactMode;
  idempotencyKey?: string | null | undefined;
}>;


export type PlanContactMomentMutation = { planContactMoment:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'ContactMoment', id: string }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type RecordContactMomentMutationVariables = Exact<{
  contactMomentId: string;
  heldOn: string;
  mode: ContactMode;
  notes?: string | null | undefined;
}>;


export type RecordContactMomentMutation = { recordContactMoment:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'ContactMoment', id: string }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type RecordContactMomentExceptionMutationVariables = Exact<{
  agreementId: string;
  reason: ContactMomentExceptionReason;
  explanation: string;
}>;


export type RecordContactMomentExceptionMutation = { recordContactMomentException:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type MatchingRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingRoundsQuery = { matchingRounds: Array<{ id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, createdAt: string, progress: { students: number, studentsWithChoices: number, matched: number, unmatched: number } }> | null };

export type RoundPlaceFragment = { id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } };

export type MatchingRoundQueryVariables = Exact<{
  id: string;
}>;


export type MatchingRoundQuery = { matchingRound: { id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, seed: number | null, ranAt: string | null, confirmedAt: string | null, progress: { status: MatchingRoundStatus, students: number, studentsWithChoices: number, matched: number, unmatched: number, adjusted: number, droppedAtConfirmation: number }, students: Array<{ requestsAccessiblePlace: boolean, student: { id: string, givenName: string, familyName: string, level: number, pathway: Pathway, qualification: { crebo: string, name: string } }, choices: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> }>, results: Array<{ rank: number | null, adjusted: boolean, adjustmentReason: string | null, droppedAtConfirmation: boolean, student: { id: string }, place: { id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } } | null, explanation: { assignedRank: number | null, reason: string, betterChoicesFull: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }>, notEligibleChoices: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } }> } | null };

export type EligiblePlacesQueryVariables = Exact<{
  filter: PlaceFilter;
}>;


export type EligiblePlacesQuery = { places: { hasNextPage: boolean, places: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, capacity: number, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } | null };

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


export type SchoolStudentsQuery = { institution: { id: string, name: string, students: Array<{ id: string, givenName: string, familyName: string, level: number, pathway: Pathway, cohort: number, placementStatus: StudentPlacementStatus, needsPlacement: boolean, qualification: { crebo: string, name: string }, placement: { id: string, place: { title: string }, company: { name: string }, agreement: { id: string, status: AgreementStatus } | null } | null }> } | null };

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
export const AgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgreementFields on Agreement {
  id
  status
  version
  pathway
  startsOn
  endsOn
  hoursPerWeek
  practicalTrainerName
  practicalTrainerEmail
  workProcesses
  assessment
  dissolutionTerms
  supervisionFrequency
  expenseAllowance
  internshipWage
  guardianRequired
  guardianName
  requiredParties
  signatures {
    party
    signedBy
    signedAt
    version
    note
  }
  signedAt
  supersededBy
  createdBy
  history {
    what
    party
    by
    at
    version
    detail
  }
  allowancePayments {
    id
    month
    kind
    amount
    recordedBy
    recordedAt
  }
  allowanceStatus {
    agreedMonthly
    paidMonths
    missingMonths
    upToDate
  }
  contactMoments {
    id
    kind
    plannedOn
    plannedMode
    plannedBy
    heldOn
    heldMode
    notes
    recordedBy
    recordedAt
  }
  contactMomentExceptions {
    reason
    explanation
    recordedBy
    recordedAt
  }
}
    `, {"fragmentName":"AgreementFields"}) as unknown as TypedDocumentString<AgreementFieldsFragment, unknown>;
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
export const SchoolPlacementDocument = new TypedDocumentString(`
    query SchoolPlacement($placementId: ID!) {
  placement(id: $placementId) {
    id
    status
    confirmedAt
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
    `) as unknown as TypedDocumentString<SchoolPlacementQuery, SchoolPlacementQueryVariables>;
export const StudentBirthDocument = new TypedDocumentString(`
    query StudentBirth($id: ID!) {
  student(id: $id) {
    id
    dateOfBirth
  }
}
    `) as unknown as TypedDocumentString<StudentBirthQuery, StudentBirthQueryVariables>;
export const SchoolAgreementDocument = new TypedDocumentString(`
    query SchoolAgreement($id: ID!) {
  agreement(id: $id) {
    ...AgreementFields
  }
}
    fragment AgreementFields on Agreement {
  id
  status
  version
  pathway
  startsOn
  endsOn
  hoursPerWeek
  practicalTrainerName
  practicalTrainerEmail
  workProcesses
  assessment
  dissolutionTerms
  supervisionFrequency
  expenseAllowance
  internshipWage
  guardianRequired
  guardianName
  requiredParties
  signatures {
    party
    signedBy
    signedAt
    version
    note
  }
  signedAt
  supersededBy
  createdBy
  history {
    what
    party
    by
    at
    version
    detail
  }
  allowancePayments {
    id
    month
    kind
    amount
    recordedBy
    recordedAt
  }
  allowanceStatus {
    agreedMonthly
    paidMonths
    missingMonths
    upToDate
  }
  contactMoments {
    id
    kind
    plannedOn
    plannedMode
    plannedBy
    heldOn
    heldMode
    notes
    recordedBy
    recordedAt
  }
  contactMomentExceptions {
    reason
    explanation
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<SchoolAgreementQuery, SchoolAgreementQueryVariables>;
export const PlacementsMissingContactMomentsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlacementsMissingContactMomentsQuery, PlacementsMissingContactMomentsQueryVariables>;
export const DraftAgreementDocument = new TypedDocumentString(`
    mutation DraftAgreement($placementId: ID!, $input: AgreementInput!, $idempotencyKey: IdempotencyKey) {
  draftAgreement(
    placementId: $placementId
    input: $input
    idempotencyKey: $idempotencyKey
  ) {
    __typename
    ... on Agreement {
      id
      status
      version
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DraftAgreementMutation, DraftAgreementMutationVariables>;
export const SignAgreementDocument = new TypedDocumentString(`
    mutation SignAgreement($agreementId: ID!, $party: AgreementParty!, $note: String, $idempotencyKey: IdempotencyKey) {
  signAgreement(
    agreementId: $agreementId
    party: $party
    note: $note
    idempotencyKey: $idempotencyKey
  ) {
    __typename
    ... on Agreement {
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
    `) as unknown as TypedDocumentString<SignAgreementMutation, SignAgreementMutationVariables>;
export const RecordAllowancePaymentDocument = new TypedDocumentString(`
    mutation RecordAllowancePayment($agreementId: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!, $idempotencyKey: IdempotencyKey) {
  recordAllowancePayment(
    agreementId: $agreementId
    month: $month
    amount: $amount
    kind: $kind
    idempotencyKey: $idempotencyKey
  ) {
    __typename
    ... on Agreement {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAllowancePaymentMutation, RecordAllowancePaymentMutationVariables>;
export const PlanContactMomentDocument = new TypedDocumentString(`
    mutation PlanContactMoment($agreementId: ID!, $kind: ContactMomentKind!, $plannedOn: Date!, $mode: ContactMode!, $idempotencyKey: IdempotencyKey) {
  planContactMoment(
    agreementId: $agreementId
    kind: $kind
    plannedOn: $plannedOn
    mode: $mode
    idempotencyKey: $idempotencyKey
  ) {
    __typename
    ... on ContactMoment {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PlanContactMomentMutation, PlanContactMomentMutationVariables>;
export const RecordContactMomentDocument = new TypedDocumentString(`
    mutation RecordContactMoment($contactMomentId: ID!, $heldOn: Date!, $mode: ContactMode!, $notes: String) {
  recordContactMoment(
    contactMomentId: $contactMomentId
    heldOn: $heldOn
    mode: $mode
    notes: $notes
  ) {
    __typename
    ... on ContactMoment {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecordContactMomentMutation, RecordContactMomentMutationVariables>;
export const RecordContactMomentExceptionDocument = new TypedDocumentString(`
    mutation RecordContactMomentException($agreementId: ID!, $reason: ContactMomentExceptionReason!, $explanation: String!) {
  recordContactMomentException(
    agreementId: $agreementId
    reason: $reason
    explanation: $explanation
  ) {
    __typename
    ... on Agreement {
      id
    }
    ... on UserError {
      message
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecordContactMomentExceptionMutation, RecordContactMomentExceptionMutationVariables>;
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
    mutation ConfirmMatchingRound($roundId: ID!, $idempotencyKey: IdempotencyKey!) {
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
        agreement {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolStudentsQuery, SchoolStudentsQueryVariables>;