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

/** De basisvaardigheden waarvoor boeken en licenties gratis zijn. */
export type BasicSkill =
  /** Burgerschap */
  | 'BURGERSCHAP'
  /** Rekenen */
  | 'REKENEN'
  /** Nederlandse taal */
  | 'TAAL';

export type BookProvisionKind =
  /** Boek (papier) */
  | 'BOOK'
  /** Digitale licentie */
  | 'LICENCE';

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

/** Stand van de introductieweek voor mbo-studenten in een gemeente (Werkagenda mbo). */
export type IntroWeekStatus =
  /** Er zijn gesprekken gaande over deelname van mbo-studenten. */
  | 'IN_TALKS'
  /** mbo-studenten kunnen (nog) niet deelnemen. */
  | 'NOT_YET'
  /** mbo-studenten kunnen deelnemen aan de algemene introductieweek. */
  | 'OPEN'
  /** Er is een apart introductieprogramma voor mbo-studenten. */
  | 'SEPARATE_PROGRAMME';

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

/** Of een plaats nog open staat. */
export type PlaceStatus =
  /** Gesloten: door het leerbedrijf, door SBB, of omdat de periode voorbij is (zie `expired`). */
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

/** Stand van een aanvraag onder de regeling ongebruikte leermiddelen. */
export type RefundStatus =
  /** Toegekend: de instelling betaalt terug. */
  | 'APPROVED'
  /** Afgewezen, met een reden. */
  | 'REFUSED'
  /** Aangevraagd; de instelling beslist nog. */
  | 'REQUESTED';

export type ReportChannel =
  /** De antidiscriminatievoorziening (ADV) van de gemeente */
  | 'ADV'
  /** Het meldpunt van de eigen school */
  | 'INSTITUTION_DESK'
  /** SBB rechtstreeks */
  | 'SBB';

export type ReportKind =
  /** Discriminatie */
  | 'DISCRIMINATION'
  /** Misbruik van een stagiair (stagemisbruik of oneigenlijk gebruik) */
  | 'MISUSE';

export type ReportMoment =
  /** Tijdens de stage of leerbaan */
  | 'DURING_INTERNSHIP'
  /** Bij de selectie voor een stage of leerbaan */
  | 'SELECTION';

export type ReportStatus =
  /** Ontvangen door het meldpunt van de school */
  | 'AT_DESK'
  /** Afgesloten */
  | 'CLOSED'
  /** Doorverwezen naar de antidiscriminatievoorziening */
  | 'WITH_ADV'
  /** In behandeling bij SBB */
  | 'WITH_SBB';

/** Contactgegevens voor de opvolging; allemaal niet verplicht. */
export type ReporterContactInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
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

/** Of mbo-studenten in een stad de studentensport kunnen gebruiken. */
export type StudentSportAccess =
  /** mbo-studenten kunnen de studentensportvoorzieningen (nog) niet gebruiken. */
  | 'NOT_OPEN'
  /** mbo-studenten kunnen de studentensportvoorzieningen gebruiken. */
  | 'OPEN'
  /** Een pilot: mbo-studenten kunnen de voorzieningen (onder voorwaarden) gebruiken. */
  | 'PILOT';

export type SubmitReportInput = {
  /** Waar: er wordt niets over de melder bewaard. */
  anonymous: boolean;
  channel: ReportChannel;
  /** Het erkende leerbedrijf waar het over gaat. */
  companyId: string;
  contact?: ReporterContactInput | null | undefined;
  /** Wat er gebeurde, in eigen woorden (10–5000 tekens). */
  description: string;
  /** Discriminatiegronden (codes uit discriminationGrounds); leeg bij misbruik van een stagiair. */
  grounds: Array<string>;
  kind: ReportKind;
  moment: ReportMoment;
  /** Wanneer het gebeurde (ongeveer). */
  occurredOn: string;
};

/** Soort werk dat op de gebruiker wacht ("Wat moet ik nu doen"). */
export type TaskKind =
  /** Bevestigde matches waarop het leerbedrijf binnen de termijn moet reageren. */
  | 'ANSWER_MATCHES'
  /** Geaccepteerde plaatsingen zonder praktijkovereenkomst: de school stelt die op. */
  | 'DRAW_UP_AGREEMENTS'
  /** Matches waarop het leerbedrijf niet binnen de termijn reageerde: zoek met de student verder. */
  | 'OVERDUE_MATCHES'
  /** Erkenningen waarvan de herbeoordeling door SBB verlopen is. */
  | 'REASSESSMENT_DUE'
  /** Contactmomenten waarvan de geplande datum voorbij is en die nog niet zijn vastgelegd. */
  | 'RECORD_CONTACT_MOMENTS'
  /** Plaatsen die de afgelopen 60 dagen verlopen zijn (einddatum voorbij) en niet gesloten: geef ze een nieuwe periode. */
  | 'RENEW_PLACES'
  /** Praktijkovereenkomsten die op uw (of jouw) handtekening wachten. */
  | 'SIGN_AGREEMENTS';

