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

/** De basisvaardigheden waarvoor boeken en licenties gratis zijn. */
export type BasicSkill =
  /** Burgerschap */
  | 'BURGERSCHAP'
  /** Rekenen */
  | 'REKENEN'
  /** Nederlandse taal */
  | 'TAAL';

export type BookListItemInput = {
  price: string;
  title: string;
};

export type BookProvisionKind =
  /** Boek (papier) */
  | 'BOOK'
  /** Digitale licentie */
  | 'LICENCE';

/** Wie moet instemmen met het kwaliteitsplan. */
export type ConsentBody =
  /** De studentenraad. */
  | 'STUDENT_COUNCIL'
  /** De ondernemingsraad. */
  | 'WORKS_COUNCIL';

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

/** Wie meldde, als de student dat wil; leeg laten voor een anonieme melding. */
export type DeskReporterInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** De student van de eigen instelling, als die bekend mag zijn. */
  studentId?: string | null | undefined;
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

/** Of een plaats nog open staat. */
export type PlaceStatus =
  /** Gesloten: door het leerbedrijf, door SBB, of omdat de periode voorbij is (zie `expired`). */
  | 'CLOSED'
  /** Open voor nieuwe studenten. */
  | 'OPEN';

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

export type QualityAdvice =
  /** Negatief advies. */
  | 'NEGATIVE'
  /** Positief advies. */
  | 'POSITIVE';

export type QualityDecision =
  /** Goedkeuren en toekennen. */
  | 'GRANT'
  /** Afwijzen. */
  | 'REFUSE';

/** Het optionele thema excellentie. */
export type QualityExcellenceInput = {
  participants: number;
  programmes: number;
};

/** Een kwantitatief doel: thema, beschrijving, nulmeting, streefwaarde (hele getallen) en eenheid. */
export type QualityGoalInput = {
  baseline: number;
  description: string;
  target: number;
  theme: QualityGoalTheme;
  unit: string;
};

/** De verplichte thema’s met kwantitatieve doelen. */
export type QualityGoalTheme =
  /** Begeleiding van startend personeel. */
  | 'BEGELEIDING_STARTERS'
  /** Inschaling van onderwijspersoneel. */
  | 'INSCHALING'
  /** Professionalisering. */
  | 'PROFESSIONALISERING'
  /** Werkdruk. */
  | 'WERKDRUK';

/** Stand van een kwaliteitsplan (Regeling Kwaliteitsafspraken mbo 2024–2027). */
export type QualityPlanStatus =
  /** De commissie heeft geadviseerd; wacht op het besluit van de minister. */
  | 'ADVISED'
  /** Concept: de instelling werkt eraan (ook na intrekken). */
  | 'DRAFT'
  /** De minister heeft het plan goedgekeurd: het geld wordt toegekend. */
  | 'GRANTED'
  /** De minister heeft het plan afgewezen. */
  | 'REFUSED'
  /** Ingediend; wacht op het advies van de Commissie Kwaliteitsafspraken. */
  | 'SUBMITTED';

/** Stand van een aanvraag onder de regeling ongebruikte leermiddelen. */
export type RefundStatus =
  /** Toegekend: de instelling betaalt terug. */
  | 'APPROVED'
  /** Afgewezen, met een reden. */
  | 'REFUSED'
  /** Aangevraagd; de instelling beslist nog. */
  | 'REQUESTED';

export type RegisterReportInput = {
  /** Het erkende leerbedrijf waar het over gaat. */
  companyId: string;
  description: string;
  /** Discriminatiegronden (codes uit discriminationGrounds); leeg bij misbruik van een stagiair. */
  grounds: Array<string>;
  kind: ReportKind;
  moment: ReportMoment;
  occurredOn: string;
  reporter?: DeskReporterInput | null | undefined;
};

export type ReportChannel =
  /** De antidiscriminatievoorziening (ADV) van de gemeente */
  | 'ADV'
  /** Het meldpunt van de eigen school */
  | 'INSTITUTION_DESK'
  /** SBB rechtstreeks */
  | 'SBB';

export type ReportDeskInput = {
  /** Andere plekken om te melden. */
  alternatives?: string | null | undefined;
  /** Openingstijden of reactietermijn. */
  availability: string;
  /** Webpagina van het meldpunt (https://…). */
  contactUrl?: string | null | undefined;
  /** Korte uitleg voor studenten. */
  description?: string | null | undefined;
  email?: string | null | undefined;
  /** Wie de meldingen behandelt. */
  handlers: string;
  phone?: string | null | undefined;
};

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

