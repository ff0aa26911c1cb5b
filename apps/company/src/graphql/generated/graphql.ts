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

export type CaseStatus =
  /** Ontvangst bevestigd */
  | 'ACKNOWLEDGED'
  /** Afgesloten */
  | 'CLOSED'
  /** Hoor en wederhoor */
  | 'HEARING'
  /** In onderzoek */
  | 'INVESTIGATING'
  /** Verbeterafspraken worden gevolgd */
  | 'MONITORING'
  /** Ontvangen door SBB */
  | 'RECEIVED';

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

export type ImprovementAgreementStatus =
  /** Niet nagekomen */
  | 'BREACHED'
  /** Nagekomen */
  | 'FULFILLED'
  /** Loopt nog */
  | 'OPEN';

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
  /** CBS-gemeentecode van de werkplek. */
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

/** Onderwijscategorie van de Subsidieregeling praktijkleren. Dit platform kent de mbo-bbl-leerplaatsen; de andere categorieën van de regeling (vmbo, hbo, …) lopen buiten het platform. */
export type PraktijklerenCategory =
  /** Mbo, beroepsbegeleidende leerweg (bbl). */
  | 'MBO_BBL';

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

export type CompanyCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyCasesQuery = { companyCases: Array<{ id: string, status: CaseStatus, statusLabel: string, receivedAt: string, kind: ReportKind, kindLabel: string, moment: ReportMoment, momentLabel: string, occurredInMonth: string, mayGiveStatement: boolean, decisionLabel: string | null, motivation: string | null, grounds: Array<{ label: string }>, ownStatements: Array<{ givenOn: string, summary: string }>, agreements: Array<{ companyReportedAt: string | null, assessment: string | null, id: string, kindLabel: string, description: string, dueOn: string, status: ImprovementAgreementStatus, overdue: boolean, companyReport: string | null }> }> | null };

export type CompanyGiveStatementMutationVariables = Exact<{
  caseId: string;
  text: string;
}>;


export type CompanyGiveStatementMutation = { giveCaseStatement:
    | { __typename: 'CompanyCase' }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type CompanyReportFulfilmentMutationVariables = Exact<{
  agreementId: string;
  text: string;
}>;


export type CompanyReportFulfilmentMutation = { reportAgreementFulfilment:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'ImprovementAgreement' }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type MyMatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMatchesQuery = { myMatches: Array<{ id: string, status: PlacementStatus, confirmedAt: string, respondBy: string, responseOverdue: boolean, respondedAt: string | null, declineReason: DeclineReason | null, declineExplanation: string | null, agreement: { id: string, status: AgreementStatus, version: number, requiredParties: Array<AgreementParty>, signatures: Array<{ party: AgreementParty, version: number, signedBy: string, signedAt: string }> } | null, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { name: string } }, place: { id: string, title: string, startsOn: string, endsOn: string } }> | null };

export type RespondToMatchMutationVariables = Exact<{
  placementId: string;
  accept: boolean;
  declineReason?: DeclineReason | null | undefined;
  declineExplanation?: string | null | undefined;
  idempotencyKey: string;
}>;


export type RespondToMatchMutation = { respondToMatch:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'Placement', id: string, status: PlacementStatus }
   };

export type CompanyPlacementPartiesFragment = { id: string, status: PlacementStatus, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { name: string } }, place: { id: string, title: string, startsOn: string, endsOn: string } };

export type CompanyAgreementSignaturesFragment = { id: string, status: AgreementStatus, version: number, requiredParties: Array<AgreementParty>, signatures: Array<{ party: AgreementParty, version: number, signedBy: string, signedAt: string }> };

