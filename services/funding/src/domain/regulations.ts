/**
 * What the published allocation table is and which regulation each column belongs to.
 * Sources: seed 001, footnote lines 927–928 (estimate), lines 824–830 and notes 48–49 (lines 836–838).
 */
import type { Scheme } from '../db/allocations.ts';

/** The published table is an estimate, not what an institution receives. */
export const ESTIMATE_BASIS =
  'Raming: gebaseerd op de ongecontroleerde teldatum 1 oktober 2022 (TBG 16 januari 2023) en structureel doorgetrokken. De werkelijke bedragen zullen afwijken.';

export const ESTIMATE_COUNT_DATE = '2022-10-01';

export const REGULATIONS: Record<Scheme, { name: string; citation: string; source: string }> = {
  SALARISMIX: {
    name: 'Regeling versterking van salarismix leraren mbo in de Randstadregio’s',
    citation: 'Stcrt. 2022, 17977',
    source: 'seed 001, r. 824 en noot 49 (r. 837–838)',
  },
  CARRIEREPERSPECTIEF: {
    name: 'Regeling Kwaliteitsafspraken mbo 2024–2027',
    citation: 'Stcrt. 2023, 8133',
    source: 'seed 001, r. 825–826 en noot 48 (r. 836)',
  },
};

/** The table's source line per scheme: the right regulation and the estimate's count date. */
export function allocationSource(scheme: Scheme): string {
  const r = REGULATIONS[scheme];
  return `${r.name} (${r.citation}), allocatietabel: raming op teldatum 1 oktober 2022, ongecontroleerd`;
}

/**
 * The Randstad institutions (the salarismix recipients) receive a larger share of carrièreperspectief
 * for eight years, because of long-running commitments made with salarismix money (seed 001, r. 826–830).
 */
export const CARRIERE_TRANSITION = {
  firstYear: 2024,
  years: 8,
  lastYear: 2024 + 8 - 1,
  source: 'seed 001, r. 826–830',
  description:
    'De 27 Randstadinstellingen ontvangen tijdelijk een groter aandeel carrièreperspectief, vanwege langlopende verplichtingen uit de Regeling Salarismix; afgesproken voor acht jaar.',
} as const;

/** Whether a year falls inside the eight-year transition. */
export function inTransitionPeriod(year: number): boolean {
  return year >= CARRIERE_TRANSITION.firstYear && year <= CARRIERE_TRANSITION.lastYear;
}