export type MyEntitlementsQueryVariables = Exact<{
  schoolYear: string;
  year: number;
}>;


export type MyEntitlementsQuery = { me: { id: string, studyCity: { code: string, name: string, introWeek: { status: IntroWeekStatus, openToMbo: boolean, organiser: string | null } | null, studentSport: { access: StudentSportAccess, openToMbo: boolean, facilities: Array<string>, conditions: string | null, openFrom: string | null } | null } | null, institution: { id: string }, basicSkillsBooks: { schoolYear: string, entitled: boolean, reason: string, notYetProvided: Array<BasicSkill>, provisions: Array<{ id: string, subject: BasicSkill, kind: BookProvisionKind, providedOn: string }> } | null, studentCard: { cardNumber: string, issuedOn: string, validUntil: string } | null, refundRequests: Array<{ id: string, schoolYear: string, materials: string, amount: string, status: RefundStatus, requestedOn: string, decideBy: string, overdue: boolean, decisionReason: string | null }> } | null };

export type StudentSchoolYearQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentSchoolYearQuery = { currentSchoolYear: string | null };

export type InstitutionPublicationsQueryVariables = Exact<{
  institutionId: string;
  schoolYear: string;
}>;


export type InstitutionPublicationsQuery = { learningMaterials: { published: boolean, terms: string | null, decisionDays: number, books: Array<{ id: string, title: string, price: string }> } | null, studentFund: { summary: string, howToApply: string, contact: string, url: string | null } | null };

export type RequestRefundMutationVariables = Exact<{
  studentId: string;
  schoolYear: string;
  materials: string;
  amount: string;
  explanation: string;
  idempotencyKey: string;
}>;


export type RequestRefundMutation = { requestRefund:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'RefundRequest', id: string, decideBy: string }
   };

export type StudentMyPlacementQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentMyPlacementQuery = { me: { id: string, givenName: string, familyName: string, level: number, pathway: Pathway, placementStatus: StudentPlacementStatus, qualification: { crebo: string, name: string }, institution: { id: string, name: string }, placement: { id: string, status: PlacementStatus, needsReplacement: boolean, respondBy: string, responseOverdue: boolean, company: { name: string }, place: { id: string, title: string, city: string, startsOn: string, endsOn: string }, agreement: { id: string, status: AgreementStatus, version: number, pathway: Pathway, startsOn: string, endsOn: string, hoursPerWeek: number, practicalTrainerName: string, practicalTrainerEmail: string, workProcesses: string, assessment: string, dissolutionTerms: string, supervisionFrequency: string, expenseAllowance: string, internshipWage: string | null, guardianRequired: boolean, guardianName: string | null, requiredParties: Array<AgreementParty>, signedAt: string | null, supersededBy: string | null, createdBy: string, signatures: Array<{ party: AgreementParty, signedBy: string, signedAt: string, version: number, note: string | null }>, history: Array<{ what: AgreementEventKind, party: AgreementParty | null, by: string, at: string, version: number, detail: string | null }>, allowancePayments: Array<{ id: string, month: string, kind: AllowanceKind, amount: string, recordedBy: string, recordedAt: string }>, allowanceStatus: { agreedMonthly: string, paidMonths: Array<string>, missingMonths: Array<string>, upToDate: boolean }, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, plannedBy: string, heldOn: string | null, heldMode: ContactMode | null, notes: string | null, recordedBy: string | null, recordedAt: string | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason, explanation: string, recordedBy: string, recordedAt: string }> } | null } | null } | null };

export type StudentSignAgreementMutationVariables = Exact<{
  agreementId: string;
  idempotencyKey: string;
}>;