export type MyPlacementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlacementsQuery = { myMatches: Array<{ id: string, status: PlacementStatus, company: { id: string, name: string }, agreement: { id: string, status: AgreementStatus, version: number, requiredParties: Array<AgreementParty>, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, heldOn: string | null, heldMode: ContactMode | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason }>, allowanceStatus: { upToDate: boolean, missingMonths: Array<string> }, signatures: Array<{ party: AgreementParty, version: number, signedBy: string, signedAt: string }> } | null, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { name: string } }, place: { id: string, title: string, startsOn: string, endsOn: string } }> | null };

export type CompanyPlacementQueryVariables = Exact<{
  placementId: string;
}>;


export type CompanyPlacementQuery = { placement: { id: string, status: PlacementStatus, company: { id: string, name: string }, agreement: { id: string } | null, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { name: string } }, place: { id: string, title: string, startsOn: string, endsOn: string } } | null };

export type MyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanyQuery = { myCompany: { id: string, name: string, kvkNumber: string, municipality: { code: string } | null, accreditations: Array<{ id: string, status: AccreditationStatus, since: string, reassessmentDue: string, needsReassessment: boolean, qualification: { level: number, crebo: string, name: string }, equivalentQualifications: Array<{ crebo: string, name: string }>, history: Array<{ status: AccreditationStatus, at: string, reason: string }> }>, places: Array<{ id: string, title: string, description: string, pathway: Pathway, level: number, capacity: number, startsOn: string, endsOn: string, address: string | null, city: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null, inclusiveMarkers: Array<InclusiveMarker>, status: PlaceStatus, expired: boolean, closedReason: string | null, seatsTaken: number, municipality: { code: string } | null, qualification: { crebo: string, name: string, level: number } }> } | null };

export type PlaceFieldsFragment = { id: string, title: string, description: string, pathway: Pathway, level: number, capacity: number, startsOn: string, endsOn: string, address: string | null, city: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null, inclusiveMarkers: Array<InclusiveMarker>, status: PlaceStatus, expired: boolean, closedReason: string | null, seatsTaken: number, municipality: { code: string } | null, qualification: { crebo: string, name: string, level: number } };

export type PublishPlaceMutationVariables = Exact<{
  input: PlaceInput;
  idempotencyKey: string;
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

export type CompanyPraktijklerenQueryVariables = Exact<{
  companyId: string;
  year: number;
}>;


export type CompanyPraktijklerenQuery = { praktijkleren: { year: number, maximumPerPlace: string, closed: boolean, categories: Array<{ category: PraktijklerenCategory, ceiling: string, applications: number, amountPerPlace: string, forecastPlaces: number, expectedAmountPerPlace: string }> } | null, praktijklerenPlacements: Array<{ placementId: string, title: string, crebo: string, level: number, startsOn: string, endsOn: string, applied: boolean }> | null, praktijklerenApplications: Array<{ id: string, year: number, placeTitle: string, crebo: string, appliedAt: string, expectedAmount: string | null, finalAmount: string | null }> | null };

export type CompanyApplyForPraktijklerenMutationVariables = Exact<{
  companyId: string;
  year: number;
  placementId: string;
  idempotencyKey: string;
}>;


export type CompanyApplyForPraktijklerenMutation = { applyForPraktijkleren:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'PraktijklerenApplication', id: string, expectedAmount: string | null }
   };

export type CompanyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyTasksQuery = { myTasks: Array<{ kind: TaskKind, count: number }> | null };

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

export type PraktijklerenYearFieldsFragment = { year: number, maximumPerPlace: string, closed: boolean, categories: Array<{ category: PraktijklerenCategory, ceiling: string, applications: number, amountPerPlace: string, forecastPlaces: number, expectedAmountPerPlace: string }> };

export type AccreditationFieldsFragment = { id: string, status: AccreditationStatus, since: string, reassessmentDue: string, needsReassessment: boolean, qualification: { crebo: string, name: string } };

