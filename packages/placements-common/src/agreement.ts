/**
 * Labels and rules for showing an internship agreement (praktijkovereenkomst, POK), its signatures,
 * contact moments and allowances. The types are plain and structural, so the GraphQL results of
 * every app fit them without conversion.
 */
import { formatDate } from './format.ts';

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

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03" → "maart 2026"; anything else is returned as it is. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return monthFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** "2026-03-05T09:30:00.000Z" → "5 maart 2026, 10:30" (Dutch time). */
export function formatMomentWithTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const date = formatDate(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at),
  );
  const time = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return `${date}, ${time}`;
}