/** Wat er gebeurt met een plan dat na de uiterste datum van een tranche wordt ingediend. */
export type TrancheLateHandling =
  /** Het plan gaat mee in de volgende tranche. */
  | 'NEXT_TRANCHE'
  /** Het plan wordt niet meer in behandeling genomen. */
  | 'REFUSE';

export type SchoolPlacementQueryVariables = Exact<{
  placementId: string;
}>;


export type SchoolPlacementQuery = { placement: { id: string, status: PlacementStatus, confirmedAt: string, respondBy: string, responseOverdue: boolean, respondedAt: string | null, respondedBy: string | null, declineReason: DeclineReason | null, declineExplanation: string | null, needsReplacement: boolean, history: Array<{ what: PlacementEventKind, by: string, at: string, detail: string | null }>, student: { id: string, givenName: string, familyName: string, email: string | null, level: number, pathway: Pathway, qualification: { crebo: string, name: string } }, institution: { id: string, name: string }, place: { id: string, title: string, city: string, address: string | null, startsOn: string, endsOn: string, hoursPerWeek: number, expenseAllowance: string, internshipWage: string | null }, company: { id: string, name: string }, agreement: { id: string, status: AgreementStatus } | null } | null };

export type StudentBirthQueryVariables = Exact<{
  id: string;
}>;


export type StudentBirthQuery = { student: { id: string, dateOfBirth: string } | null };

export type PlacementsMissingContactMomentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementsMissingContactMomentsQuery = { placementsMissingContactMoments: Array<{ missing: Array<string>, missingKinds: Array<ContactMomentKind>, missingInPerson: boolean, agreement: { id: string, status: AgreementStatus, startsOn: string, endsOn: string }, placement: { id: string, student: { id: string, givenName: string, familyName: string }, company: { name: string }, place: { title: string } } }> | null };

export type DraftAgreementMutationVariables = Exact<{
  placementId: string;
  input: AgreementInput;
  idempotencyKey: string;
}>;


export type DraftAgreementMutation = { draftAgreement:
    | { __typename: 'Agreement', id: string, status: AgreementStatus, version: number }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
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

export type SchoolQualityPlansQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolQualityPlansQuery = { qualityTranches: Array<{ id: string, year: number, number: number, deadline: string, demo: boolean, lateHandling: TrancheLateHandling }> | null, qualityGoalThemes: Array<{ theme: QualityGoalTheme, label: string }> | null, qualityPlans: Array<{ id: string, title: string, status: QualityPlanStatus, statusLabel: string, submittedOn: string | null, hasAllConsents: boolean, institutionId: string, tranche: { id: string, number: number, year: number, deadline: string, demo: boolean }, goals: Array<{ theme: QualityGoalTheme, themeLabel: string, description: string, baseline: number, target: number, unit: string }>, excellence: { programmes: number, participants: number } | null, consents: Array<{ body: ConsentBody, bodyLabel: string, given: boolean, date: string, documentReference: string }>, advice: { advice: QualityAdvice, motivation: string, withoutConsent: boolean } | null, decision: { decision: QualityDecision, reason: string } | null, allocation: { amount: string, year: number, basis: string } | null, history: Array<{ at: string, role: string, label: string, detail: string | null }> }> | null };

export type SchoolSaveQualityPlanMutationVariables = Exact<{
  planId?: string | null | undefined;
  institutionId: string;
  trancheId: string;
  title: string;
  goals: Array<QualityGoalInput> | QualityGoalInput;
  excellence?: QualityExcellenceInput | null | undefined;
  idempotencyKey: string;
}>;


export type SchoolSaveQualityPlanMutation = { saveQualityPlan:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityPlan', id: string, status: QualityPlanStatus }
   };

export type SchoolRecordConsentMutationVariables = Exact<{
  planId: string;
  body: ConsentBody;
  given: boolean;
  date: string;
  documentReference: string;
}>;


export type SchoolRecordConsentMutation = { recordQualityPlanConsent:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityPlan', id: string }
   };

export type SchoolSubmitQualityPlanMutationVariables = Exact<{
  planId: string;
}>;


export type SchoolSubmitQualityPlanMutation = { submitQualityPlan:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityPlan', id: string, status: QualityPlanStatus, tranche: { id: string } }
   };

export type SchoolWithdrawQualityPlanMutationVariables = Exact<{
  planId: string;
  reason: string;
}>;


export type SchoolWithdrawQualityPlanMutation = { withdrawQualityPlan:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'QualityPlan', id: string, status: QualityPlanStatus }
   };

export type SchoolFundingQueryVariables = Exact<{
  y1: number;
  y2: number;
  y3: number;
  y4: number;
}>;