export type AgreementFieldsFragment = { id: string, status: AgreementStatus, version: number, pathway: Pathway, startsOn: string, endsOn: string, hoursPerWeek: number, practicalTrainerName: string, practicalTrainerEmail: string, workProcesses: string, assessment: string, dissolutionTerms: string, supervisionFrequency: string, expenseAllowance: string, internshipWage: string | null, guardianRequired: boolean, guardianName: string | null, requiredParties: Array<AgreementParty>, signedAt: string | null, supersededBy: string | null, createdBy: string, signatures: Array<{ party: AgreementParty, signedBy: string, signedAt: string, version: number, note: string | null }>, history: Array<{ what: AgreementEventKind, party: AgreementParty | null, by: string, at: string, version: number, detail: string | null }>, allowancePayments: Array<{ id: string, month: string, kind: AllowanceKind, amount: string, recordedBy: string, recordedAt: string }>, allowanceStatus: { agreedMonthly: string, paidMonths: Array<string>, missingMonths: Array<string>, upToDate: boolean }, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, plannedBy: string, heldOn: string | null, heldMode: ContactMode | null, notes: string | null, recordedBy: string | null, recordedAt: string | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason, explanation: string, recordedBy: string, recordedAt: string }> };

export type PlanContactMomentMutationVariables = Exact<{
  agreementId: string;
  kind: ContactMomentKind;
  plannedOn: string;
  mode: ContactMode;
  idempotencyKey: string;
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
    | { __typename: 'ContactMoment', id: string, heldOn: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type RecordAllowancePaymentMutationVariables = Exact<{
  agreementId: string;
  month: string;
  amount: string;
  kind: AllowanceKind;
  idempotencyKey: string;
}>;


export type RecordAllowancePaymentMutation = { recordAllowancePayment:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type AgreementQueryVariables = Exact<{
  id: string;
}>;


export type AgreementQuery = { agreement: { id: string, status: AgreementStatus, version: number, pathway: Pathway, startsOn: string, endsOn: string, hoursPerWeek: number, practicalTrainerName: string, practicalTrainerEmail: string, workProcesses: string, assessment: string, dissolutionTerms: string, supervisionFrequency: string, expenseAllowance: string, internshipWage: string | null, guardianRequired: boolean, guardianName: string | null, requiredParties: Array<AgreementParty>, signedAt: string | null, supersededBy: string | null, createdBy: string, signatures: Array<{ party: AgreementParty, signedBy: string, signedAt: string, version: number, note: string | null }>, history: Array<{ what: AgreementEventKind, party: AgreementParty | null, by: string, at: string, version: number, detail: string | null }>, allowancePayments: Array<{ id: string, month: string, kind: AllowanceKind, amount: string, recordedBy: string, recordedAt: string }>, allowanceStatus: { agreedMonthly: string, paidMonths: Array<string>, missingMonths: Array<string>, upToDate: boolean }, contactMoments: Array<{ id: string, kind: ContactMomentKind, plannedOn: string, plannedMode: ContactMode, plannedBy: string, heldOn: string | null, heldMode: ContactMode | null, notes: string | null, recordedBy: string | null, recordedAt: string | null }>, contactMomentExceptions: Array<{ reason: ContactMomentExceptionReason, explanation: string, recordedBy: string, recordedAt: string }> } | null };

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

export type ImprovementAgreementFieldsFragment = { id: string, kindLabel: string, description: string, dueOn: string, status: ImprovementAgreementStatus, overdue: boolean, companyReport: string | null };

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
export const CompanyPlacementPartiesFragmentDoc = new TypedDocumentString(`
    fragment CompanyPlacementParties on Placement {
  id
  status
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
    `, {"fragmentName":"CompanyPlacementParties"}) as unknown as TypedDocumentString<CompanyPlacementPartiesFragment, unknown>;
export const CompanyAgreementSignaturesFragmentDoc = new TypedDocumentString(`
    fragment CompanyAgreementSignatures on Agreement {
  id
  status
  version
  requiredParties
  signatures {
    party
    version
    signedBy
    signedAt
  }
}
    `, {"fragmentName":"CompanyAgreementSignatures"}) as unknown as TypedDocumentString<CompanyAgreementSignaturesFragment, unknown>;
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
  expired
  closedReason
  seatsTaken
  qualification {
    crebo
    name
    level
  }
}
    `, {"fragmentName":"PlaceFields"}) as unknown as TypedDocumentString<PlaceFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  message
  code
  field
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PraktijklerenYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment PraktijklerenYearFields on PraktijklerenYear {
  year
  maximumPerPlace
  closed
  categories {
    category
    ceiling
    applications
    amountPerPlace
    forecastPlaces
    expectedAmountPerPlace
  }
}
    `, {"fragmentName":"PraktijklerenYearFields"}) as unknown as TypedDocumentString<PraktijklerenYearFieldsFragment, unknown>;
export const AccreditationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccreditationFields on Accreditation {
  id
  status
  since
  reassessmentDue
  needsReassessment
  qualification {
    crebo
    name
  }
}
    `, {"fragmentName":"AccreditationFields"}) as unknown as TypedDocumentString<AccreditationFieldsFragment, unknown>;
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
export const ImprovementAgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImprovementAgreementFields on ImprovementAgreement {
  id
  kindLabel
  description
  dueOn
  status
  overdue
  companyReport
}
    `, {"fragmentName":"ImprovementAgreementFields"}) as unknown as TypedDocumentString<ImprovementAgreementFieldsFragment, unknown>;