export type StudentSignAgreementMutation = { signAgreement:
    | { __typename: 'Agreement', id: string, status: AgreementStatus }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type StudentReportStartQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentReportStartQuery = { me: { id: string, institution: { id: string, name: string, reportDesk: { available: boolean, description: string | null, contactUrl: string | null, email: string | null, phone: string | null, handlers: string | null, availability: string | null, alternatives: string | null } | null } } | null, reportAlternatives: Array<{ name: string, description: string, url: string }> | null, myReports: Array<{ id: string, kind: ReportKind, statusLabel: string, receivedAt: string, channel: ReportChannel, company: { name: string } }> | null, accreditedCompanies: Array<{ id: string, name: string }> | null, discriminationGrounds: Array<{ code: string, label: string }> | null };

export type StudentSubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
  idempotencyKey: string;
}>;


export type StudentSubmitReportMutation = { submitReport:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'ReportReceipt', receiptCode: string, progress: { statusLabel: string } }
   };

export type StudentReportByReceiptQueryVariables = Exact<{
  code: string;
}>;


export type StudentReportByReceiptQuery = { reportByReceipt: { status: ReportStatus, statusLabel: string, channel: ReportChannel, receivedAt: string, forwardedAt: string | null, history: Array<{ status: ReportStatus, statusLabel: string, at: string }> } | null };

export type StudentPlaceFragment = { id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } };

export type StudentMyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentMyRoundsQuery = { me: { id: string, level: number, pathway: Pathway, placementStatus: StudentPlacementStatus, placement: { id: string, place: { id: string } } | null, qualification: { crebo: string, name: string }, matchingRounds: Array<{ id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, maxChoices: number, requestsAccessiblePlace: boolean, choicesSubmittedAt: string | null, confirmedAt: string | null, choices: Array<{ rank: number, place: { id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } } }>, outcome: { rank: number | null, reason: string, place: { id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } } | null } | null }> } | null };

export type StudentEligiblePlacesQueryVariables = Exact<{
  filter: PlaceFilter;
}>;


export type StudentEligiblePlacesQuery = { places: { hasNextPage: boolean, places: Array<{ id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } | null };

export type StudentSubmitChoicesMutationVariables = Exact<{
  roundId: string;
  studentId: string;
  placeIds: Array<string> | string;
  requestsAccessiblePlace: boolean;
}>;


export type StudentSubmitChoicesMutation = { submitChoices:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'MatchingRoundStudent', requestsAccessiblePlace: boolean }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type StudentTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentTasksQuery = { myTasks: Array<{ kind: TaskKind, count: number }> | null };

type UserErrorFields_ConflictError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_InputError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_NotAllowedError_Fragment = { message: string, code: string, field: string | null };

type UserErrorFields_NotFoundError_Fragment = { message: string, code: string, field: string | null };

export type UserErrorFieldsFragment =
  | UserErrorFields_ConflictError_Fragment
  | UserErrorFields_InputError_Fragment
  | UserErrorFields_NotAllowedError_Fragment
  | UserErrorFields_NotFoundError_Fragment
;

export type BasicSkillsBooksFieldsFragment = { schoolYear: string, entitled: boolean, reason: string, notYetProvided: Array<BasicSkill>, provisions: Array<{ id: string, subject: BasicSkill, kind: BookProvisionKind, providedOn: string }> };

export type StudentCardFieldsFragment = { cardNumber: string, issuedOn: string, validUntil: string };

export type LearningMaterialsFieldsFragment = { published: boolean, terms: string | null, decisionDays: number, books: Array<{ id: string, title: string, price: string }> };

export type StudentFundFieldsFragment = { summary: string, howToApply: string, contact: string, url: string | null };

export type RefundRequestFieldsFragment = { id: string, schoolYear: string, materials: string, amount: string, status: RefundStatus, requestedOn: string, decideBy: string, overdue: boolean, decisionReason: string | null };

export type AgreementFieldsFragment = { id: string, status: AgreementStatus, version: number, pathway: Pathway, startsOn: string, endsOn: string, hoursPerWeek: number, practicalTrainerName: string, practicalTrainerEmail: string, workProcesses: string, assessment: string, dissolutionTerms: string, supervisionFrequency: string, expenseAllowance: string, internshipWage: string | null, guardianRequired: boolean, guardianName: string | null, requiredParties: Array<AgreementParty>, signedAt: string | null, supersededBy: string | null, createdBy: string, signatures: Array<{ party: AgreementParty, signedBy: string, signedAt: string, version: number, note: string | null }>, history: Array<{ what: AgreementEventKind, party: AgreementParty | null, by: string, at: string, version: number, detail: string | null }>, allowancePayments: Array<{ id: string, month: string, kind: AllowanceKind, amount: string, recordedBy: string, recordedAt: string }>, allowanceStatus: { agreedMonthly: string, paidMonths: Array<string>, missingMonths: Array<string>, upToDate: boolean }, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, plannedBy: string, heldOn: string | null, heldMode: ContactMode | null, notes: string | null, recordedBy: string | null, recordedAt: string | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason, explanation: string, recordedBy: string, recordedAt: string }> };