export type SchoolFundingQuery = { y1: Array<{ id: string, name: string, year: number, budget: string | null, approximate: boolean, estimate: boolean, source: string, recipients: Array<{ amount: string | null, institution: { id: string } | null }> }> | null, y2: Array<{ id: string, name: string, year: number, budget: string | null, approximate: boolean, estimate: boolean, source: string, recipients: Array<{ amount: string | null, institution: { id: string } | null }> }> | null, y3: Array<{ id: string, name: string, year: number, budget: string | null, approximate: boolean, estimate: boolean, source: string, recipients: Array<{ amount: string | null, institution: { id: string } | null }> }> | null, y4: Array<{ id: string, name: string, year: number, budget: string | null, approximate: boolean, estimate: boolean, source: string, recipients: Array<{ amount: string | null, institution: { id: string } | null }> }> | null };

export type SchoolFundingLineFragment = { id: string, name: string, year: number, budget: string | null, approximate: boolean, estimate: boolean, source: string, recipients: Array<{ amount: string | null, institution: { id: string } | null }> };

export type SchoolIntroWeekContributionsQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolIntroWeekContributionsQuery = { municipalities: Array<{ code: string, name: string }> | null, institution: { id: string, introWeekContributions: Array<{ year: number, amount: string, municipality: { code: string, name: string } }> | null } | null };

export type RecordIntroWeekContributionMutationVariables = Exact<{
  code: string;
  year: number;
  institutionId: string;
  amount: string;
  idempotencyKey: string;
}>;


export type RecordIntroWeekContributionMutation = { recordIntroWeekContribution:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'IntroWeekContribution', year: number, amount: string, municipality: { name: string } }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type SchoolPublicationsQueryVariables = Exact<{
  institutionId: string;
  schoolYear: string;
}>;


export type SchoolPublicationsQuery = { learningMaterials: { published: boolean, terms: string | null, decisionDays: number, books: Array<{ id: string, title: string, price: string }> } | null, studentFund: { summary: string, howToApply: string, contact: string, url: string | null } | null };

export type PublishLearningMaterialsMutationVariables = Exact<{
  institutionId: string;
  schoolYear: string;
  terms: string;
  decisionDays: number;
  books: Array<BookListItemInput> | BookListItemInput;
}>;


export type PublishLearningMaterialsMutation = { publishLearningMaterials:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'LearningMaterials', decisionDays: number }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type PublishStudentFundMutationVariables = Exact<{
  institutionId: string;
  summary: string;
  howToApply: string;
  contact: string;
  url?: string | null | undefined;
}>;


export type PublishStudentFundMutation = { publishStudentFund:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'StudentFundInfo', summary: string }
   };

export type SchoolReportDeskQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolReportDeskQuery = { institution: { id: string, name: string, reportDesk: { updatedAt: string | null, description: string | null, contactUrl: string | null, email: string | null, phone: string | null, handlers: string | null, availability: string | null, alternatives: string | null } | null } | null, deskReports: Array<{ id: string, kind: ReportKind, kindLabel: string, moment: ReportMoment, momentLabel: string, occurredOn: string, channel: ReportChannel, anonymous: boolean, statusLabel: string, status: ReportStatus, receivedAt: string, forwardDueOn: string | null, forwardedAt: string | null, overdue: boolean, company: { name: string }, grounds: Array<{ label: string }> }> | null };

export type SchoolSaveReportDeskMutationVariables = Exact<{
  input: ReportDeskInput;
}>;


export type SchoolSaveReportDeskMutation = { saveReportDesk:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'ReportDesk' }
   };

export type SchoolForwardReportMutationVariables = Exact<{
  reportId: string;
}>;


export type SchoolForwardReportMutation = { forwardReportToSbb:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'ReportSummary', id: string, statusLabel: string }
   };

export type SchoolDeskRegistrationQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolDeskRegistrationQuery = { accreditedCompanies: Array<{ id: string, name: string }> | null, discriminationGrounds: Array<{ code: string, label: string }> | null };

export type SchoolRegisterReportMutationVariables = Exact<{
  input: RegisterReportInput;
  idempotencyKey: string;
}>;


export type SchoolRegisterReportMutation = { registerReport:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'ReportReceipt', receiptCode: string }
   };

export type SchoolDeskReportQueryVariables = Exact<{
  id: string;
}>;


export type SchoolDeskReportQuery = { report: { id: string, kindLabel: string, momentLabel: string, occurredOn: string, description: string, statusLabel: string, notes: Array<{ at: string, text: string, by: { roleLabel: string } }> } | null };

