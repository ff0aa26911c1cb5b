import { createHash, randomBytes } from 'node:crypto';
import { DISCRIMINATION_GROUNDS, type GroundCode } from './grounds.ts';

/** What a report is about — issue 10, seed 000 lines 41–53 (stagemisbruik, oneigenlijk gebruik). */
export const REPORT_KINDS = {
  DISCRIMINATION: 'Discriminatie',
  MISUSE: 'Misbruik van een stagiair (stagemisbruik of oneigenlijk gebruik)',
} as const;

export const REPORT_MOMENTS = {
  SELECTION: 'Bij de selectie voor een stage of leerbaan',
  DURING_INTERNSHIP: 'Tijdens de stage of leerbaan',
} as const;

/** Where the student chose to report. */
export const REPORT_CHANNELS = {
  INSTITUTION_DESK: 'Het meldpunt van de eigen school',
  SBB: 'SBB rechtstreeks',
  ADV: 'De antidiscriminatievoorziening (ADV) van de gemeente',
} as const;

export const REPORT_STATUSES = {
  AT_DESK: 'Ontvangen door het meldpunt van de school',
  WITH_SBB: 'In behandeling bij SBB',
  WITH_ADV: 'Doorverwezen naar de antidiscriminatievoorziening',
  CLOSED: 'Afgesloten',
} as const;

export type ReportKindCode = keyof typeof REPORT_KINDS;
export type ReportChannelCode = keyof typeof REPORT_CHANNELS;

/** Days a desk has to forward a report about an accredited company to SBB; `REPORT_FORWARD_WORKING_DAYS`. */
export const DEFAULT_FORWARD_WORKING_DAYS = 5;

export function forwardWorkingDays(env = process.env): number {
  const raw = Number(env.REPORT_FORWARD_WORKING_DAYS);
  return Number.isInteger(raw) && raw >= 1 && raw <= 60 ? raw : DEFAULT_FORWARD_WORKING_DAYS;
}

export const DESCRIPTION_MAX = 5_000;
export const DESCRIPTION_MIN = 10;
/** How far back a report may go: our own bound, a report of long ago can still matter. */
export const OCCURRED_YEARS_BACK = 10;

export interface ReportProblem {
  field: string;
  message: string;
}

/** The rules of a report's content, in Dutch, with the field concerned; empty when it is acceptable. */
export function checkReportContent(
  input: { kind: ReportKindCode; grounds: readonly string[]; occurredOn: string; description: string },
  today: string,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const known = new Set<string>(DISCRIMINATION_GROUNDS.map((g) => g.code));
  if (input.kind === 'DISCRIMINATION' && input.grounds.length === 0) {
    problems.push({ field: 'grounds', message: 'Kies ten minste één grond waarop je bent gediscrimineerd.' });
  }
  if (input.kind === 'MISUSE' && input.grounds.length > 0) {
    problems.push({ field: 'grounds', message: 'Bij misbruik van een stagiair hoort geen discriminatiegrond.' });
  }
  const unknown = input.grounds.filter((g) => !known.has(g));
  if (unknown.length > 0) problems.push({ field: 'grounds', message: `Onbekende grond: ${unknown.join(', ')}.` });
  if (new Set(input.grounds).size !== input.grounds.length) {
    problems.push({ field: 'grounds', message: 'Elke grond mag maar één keer voorkomen.' });
  }
  if (input.occurredOn > today) {
    problems.push({ field: 'occurredOn', message: 'De datum van wat er gebeurde ligt in de toekomst.' });
  }
  const earliest = `${Number(today.slice(0, 4)) - OCCURRED_YEARS_BACK}${today.slice(4)}`;
  if (input.occurredOn < earliest) {
    problems.push({
      field: 'occurredOn',
      message: `De datum ligt meer dan ${OCCURRED_YEARS_BACK} jaar terug; meld dit bij SBB of de ADV.`,
    });
  }
  const description = input.description.trim();
  if (description.length < DESCRIPTION_MIN) {
    problems.push({
      field: 'description',
      message: `Beschrijf wat er gebeurde in ten minste ${DESCRIPTION_MIN} tekens.`,
    });
  }
  if (description.length > DESCRIPTION_MAX) {
    problems.push({ field: 'description', message: `De beschrijving is langer dan ${DESCRIPTION_MAX} tekens.` });
  }
  return problems;
}

/** Grounds in the fixed order of DISCRIMINATION_GROUNDS. */
export function sortGrounds(grounds: readonly string[]): GroundCode[] {
  return DISCRIMINATION_GROUNDS.map((g) => g.code).filter((code) => grounds.includes(code));
}

/**
 * A receipt code: 20 characters from a 32-letter alphabet without look-alikes (100 bits of chance),
 * grouped by 4 for reading aloud. Guessing one is hopeless; the gateway also rate-limits callers.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newReceiptCode(): string {
  const bytes = randomBytes(20);
  const letters = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return letters.match(/.{4}/g)?.join('-') ?? letters;
}

/** Normalises what a student types (case, spaces, dashes) before it is hashed. */
export function normaliseReceiptCode(code: string): string | null {
  const compact = code.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 20 || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return compact;
}

export function receiptHash(code: string): string {
  return createHash('sha256').update(`stelsel-meldingen:${code}`).digest('hex');
}