export const CompanyCasesDocument = {"__meta__":{"operationName":"CompanyCases","hash":"23793c15803f3707f390120ec9e2e600eb1915b1b8799479e1133afa4c5403fa"}} as unknown as TypedDocumentString<CompanyCasesQuery, CompanyCasesQueryVariables>;
export const CompanyGiveStatementDocument = {"__meta__":{"operationName":"CompanyGiveStatement","hash":"94c110b4ff1faad0031c13f99d18d5c9b91dbf495afa92c10e92cb5ede37575b"}} as unknown as TypedDocumentString<CompanyGiveStatementMutation, CompanyGiveStatementMutationVariables>;
export const CompanyReportFulfilmentDocument = {"__meta__":{"operationName":"CompanyReportFulfilment","hash":"2e6c41a17f5d0c1860517685acb966294cc483127a169c2e2059d3b60f2fd0af"}} as unknown as TypedDocumentString<CompanyReportFulfilmentMutation, CompanyReportFulfilmentMutationVariables>;
export const MyMatchesDocument = {"__meta__":{"operationName":"MyMatches","hash":"27e201b1bb221f5f9905386cd0672df0889bb479108d7569efdf657eb1d7bc93"}} as unknown as TypedDocumentString<MyMatchesQuery, MyMatchesQueryVariables>;
export const RespondToMatchDocument = {"__meta__":{"operationName":"RespondToMatch","hash":"f6ac47986dde3ae5477a091df3e7d2c34b6df8e159db3f1ea7e4089115e2661e"}} as unknown as TypedDocumentString<RespondToMatchMutation, RespondToMatchMutationVariables>;
export const MyPlacementsDocument = {"__meta__":{"operationName":"MyPlacements","hash":"4c101819a0419b1e616ae40e3a999b04630e89c763e59bc93dd0d9ec95286260"}} as unknown as TypedDocumentString<MyPlacementsQuery, MyPlacementsQueryVariables>;
export const CompanyPlacementDocument = {"__meta__":{"operationName":"CompanyPlacement","hash":"029cea1087ad8729d7a9a346878ea8c90bf02a7cec2e5f1bcfab3ce7b2487b2e"}} as unknown as TypedDocumentString<CompanyPlacementQuery, CompanyPlacementQueryVariables>;
export const MyCompanyDocument = {"__meta__":{"operationName":"MyCompany","hash":"3b69ff3a2f9d68e2639846deb056d7c122572956804749440691caa3d9c1875f"}} as unknown as TypedDocumentString<MyCompanyQuery, MyCompanyQueryVariables>;
export const PublishPlaceDocument = {"__meta__":{"operationName":"PublishPlace","hash":"3f817be8441ec4e69efed9c2d11a49be4cbaca3bd6216bb553917ea265791ee4"}} as unknown as TypedDocumentString<PublishPlaceMutation, PublishPlaceMutationVariables>;
export const UpdatePlaceDocument = {"__meta__":{"operationName":"UpdatePlace","hash":"3992549c237cb04bb4167188e93d9dfc83d31e1fa3049503b1911b0369b0ab52"}} as unknown as TypedDocumentString<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const ClosePlaceDocument = {"__meta__":{"operationName":"ClosePlace","hash":"85067a0ef47d7be31dab3faa38012ed260fc2db154a098f71d640d9633c43d9c"}} as unknown as TypedDocumentString<ClosePlaceMutation, ClosePlaceMutationVariables>;
export const ReopenPlaceDocument = {"__meta__":{"operationName":"ReopenPlace","hash":"aaf392d8017491d60be503fed9b6d979b8656500904caaff46e8947a8007e641"}} as unknown as TypedDocumentString<ReopenPlaceMutation, ReopenPlaceMutationVariables>;
export const CompanyPraktijklerenDocument = {"__meta__":{"operationName":"CompanyPraktijkleren","hash":"fba522cdd360d022d222496816a3c69e2a3432a24f0a2f2ead811c711e80f31a"}} as unknown as TypedDocumentString<CompanyPraktijklerenQuery, CompanyPraktijklerenQueryVariables>;
export const CompanyApplyForPraktijklerenDocument = {"__meta__":{"operationName":"CompanyApplyForPraktijkleren","hash":"d208e1d3b2f708fc641ede90fd16276eb9c3eedb0db194acaf94981869a2b8c3"}} as unknown as TypedDocumentString<CompanyApplyForPraktijklerenMutation, CompanyApplyForPraktijklerenMutationVariables>;
export const CompanyTasksDocument = {"__meta__":{"operationName":"CompanyTasks","hash":"84d8c442f0bb2df2008f49263051ed080e0f9e5423b023b34c90f70a05d0eed3"}} as unknown as TypedDocumentString<CompanyTasksQuery, CompanyTasksQueryVariables>;
export const PlanContactMomentDocument = {"__meta__":{"operationName":"PlanContactMoment","hash":"db7a96722d591e48245c9c0b4ad940dacedd83407c8ab3bd60669daefa0931ba"}} as unknown as TypedDocumentString<PlanContactMomentMutation, PlanContactMomentMutationVariables>;
export const RecordContactMomentDocument = {"__meta__":{"operationName":"RecordContactMoment","hash":"02cca8a1b22a064568750798aaca745a8d5bb441ddc290f856ba9ea4947d230b"}} as unknown as TypedDocumentString<RecordContactMomentMutation, RecordContactMomentMutationVariables>;
export const RecordAllowancePaymentDocument = {"__meta__":{"operationName":"RecordAllowancePayment","hash":"7fcff32290bad9db3061336d1f291e1691599da7d45b77aa0870fa03c4174bb1"}} as unknown as TypedDocumentString<RecordAllowancePaymentMutation, RecordAllowancePaymentMutationVariables>;
export const AgreementDocument = {"__meta__":{"operationName":"Agreement","hash":"b05d186bda99ff407713b16325550f5da1404ea8c4c0a5f184642aa25f0dface"}} as unknown as TypedDocumentString<AgreementQuery, AgreementQueryVariables>;
export const SignAgreementDocument = {"__meta__":{"operationName":"SignAgreement","hash":"95c8feec76ecfcc41f3e4d59e24d06d67ecc64fe537ccd9c9f79b17d9d445184"}} as unknown as TypedDocumentString<SignAgreementMutation, SignAgreementMutationVariables>;