export type SchoolAddReportNoteMutationVariables = Exact<{
  reportId: string;
  text: string;
}>;


export type SchoolAddReportNoteMutation = { addReportNote:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'ReportSummary' }
   };

export type MatchingRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingRoundsQuery = { matchingRounds: Array<{ id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, createdAt: string, progress: { students: number, studentsWithChoices: number, matched: number, unmatched: number } }> | null };

export type RoundPlaceFragment = { capacity: number, id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } };

export type MatchingRoundQueryVariables = Exact<{
  id: string;
}>;


export type MatchingRoundQuery = { matchingRound: { id: string, name: string, status: MatchingRoundStatus, periodStart: string, periodEnd: string, maxChoices: number, seed: number | null, ranAt: string | null, confirmedAt: string | null, progress: { status: MatchingRoundStatus, students: number, studentsWithChoices: number, matched: number, unmatched: number, adjusted: number, droppedAtConfirmation: number }, students: Array<{ requestsAccessiblePlace: boolean, student: { id: string, givenName: string, familyName: string, level: number, pathway: Pathway, qualification: { crebo: string, name: string } }, choices: Array<{ capacity: number, id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> }>, results: Array<{ rank: number | null, adjusted: boolean, adjustmentReason: string | null, droppedAtConfirmation: boolean, student: { id: string }, place: { capacity: number, id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } } | null, explanation: { assignedRank: number | null, reason: string, betterChoicesFull: Array<{ capacity: number, id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }>, notEligibleChoices: Array<{ capacity: number, id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } }> } | null };

export type EligiblePlacesQueryVariables = Exact<{
  filter: PlaceFilter;
}>;


export type EligiblePlacesQuery = { places: { hasNextPage: boolean, places: Array<{ capacity: number, id: string, title: string, city: string, startsOn: string, endsOn: string, inclusiveMarkers: Array<InclusiveMarker>, company: { name: string } }> } | null };

export type CreateMatchingRoundMutationVariables = Exact<{
  input: CreateMatchingRoundInput;
  idempotencyKey: string;
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

export type SchoolBooksQueryVariables = Exact<{
  institutionId: string;
  schoolYear: string;
}>;


export type SchoolBooksQuery = { basicSkillsBooksOfInstitution: Array<{ schoolYear: string, entitled: boolean, reason: string, notYetProvided: Array<BasicSkill>, student: { id: string, givenName: string, familyName: string, studentCard: { cardNumber: string } | null }, provisions: Array<{ id: string, subject: BasicSkill, kind: BookProvisionKind, providedOn: string }> }> | null };

export type CurrentSchoolYearQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentSchoolYearQuery = { currentSchoolYear: string | null };

export type RecordBookProvisionMutationVariables = Exact<{
  studentId: string;
  schoolYear: string;
  subject: BasicSkill;
  kind: BookProvisionKind;
  providedOn: string;
  idempotencyKey: string;
}>;


export type RecordBookProvisionMutation = { recordBookProvision:
    | { __typename: 'BookProvision', id: string }
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
   };

export type SchoolRefundsQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolRefundsQuery = { refundRequestsOfInstitution: Array<{ explanation: string, id: string, schoolYear: string, materials: string, amount: string, status: RefundStatus, requestedOn: string, decideBy: string, overdue: boolean, decisionReason: string | null, student: { id: string, givenName: string, familyName: string } | null }> | null };

export type DecideRefundMutationVariables = Exact<{
  refundId: string;
  approve: boolean;
  reason: string;
}>;


export type DecideRefundMutation = { decideRefund:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'RefundRequest', id: string, status: RefundStatus }
   };

export type SchoolCardsQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolCardsQuery = { studentCardsOfInstitution: Array<{ student: { id: string, givenName: string, familyName: string }, card: { cardNumber: string, issuedOn: string, validUntil: string } | null }> | null };

export type IssueStudentCardMutationVariables = Exact<{
  studentId: string;
  cardNumber: string;
  issuedOn: string;
  validUntil: string;
  idempotencyKey: string;
}>;


export type IssueStudentCardMutation = { issueStudentCard:
    | { __typename: 'ConflictError', message: string, code: string, field: string | null }
    | { __typename: 'InputError', message: string, code: string, field: string | null }
    | { __typename: 'NotAllowedError', message: string, code: string, field: string | null }
    | { __typename: 'NotFoundError', message: string, code: string, field: string | null }
    | { __typename: 'StudentCard', id: string, cardNumber: string }
   };

export type SchoolStudentsQueryVariables = Exact<{
  institutionId: string;
}>;


export type SchoolStudentsQuery = { institution: { id: string, name: string, students: Array<{ id: string, givenName: string, familyName: string, level: number, pathway: Pathway, cohort: number, placementStatus: StudentPlacementStatus, needsPlacement: boolean, qualification: { crebo: string, name: string }, placement: { id: string, respondBy: string, responseOverdue: boolean, place: { title: string }, company: { name: string }, agreement: { id: string, status: AgreementStatus } | null } | null }> } | null };

export type SchoolTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolTasksQuery = { myTasks: Array<{ kind: TaskKind, count: number }> | null };

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

export type QualityPlanDetailsFragment = { id: string, title: string, status: QualityPlanStatus, statusLabel: string, submittedOn: string | null, hasAllConsents: boolean, institutionId: string, tranche: { id: string, number: number, year: number, deadline: string, demo: boolean }, goals: Array<{ theme: QualityGoalTheme, themeLabel: string, description: string, baseline: number, target: number, unit: string }>, excellence: { programmes: number, participants: number } | null, consents: Array<{ body: ConsentBody, bodyLabel: string, given: boolean, date: string, documentReference: string }>, advice: { advice: QualityAdvice, motivation: string, withoutConsent: boolean } | null, decision: { decision: QualityDecision, reason: string } | null, allocation: { amount: string, year: number, basis: string } | null, history: Array<{ at: string, role: string, label: string, detail: string | null }> };

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
export const SchoolFundingLineFragmentDoc = new TypedDocumentString(`
    fragment SchoolFundingLine on FundingLine {
  id
  name
  year
  budget
  approximate
  estimate
  source
  recipients {
    institution {
      id
    }
    amount
  }
}
    `, {"fragmentName":"SchoolFundingLine"}) as unknown as TypedDocumentString<SchoolFundingLineFragment, unknown>;
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
export const RoundPlaceFragmentDoc = new TypedDocumentString(`
    fragment RoundPlace on Place {
  ...RoundPlaceFields
  capacity
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
}`, {"fragmentName":"RoundPlace"}) as unknown as TypedDocumentString<RoundPlaceFragment, unknown>;
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
export const QualityPlanDetailsFragmentDoc = new TypedDocumentString(`
    fragment QualityPlanDetails on QualityPlan {
  id
  title
  status
  statusLabel
  submittedOn
  hasAllConsents
  institutionId
  tranche {
    id
    number
    year
    deadline
    demo
  }
  goals {
    theme
    themeLabel
    description
    baseline
    target
    unit
  }
  excellence {
    programmes
    participants
  }
  consents {
    body
    bodyLabel
    given
    date
    documentReference
  }
  advice {
    advice
    motivation
    withoutConsent
  }
  decision {
    decision
    reason
  }
  allocation {
    amount
    year
    basis
  }
  history {
    at
    role
    label
    detail
  }
}
    `, {"fragmentName":"QualityPlanDetails"}) as unknown as TypedDocumentString<QualityPlanDetailsFragment, unknown>;
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
export const SchoolPlacementDocument = {"__meta__":{"operationName":"SchoolPlacement","hash":"f865d8cb27e3512afe63b5ca110128996e00780c54d8215ce136daac0eacfbb8"}} as unknown as TypedDocumentString<SchoolPlacementQuery, SchoolPlacementQueryVariables>;
export const StudentBirthDocument = {"__meta__":{"operationName":"StudentBirth","hash":"01dc3beb3c036a2cf7f498077903fa1f004d3663f3dd878251046f22c5d5f90e"}} as unknown as TypedDocumentString<StudentBirthQuery, StudentBirthQueryVariables>;
export const PlacementsMissingContactMomentsDocument = {"__meta__":{"operationName":"PlacementsMissingContactMoments","hash":"3f878f24b4965243ce7927cae019ae8d371e094d9115dc33a823f460f3bf737f"}} as unknown as TypedDocumentString<PlacementsMissingContactMomentsQuery, PlacementsMissingContactMomentsQueryVariables>;
export const DraftAgreementDocument = {"__meta__":{"operationName":"DraftAgreement","hash":"9ae25ca74432eac7ea952b3914aa20567488a536588643731a2141f52c2ee5a7"}} as unknown as TypedDocumentString<DraftAgreementMutation, DraftAgreementMutationVariables>;
export const RecordContactMomentExceptionDocument = {"__meta__":{"operationName":"RecordContactMomentException","hash":"b3100a798acd589a6ee05b4396884076838bd68e5af98aa2463df427e5044bbe"}} as unknown as TypedDocumentString<RecordContactMomentExceptionMutation, RecordContactMomentExceptionMutationVariables>;
export const SchoolQualityPlansDocument = {"__meta__":{"operationName":"SchoolQualityPlans","hash":"65448d175db0662d9dfac197521148cff8064c0a9b3a0e69ada0be0a0b483358"}} as unknown as TypedDocumentString<SchoolQualityPlansQuery, SchoolQualityPlansQueryVariables>;
export const SchoolSaveQualityPlanDocument = {"__meta__":{"operationName":"SchoolSaveQualityPlan","hash":"3c4134fa3f6b509fa4e4bc2aca4f8c9b37cd5af91d637a8d14b1f440390917b1"}} as unknown as TypedDocumentString<SchoolSaveQualityPlanMutation, SchoolSaveQualityPlanMutationVariables>;
export const SchoolRecordConsentDocument = {"__meta__":{"operationName":"SchoolRecordConsent","hash":"c29f9ed42b473d3da2987ea2e4740a10a527224a2b7bbad9d57cf9842bc2693e"}} as unknown as TypedDocumentString<SchoolRecordConsentMutation, SchoolRecordConsentMutationVariables>;
export const SchoolSubmitQualityPlanDocument = {"__meta__":{"operationName":"SchoolSubmitQualityPlan","hash":"276a4a02609c6ee56390a314b86e6391d94709499e97960d72335311ecd78bae"}} as unknown as TypedDocumentString<SchoolSubmitQualityPlanMutation, SchoolSubmitQualityPlanMutationVariables>;
export const SchoolWithdrawQualityPlanDocument = {"__meta__":{"operationName":"SchoolWithdrawQualityPlan","hash":"48191ec9c412e5a30ccd05d8b2713d9b3f2e833b6f1fc1bd16072c6df9cc3942"}} as unknown as TypedDocumentString<SchoolWithdrawQualityPlanMutation, SchoolWithdrawQualityPlanMutationVariables>;
export const SchoolFundingDocument = {"__meta__":{"operationName":"SchoolFunding","hash":"ff069317ea09ed8271f79afd3a53bfa9fe43d0983e7f013a8b1705e36074fd4f"}} as unknown as TypedDocumentString<SchoolFundingQuery, SchoolFundingQueryVariables>;
export const SchoolIntroWeekContributionsDocument = {"__meta__":{"operationName":"SchoolIntroWeekContributions","hash":"a643c36656285b98a91f0c97510e8a8e482d79082fad12805ca1bd4544042858"}} as unknown as TypedDocumentString<SchoolIntroWeekContributionsQuery, SchoolIntroWeekContributionsQueryVariables>;
export const RecordIntroWeekContributionDocument = {"__meta__":{"operationName":"RecordIntroWeekContribution","hash":"6335572168fc159a71836b67d941088d28dedd3e7efe7fdf0d0e29c2f7eacaf0"}} as unknown as TypedDocumentString<RecordIntroWeekContributionMutation, RecordIntroWeekContributionMutationVariables>;
export const SchoolPublicationsDocument = {"__meta__":{"operationName":"SchoolPublications","hash":"1fb35b8a9493e5e621b208174886b1ffa356188fdc519105af0461296599effd"}} as unknown as TypedDocumentString<SchoolPublicationsQuery, SchoolPublicationsQueryVariables>;
export const PublishLearningMaterialsDocument = {"__meta__":{"operationName":"PublishLearningMaterials","hash":"9ca6567d81c4c4d426eeb910c55bfbc0c2b9a63c106e0b6441196333a9c756f7"}} as unknown as TypedDocumentString<PublishLearningMaterialsMutation, PublishLearningMaterialsMutationVariables>;
export const PublishStudentFundDocument = {"__meta__":{"operationName":"PublishStudentFund","hash":"e13ff3f6da38b824db6d6abd1ba6bb8765c6333101cefc2406346c63c27b4c10"}} as unknown as TypedDocumentString<PublishStudentFundMutation, PublishStudentFundMutationVariables>;
export const SchoolReportDeskDocument = {"__meta__":{"operationName":"SchoolReportDesk","hash":"b1214897a129d5543b5dd93ebe9e1b7e23bb0a3d9aceae38ddd6e428a13b5dcd"}} as unknown as TypedDocumentString<SchoolReportDeskQuery, SchoolReportDeskQueryVariables>;
export const SchoolSaveReportDeskDocument = {"__meta__":{"operationName":"SchoolSaveReportDesk","hash":"01136f95c327d7747b66adfa44c1ff677c53bd64513a4fe0385cbc014ab42f44"}} as unknown as TypedDocumentString<SchoolSaveReportDeskMutation, SchoolSaveReportDeskMutationVariables>;
export const SchoolForwardReportDocument = {"__meta__":{"operationName":"SchoolForwardReport","hash":"b7482f21cb654a0087db7e0f372eed5d6bcd6ed52a30204ceb0fcab9df52b6a9"}} as unknown as TypedDocumentString<SchoolForwardReportMutation, SchoolForwardReportMutationVariables>;
export const SchoolDeskRegistrationDocument = {"__meta__":{"operationName":"SchoolDeskRegistration","hash":"ddab5af5a35e7ae2dad97683299ddbd76aea004d64f63c5dd63f8dcfba49daed"}} as unknown as TypedDocumentString<SchoolDeskRegistrationQuery, SchoolDeskRegistrationQueryVariables>;
export const SchoolRegisterReportDocument = {"__meta__":{"operationName":"SchoolRegisterReport","hash":"07ee4ba82b9e99c70316bb554a10751a71b584618d7328c9310f4c94dd2b6059"}} as unknown as TypedDocumentString<SchoolRegisterReportMutation, SchoolRegisterReportMutationVariables>;
export const SchoolDeskReportDocument = {"__meta__":{"operationName":"SchoolDeskReport","hash":"d4784561415d41b646a112af023f514a647ae0e2a4fdec1936a6e699ff67093c"}} as unknown as TypedDocumentString<SchoolDeskReportQuery, SchoolDeskReportQueryVariables>;
export const SchoolAddReportNoteDocument = {"__meta__":{"operationName":"SchoolAddReportNote","hash":"a7815fc9c86c8a683a1611a9f2ff996c9f14938606ebe7481e239e7dfaf43744"}} as unknown as TypedDocumentString<SchoolAddReportNoteMutation, SchoolAddReportNoteMutationVariables>;
export const MatchingRoundsDocument = {"__meta__":{"operationName":"MatchingRounds","hash":"79583ec4a086f2dc1c7af0fabedfc6563044b2d049989b725861b2457709086b"}} as unknown as TypedDocumentString<MatchingRoundsQuery, MatchingRoundsQueryVariables>;
export const MatchingRoundDocument = {"__meta__":{"operationName":"MatchingRound","hash":"c4984f4909dbddb7dffabc2ec26fe81b3d9646c907d10dc8ad0e59319e96609d"}} as unknown as TypedDocumentString<MatchingRoundQuery, MatchingRoundQueryVariables>;
export const EligiblePlacesDocument = {"__meta__":{"operationName":"EligiblePlaces","hash":"959ee613d38ca8e5a214ce08ff4afd63da9ee88f79a4e2bdb0ce1dfcbee52245"}} as unknown as TypedDocumentString<EligiblePlacesQuery, EligiblePlacesQueryVariables>;
export const CreateMatchingRoundDocument = {"__meta__":{"operationName":"CreateMatchingRound","hash":"076312ba9b5edb84ac52dd8b3033e5c135ee08cf3b9433c607e7888511ea110c"}} as unknown as TypedDocumentString<CreateMatchingRoundMutation, CreateMatchingRoundMutationVariables>;
export const SubmitChoicesDocument = {"__meta__":{"operationName":"SubmitChoices","hash":"5b8021c57bc055473222483032a1417a938f15dfaa26269f5b2f224dc6cd3528"}} as unknown as TypedDocumentString<SubmitChoicesMutation, SubmitChoicesMutationVariables>;
export const RunMatchingRoundDocument = {"__meta__":{"operationName":"RunMatchingRound","hash":"432505f9016d0a3ba113d527cd824b17939414265505f48ad9ccac5bd3fbdaf6"}} as unknown as TypedDocumentString<RunMatchingRoundMutation, RunMatchingRoundMutationVariables>;
export const AdjustMatchDocument = {"__meta__":{"operationName":"AdjustMatch","hash":"ce37b82faf60d052e440233d425052877be70be4d0eb07c1ebdf6f672757b20b"}} as unknown as TypedDocumentString<AdjustMatchMutation, AdjustMatchMutationVariables>;
export const ConfirmMatchingRoundDocument = {"__meta__":{"operationName":"ConfirmMatchingRound","hash":"cff4a84855e5552eef700f83da6376d76ce2e9aa8eb5efe50e2b72ad320fff6b"}} as unknown as TypedDocumentString<ConfirmMatchingRoundMutation, ConfirmMatchingRoundMutationVariables>;
export const SchoolBooksDocument = {"__meta__":{"operationName":"SchoolBooks","hash":"c34ecdd994f2c429097fda36e9ced6a85786706b83abb9752238627c32f25226"}} as unknown as TypedDocumentString<SchoolBooksQuery, SchoolBooksQueryVariables>;
export const CurrentSchoolYearDocument = {"__meta__":{"operationName":"CurrentSchoolYear","hash":"b3dbf61fff7c6028dffd876732baa87e11553c68fbc0894efac59640c280bdc0"}} as unknown as TypedDocumentString<CurrentSchoolYearQuery, CurrentSchoolYearQueryVariables>;
export const RecordBookProvisionDocument = {"__meta__":{"operationName":"RecordBookProvision","hash":"3802532f977df0fcb0646a9c9d555a76d53f83294e25dc17d86e40b2a38f0e73"}} as unknown as TypedDocumentString<RecordBookProvisionMutation, RecordBookProvisionMutationVariables>;
export const SchoolRefundsDocument = {"__meta__":{"operationName":"SchoolRefunds","hash":"cd265228cbaeba4f25c50683025b713dd71e16f6636c75767e36b6f8d40805c4"}} as unknown as TypedDocumentString<SchoolRefundsQuery, SchoolRefundsQueryVariables>;
export const DecideRefundDocument = {"__meta__":{"operationName":"DecideRefund","hash":"1960bc5eaa24e6937dfa44cc94d20d39bd4d91dc174d7ecbf33ce3f2ab83dc94"}} as unknown as TypedDocumentString<DecideRefundMutation, DecideRefundMutationVariables>;
export const SchoolCardsDocument = {"__meta__":{"operationName":"SchoolCards","hash":"60b31d9473947ff9183b093020389ddfa5faa58bf5f543ba04de1c31430b5209"}} as unknown as TypedDocumentString<SchoolCardsQuery, SchoolCardsQueryVariables>;
export const IssueStudentCardDocument = {"__meta__":{"operationName":"IssueStudentCard","hash":"b3a13eca52af5ab49a4273d43fcfc306207e08046cc5e9584f5b4cc0b6a42f4e"}} as unknown as TypedDocumentString<IssueStudentCardMutation, IssueStudentCardMutationVariables>;
export const SchoolStudentsDocument = {"__meta__":{"operationName":"SchoolStudents","hash":"040e8173048fce2be2a6e28a52efc6fc701dbcb2a229b602c930c8608fda44e2"}} as unknown as TypedDocumentString<SchoolStudentsQuery, SchoolStudentsQueryVariables>;
export const SchoolTasksDocument = {"__meta__":{"operationName":"SchoolTasks","hash":"84c471fdadda4344b3bdde57f4b691fef8157b2b831fd9ccacab9acae099784e"}} as unknown as TypedDocumentString<SchoolTasksQuery, SchoolTasksQueryVariables>;
export const PlanContactMomentDocument = {"__meta__":{"operationName":"PlanContactMoment","hash":"db7a96722d591e48245c9c0b4ad940dacedd83407c8ab3bd60669daefa0931ba"}} as unknown as TypedDocumentString<PlanContactMomentMutation, PlanContactMomentMutationVariables>;
export const RecordContactMomentDocument = {"__meta__":{"operationName":"RecordContactMoment","hash":"02cca8a1b22a064568750798aaca745a8d5bb441ddc290f856ba9ea4947d230b"}} as unknown as TypedDocumentString<RecordContactMomentMutation, RecordContactMomentMutationVariables>;
export const RecordAllowancePaymentDocument = {"__meta__":{"operationName":"RecordAllowancePayment","hash":"7fcff32290bad9db3061336d1f291e1691599da7d45b77aa0870fa03c4174bb1"}} as unknown as TypedDocumentString<RecordAllowancePaymentMutation, RecordAllowancePaymentMutationVariables>;
export const AgreementDocument = {"__meta__":{"operationName":"Agreement","hash":"b05d186bda99ff407713b16325550f5da1404ea8c4c0a5f184642aa25f0dface"}} as unknown as TypedDocumentString<AgreementQuery, AgreementQueryVariables>;
export const SignAgreementDocument = {"__meta__":{"operationName":"SignAgreement","hash":"95c8feec76ecfcc41f3e4d59e24d06d67ecc64fe537ccd9c9f79b17d9d445184"}} as unknown as TypedDocumentString<SignAgreementMutation, SignAgreementMutationVariables>;
export const PlaceDetailsDocument = {"__meta__":{"operationName":"PlaceDetails","hash":"be158eadc5ff52163b15542c3f67e47f335962f01036e3c25c24601a290e7d3d"}} as unknown as TypedDocumentString<PlaceDetailsQuery, PlaceDetailsQueryVariables>;