export type PlaceDetailsQueryVariables = Exact<{
  id: string;
}>;


export type PlaceDetailsQuery = { place: { id: string, title: string, description: string, pathway: Pathway, level: number, startsOn: string, endsOn: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null, address: string | null, city: string, status: PlaceStatus, inclusiveMarkers: Array<InclusiveMarker>, qualification: { crebo: string, name: string }, municipality: { name: string } | null, company: { name: string } } | null };

export type RoundPlaceFieldsFragment = { id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } };

export type ReportDeskFieldsFragment = { description: string | null, contactUrl: string | null, email: string | null, phone: string | null, handlers: string | null, availability: string | null, alternatives: string | null };

export type ReportFormOptionsFragment = { accreditedCompanies: Array<{ id: string, name: string }> | null, discriminationGrounds: Array<{ code: string, label: string }> | null };

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
export const RoundPlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoundPlaceFields on Place {
  id
  title
  city
  startsOn
  endsOn
  inclusiveMarkers
  company {
    name
  }
}
    `, {"fragmentName":"RoundPlaceFields"}) as unknown as TypedDocumentString<RoundPlaceFieldsFragment, unknown>;
export const StudentPlaceFragmentDoc = new TypedDocumentString(`
    fragment StudentPlace on Place {
  ...RoundPlaceFields
}
    fragment RoundPlaceFields on Place {
  id
  title
  city
  startsOn
  endsOn
  inclusiveMarkers
  company {
    name
  }
}`, {"fragmentName":"StudentPlace"}) as unknown as TypedDocumentString<StudentPlaceFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  message
  code
  field
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const BasicSkillsBooksFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasicSkillsBooksFields on BasicSkillsBooks {
  schoolYear
  entitled
  reason
  notYetProvided
  provisions {
    id
    subject
    kind
    providedOn
  }
}
    `, {"fragmentName":"BasicSkillsBooksFields"}) as unknown as TypedDocumentString<BasicSkillsBooksFieldsFragment, unknown>;
