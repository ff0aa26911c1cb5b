/**
 * The internship agreement (praktijkovereenkomst, POK): its enums with their Dutch labels, and the
 * rules on who signs. The types are plain string unions, so the service's rows and the GraphQL results
 * of every app fit them without conversion.
 */
import { ageOn, isCalendarDate } from './dates.ts';

export type AgreementStatus = 'DRAFT' | 'SIGNING' | 'SIGNED' | 'SUPERSEDED';
export type AgreementParty = 'STUDENT' | 'INSTITUTION' | 'COMPANY' | 'GUARDIAN';
export type AgreementEventKind = 'DRAFTED' | 'EDITED' | 'SIGNED' | 'SIGNATURES_RESET' | 'FULLY_SIGNED' | 'SUPERSEDED';
export type ContactMomentKind = 'START' | 'INTERIM' | 'FINAL';
export type ContactMode = 'IN_PERSON' | 'VIDEO' | 'PHONE';
export type ContactMomentExceptionReason = 'ABROAD' | 'TASTER_INTERNSHIP' | 'OTHER';
export type AllowanceKind = 'EXPENSE' | 'WAGE';

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  DRAFT: 'Concept, nog niet ondertekend',
  SIGNING: 'Wordt ondertekend',
  SIGNED: 'Ondertekend door alle partijen',
  SUPERSEDED: 'Vervangen door een nieuwe overeenkomst',
};

export const AGREEMENT_PARTY_LABELS: Record<AgreementParty, string> = {
  STUDENT: 'Student',
  INSTITUTION: 'Onderwijsinstelling',
  COMPANY: 'Leerbedrijf',
  GUARDIAN: 'Ouder of voogd',
};

export const AGREEMENT_EVENT_LABELS: Record<AgreementEventKind, string> = {
  DRAFTED: 'Opgesteld',
  EDITED: 'Gewijzigd',
  SIGNED: 'Ondertekend',
  SIGNATURES_RESET: 'Handtekeningen vervallen door een wijziging',
  FULLY_SIGNED: 'Door alle partijen ondertekend',
  SUPERSEDED: 'Vervangen door een nieuwe overeenkomst',
};

export const CONTACT_MOMENT_KIND_LABELS: Record<ContactMomentKind, string> = {
  START: 'Startgesprek',
  INTERIM: 'Tussentijds gesprek',
  FINAL: 'Eindgesprek',
};

export const CONTACT_MODE_LABELS: Record<ContactMode, string> = {
  IN_PERSON: 'Op locatie (fysiek)',
  VIDEO: 'Videogesprek',
  PHONE: 'Telefonisch',
};

export const CONTACT_EXCEPTION_REASON_LABELS: Record<ContactMomentExceptionReason, string> = {
  ABROAD: 'Stage in het buitenland',
  TASTER_INTERNSHIP: 'Snuffelstage',
  OTHER: 'Andere professionele reden',
};

export const ALLOWANCE_KIND_LABELS: Record<AllowanceKind, string> = {
  EXPENSE: 'Onkostenvergoeding',
  WAGE: 'Stagevergoeding of loon',
};

export const CONTACT_MOMENT_KINDS = Object.keys(CONTACT_MOMENT_KIND_LABELS) as ContactMomentKind[];
export const CONTACT_MODES = Object.keys(CONTACT_MODE_LABELS) as ContactMode[];
export const CONTACT_EXCEPTION_REASONS = Object.keys(CONTACT_EXCEPTION_REASON_LABELS) as ContactMomentExceptionReason[];
export const ALLOWANCE_KINDS = Object.keys(ALLOWANCE_KIND_LABELS) as AllowanceKind[];

/**
 * The content of a praktijkovereenkomst (POK) as the institution enters it — DOMAIN.md §1: the
 * mutation's input, what the school's form fills in, and what every app shows.
 */
export interface AgreementContent {
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  practicalTrainerName: string;
  practicalTrainerEmail: string;
  workProcesses: string;
  assessment: string;
  dissolutionTerms: string;
  supervisionFrequency: string;
  /** Money text per month, e.g. "250.00". */
  expenseAllowance: string;
  internshipWage?: string | null;
  guardianName?: string | null;
}

export interface SignatureLike {
  party: AgreementParty;
  signedBy: string;
  signedAt: string;
  version: number;
  note?: string | null;
}

export interface SignableAgreement {
  status: AgreementStatus;
  version: number;
  requiredParties: readonly AgreementParty[];
  signatures: readonly SignatureLike[];
}

/** The signature of a party under the current version, if it signed. */
export function signatureOf(agreement: SignableAgreement, party: AgreementParty): SignatureLike | undefined {
  return agreement.signatures.find((s) => s.party === party && s.version === agreement.version);
}

/** Whether a party still has to sign: it is required, has not signed this version, and the agreement is current. */
export function mustSign(agreement: SignableAgreement, party: AgreementParty): boolean {
  if (agreement.status === 'SUPERSEDED' || agreement.status === 'SIGNED') return false;
  return agreement.requiredParties.includes(party) && signatureOf(agreement, party) === undefined;
}

/** The required parties that have not signed the current version yet, in their fixed order. */
export function missingSignatures(agreement: SignableAgreement): AgreementParty[] {
  if (agreement.status === 'SUPERSEDED') return [];
  return agreement.requiredParties.filter((party) => signatureOf(agreement, party) === undefined);
}

/** Age of majority in the Netherlands: below it a parent or guardian signs too — DOMAIN.md §1. */
export const AGE_OF_MAJORITY = 18;

/** Whether a parent or guardian signs too: the student is under 18 on the start date — DOMAIN.md §1. */
export function guardianRequired(dateOfBirth: string, startsOn: string): boolean {
  return ageOn(dateOfBirth, startsOn) < AGE_OF_MAJORITY;
}

/**
 * The guardian rule while a form is being filled in: null while the start date or the date of birth
 * is not a date yet (the server decides then).
 */
export function guardianRequiredOn(dateOfBirth: string | null | undefined, startsOn: string): boolean | null {
  if (!dateOfBirth || !isCalendarDate(dateOfBirth) || !isCalendarDate(startsOn)) return null;
  return guardianRequired(dateOfBirth, startsOn);
}

/** Student, institution and company sign; a parent or guardian too for a student under 18 — DOMAIN.md §1. */
export function requiredParties(guardianRequired: boolean): AgreementParty[] {
  return guardianRequired ? ['STUDENT', 'INSTITUTION', 'COMPANY', 'GUARDIAN'] : ['STUDENT', 'INSTITUTION', 'COMPANY'];
}

/** The status after a signature: SIGNED once every required party signed, otherwise SIGNING. */
export function statusAfterSignatures(signed: readonly AgreementParty[], guardianRequired: boolean): AgreementStatus {
  return requiredParties(guardianRequired).every((party) => signed.includes(party)) ? 'SIGNED' : 'SIGNING';
}
