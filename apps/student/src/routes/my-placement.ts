import { missingSignatures, type SignableAgreement, signatureOf } from '@stelsel/placements-common';
import { formatDate } from '@stelsel/ui';
import type { Pathway, StudentPlacementStatus } from '../graphql/generated/graphql.ts';

/** bol and bbl are written in lower case in Dutch education texts. */
export const PATHWAY_LABELS: Record<Pathway, string> = {
  BOL: 'bol (beroepsopleidende leerweg, met stages)',
  BBL: 'bbl (beroepsbegeleidende leerweg, werken en leren)',
};

/** What a bol student looks for is a stageplaats, a bbl student a leerbaan. */
export const placeWord = (pathway: Pathway): string => (pathway === 'BBL' ? 'leerbaan' : 'stageplaats');

/** The placement status in plain Dutch, spoken to the student. */
export function placementStatusText(status: StudentPlacementStatus, pathway: Pathway): string {
  const place = placeWord(pathway);
  switch (status) {
    case 'NONE':
      return `Je hebt nog geen ${place}. Je school zet je in een stagematchingsronde; je keuzes zie je bij Mijn keuzes.`;
    case 'MATCHED':
      return `Je bent gematcht aan een ${place}, maar je school heeft de ronde nog niet bevestigd. Daarna zie je hier waar.`;
    case 'CONFIRMED':
      return `Je school heeft je ${place} bevestigd. Het leerbedrijf moet je plaatsing nog accepteren.`;
    case 'ACCEPTED':
      return 'Het leerbedrijf heeft je plaatsing geaccepteerd.';
    case 'DECLINED':
      return 'Het leerbedrijf heeft je plaatsing afgewezen. Je school neemt je mee in een volgende ronde.';
    case 'ACTIVE':
      return `Je ${pathway === 'BBL' ? 'leerbaan' : 'stage'} loopt.`;
    case 'NEEDS_REPLACEMENT':
      return `Het leerbedrijf mag voor jouw opleiding geen studenten meer begeleiden: SBB heeft de erkenning ingetrokken. Je school zoekt samen met SBB een andere ${place} voor je.`;
  }
}

/**
 * While the company has to answer a confirmed placement: by which day, or that the day has passed and
 * what happens then. Null in every other state (the answer is given, or there is no match).
 */
export function responseText(
  status: StudentPlacementStatus,
  placement: { status: string; respondBy: string; responseOverdue: boolean } | null | undefined,
): string | null {
  if (status !== 'CONFIRMED' || !placement || placement.status !== 'CONFIRMED') return null;
  if (placement.responseOverdue)
    return `Het leerbedrijf heeft niet gereageerd vóór ${formatDate(placement.respondBy)}. Je school neemt contact op met het leerbedrijf of zoekt met je een andere plaats.`;
  return `Het leerbedrijf reageert uiterlijk op ${formatDate(placement.respondBy)}.`;
}

/** "1 september 2025 tot en met 26 juni 2026". */
export function periodText(startsOn: string, endsOn: string): string {
  return `${formatDate(startsOn)} tot en met ${formatDate(endsOn)}`;
}

/** What the student can do with the agreement: sign it, or why there is no button. */
export type StudentSignState =
  | { kind: 'sign' }
  | { kind: 'signed'; at: string; version: number }
  | { kind: 'superseded' }
  | { kind: 'not-required' };

/**
 * The button "Praktijkovereenkomst ondertekenen" shows only while the student still has to sign the
 * current version; a signature under an earlier version does not count (a change resets signatures).
 */
export function studentSignState(agreement: SignableAgreement): StudentSignState {
  if (agreement.status === 'SUPERSEDED') return { kind: 'superseded' };
  const own = signatureOf(agreement, 'STUDENT');
  if (own) return { kind: 'signed', at: own.signedAt, version: own.version };
  if (agreement.requiredParties.includes('STUDENT')) return { kind: 'sign' };
  return { kind: 'not-required' };
}

const PARTY_NAMES = {
  STUDENT: 'jij',
  INSTITUTION: 'je school',
  COMPANY: 'het leerbedrijf',
  GUARDIAN: 'je ouder of voogd',
} as const;

/** "Nog niet ondertekend door: het leerbedrijf en je ouder of voogd." — or null when nobody is missing. */
export function missingSignaturesText(agreement: SignableAgreement): string | null {
  const names = missingSignatures(agreement).map((party) => PARTY_NAMES[party]);
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
  return `Nog niet ondertekend door: ${list}.`;
}
