import { CASE_DECISIONS } from './cases.ts';
import { DISCRIMINATION_GROUNDS } from './grounds.ts';
import { REPORT_CHANNELS, REPORT_KINDS } from './reports.ts';
import { type Cell, suppressCount, suppressTable } from './suppression.ts';

export interface Category {
  code: string;
  label: string;
}

/** The fixed rows of each breakdown, so an empty category shows as 0 (when there is data), not as missing. */
export const GROUND_CATEGORIES: Category[] = DISCRIMINATION_GROUNDS.map((g) => ({ code: g.code, label: g.label }));
export const NATURE_CATEGORIES: Category[] = Object.entries(REPORT_KINDS).map(([code, label]) => ({ code, label }));
export const CHANNEL_CATEGORIES: Category[] = Object.entries(REPORT_CHANNELS).map(([code, label]) => ({ code, label }));
export const OUTCOME_CATEGORIES: Category[] = [
  ...Object.entries(CASE_DECISIONS).map(([code, label]) => ({ code, label })),
  { code: 'PENDING', label: 'Nog in behandeling bij SBB' },
  { code: 'NOT_AT_SBB', label: 'Niet (nog niet) bij SBB: bij het meldpunt van de school of bij de ADV' },
];
export const UNKNOWN_REGION: Category = {
  code: '',
  label: 'Onbekend: van het leerbedrijf is (nog) geen arbeidsmarktregio bekend',
};

export const UNKNOWN_SECTOR: Category = {
  code: '',
  label: 'Onbekend: van het leerbedrijf is (nog) geen sector bekend',
};

/** The last row of the desk breakdown: reports made to SBB or the ADV, so the rows add up to the total. */
export const NOT_AT_A_DESK: Category = {
  code: '',
  label: 'Niet bij een meldpunt van een school: bij SBB of de ADV',
};

export type CategoryCell = Category & Cell;

/** One breakdown, suppressed as a table with its own margin. */
export function breakdown(categories: Category[], counts: Map<string, number>, threshold: number): CategoryCell[] {
  const table = suppressTable(
    categories.map((c) => counts.get(c.code) ?? 0),
    threshold,
  );
  return categories.map((category, i) => ({ ...category, ...(table.cells[i] ?? { count: null, suppressed: true }) }));
}

/** A breakdown for a period without data: every cell empty, and not because it is small. */
export function noData(categories: Category[]): CategoryCell[] {
  return categories.map((category) => ({ ...category, count: null, suppressed: false }));
}

export function totalCell(total: number, threshold: number): Cell {
  return suppressCount(total, threshold);
}

/**
 * Whether a year has data: reports were recorded here for (part of) it and it has begun. A year
 * before recording started, or still to come, has no data — which is not 0.
 */
export function yearHasData(year: number, recordedSince: string, today: string): boolean {
  return year >= Number(recordedSince.slice(0, 4)) && year <= Number(today.slice(0, 4));
}