export const StudentCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment StudentCardFields on StudentCard {
  cardNumber
  issuedOn
  validUntil
}
    `, {"fragmentName":"StudentCardFields"}) as unknown as TypedDocumentString<StudentCardFieldsFragment, unknown>;
export const LearningMaterialsFieldsFragmentDoc = new TypedDocumentString(`
    fragment LearningMaterialsFields on LearningMaterials {
  published
  terms
  decisionDays
  books {
    id
    title
    price
  }
}
    `, {"fragmentName":"LearningMaterialsFields"}) as unknown as TypedDocumentString<LearningMaterialsFieldsFragment, unknown>;
export const StudentFundFieldsFragmentDoc = new TypedDocumentString(`
    fragment StudentFundFields on StudentFundInfo {
  summary
  howToApply
  contact
  url
}
    `, {"fragmentName":"StudentFundFields"}) as unknown as TypedDocumentString<StudentFundFieldsFragment, unknown>;
export const RefundRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment RefundRequestFields on RefundRequest {
  id
  schoolYear
  materials
  amount
  status
  requestedOn
  decideBy
  overdue
  decisionReason
}
    `, {"fragmentName":"RefundRequestFields"}) as unknown as TypedDocumentString<RefundRequestFieldsFragment, unknown>;
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
export const ReportDeskFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportDeskFields on ReportDesk {
  description
  contactUrl
  email
  phone
  handlers
  availability
  alternatives
}
    `, {"fragmentName":"ReportDeskFields"}) as unknown as TypedDocumentString<ReportDeskFieldsFragment, unknown>;
export const ReportFormOptionsFragmentDoc = new TypedDocumentString(`
    fragment ReportFormOptions on Query {
  accreditedCompanies {
    id
    name
  }
  discriminationGrounds {
    code
    label
  }
}
    `, {"fragmentName":"ReportFormOptions"}) as unknown as TypedDocumentString<ReportFormOptionsFragment, unknown>;
export const MyEntitlementsDocument = {"__meta__":{"operationName":"MyEntitlements","hash":"ad3643d182a34279169f5f607d37b1687dfd1ed83a864f68ee933a8c4d86e1d5"}} as unknown as TypedDocumentString<MyEntitlementsQuery, MyEntitlementsQueryVariables>;
export const StudentSchoolYearDocument = {"__meta__":{"operationName":"StudentSchoolYear","hash":"be6e6146fe4fed6004d2c64a200fe2f3c41507d85b84e791777f9f45245925cd"}} as unknown as TypedDocumentString<StudentSchoolYearQuery, StudentSchoolYearQueryVariables>;
export const InstitutionPublicationsDocument = {"__meta__":{"operationName":"InstitutionPublications","hash":"7eae7c237a88731db8c5ff188c8280da82d1119e7c9c46fef5a06228e4ba1d6b"}} as unknown as TypedDocumentString<InstitutionPublicationsQuery, InstitutionPublicationsQueryVariables>;
export const RequestRefundDocument = {"__meta__":{"operationName":"RequestRefund","hash":"70fa40deee09e093c73a30b173ec5d699a236f0fba02b55bcb0c36a6cbae5bd3"}} as unknown as TypedDocumentString<RequestRefundMutation, RequestRefundMutationVariables>;
export const StudentMyPlacementDocument = {"__meta__":{"operationName":"StudentMyPlacement","hash":"c51d02280e72395e63d81c618a90131fb4fde0946cccc9e08915f89612d97a4d"}} as unknown as TypedDocumentString<StudentMyPlacementQuery, StudentMyPlacementQueryVariables>;
export const StudentSignAgreementDocument = {"__meta__":{"operationName":"StudentSignAgreement","hash":"22cec1aa261d7c7cb98c0cbcf02a6e31df54e55cfb37ffe1beae610363d9e10a"}} as unknown as TypedDocumentString<StudentSignAgreementMutation, StudentSignAgreementMutationVariables>;
export const StudentReportStartDocument = {"__meta__":{"operationName":"StudentReportStart","hash":"1fa6a455a34a6c4af36c46634074310b2c7e0c2160c0fd4ead89d7455f7906de"}} as unknown as TypedDocumentString<StudentReportStartQuery, StudentReportStartQueryVariables>;
export const StudentSubmitReportDocument = {"__meta__":{"operationName":"StudentSubmitReport","hash":"21f1ca383f28e81e629213416da2dc9da11cfe251195eaee78ac052f622573d7"}} as unknown as TypedDocumentString<StudentSubmitReportMutation, StudentSubmitReportMutationVariables>;
export const StudentReportByReceiptDocument = {"__meta__":{"operationName":"StudentReportByReceipt","hash":"55185bb6c7b8d664c07a8955e43bd378c444079f29861a29c14fc9686f2c5f52"}} as unknown as TypedDocumentString<StudentReportByReceiptQuery, StudentReportByReceiptQueryVariables>;
export const StudentMyRoundsDocument = {"__meta__":{"operationName":"StudentMyRounds","hash":"d376e6eb82f1fb7ec8a75cf82031e5e56d5a7445ff20a96859e8ce421f7832c6"}} as unknown as TypedDocumentString<StudentMyRoundsQuery, StudentMyRoundsQueryVariables>;
export const StudentEligiblePlacesDocument = {"__meta__":{"operationName":"StudentEligiblePlaces","hash":"4dbc5babb71c6424aecf6b0fd375818a22e1aeb728269746d3250401d5d351a1"}} as unknown as TypedDocumentString<StudentEligiblePlacesQuery, StudentEligiblePlacesQueryVariables>;
export const StudentSubmitChoicesDocument = {"__meta__":{"operationName":"StudentSubmitChoices","hash":"f2c48e208dcec76056a3d3b24c4ad23f1e07ba404e4d8ceb4b36d9654aafa2ef"}} as unknown as TypedDocumentString<StudentSubmitChoicesMutation, StudentSubmitChoicesMutationVariables>;
export const StudentTasksDocument = {"__meta__":{"operationName":"StudentTasks","hash":"e7b73107149ce4397998ff01674c24d427b30235577367dbe00a851e8bb7aabc"}} as unknown as TypedDocumentString<StudentTasksQuery, StudentTasksQueryVariables>;
export const PlaceDetailsDocument = {"__meta__":{"operationName":"PlaceDetails","hash":"be158eadc5ff52163b15542c3f67e47f335962f01036e3c25c24601a290e7d3d"}} as unknown as TypedDocumentString<PlaceDetailsQuery, PlaceDetailsQueryVariables>;