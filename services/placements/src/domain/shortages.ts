import type { Caller } from '@stelsel/auth';
import type { Pathway } from '../db/types.ts';

/**
 * Internship shortages (stagetekorten) — DOMAIN.md §1, issue 4. Our definition, per labour-market
 * region × qualification (crebo) × pathway (bol/bbl):
 *
 * - demand: students of the institutions seated in the region (the institution's seat decides the
 *   region; a student of an institution without a known or mapped seat counts in "Onbekend") who need
 *   a place: they hold no placement with status CONFIRMED, ACCEPTED or ACTIVE. Counted for the
 *   student's own qualification and pathway.
 * - supply: free seats (capacity − seats taken by CONFIRMED, ACCEPTED or ACTIVE placements, never
 *   below 0) of OPEN places whose company holds an ACTIVE accreditation for the place's qualification
 *   (or an equivalent crebo), in the region of the place's municipality ("Onbekend" when unmapped),
 *   for the place's qualification and pathway.
 * - shortage = max(0, demand − supply); surplus = max(0, supply − demand).
 *
 * Totals add the rows up: a surplus in one region or qualification does not fill a shortage
 * elsewhere, so the total shortage is the sum of the row shortages, not total demand − total supply.
 */

export interface ShortageKey {
  regionCode: string;
  crebo: string;
  pathway: Pathway;
}

export interface ShortageCount extends ShortageKey {
  count: number;
}

export interface ShortageRow extends ShortageKey {
  demand: number;
  supply: number;
  shortage: number;
  surplus: number;
}

export interface ShortageTotals {
  demand: number | null;
  supply: number | null;
  shortage: number | null;
  surplus: number | null;
}

const keyOf = (k: ShortageKey) => `${k.regionCode}|${k.crebo}|${k.pathway}`;

/** Free seats of one place: capacity minus seats taken, never below 0. */
export function freeSeats(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken);
}

/** Combines demand and supply counts into rows, largest shortage first, then region, crebo, pathway. */
export function computeShortages(demand: readonly ShortageCount[], supply: readonly ShortageCount[]): ShortageRow[] {
  const rows = new Map<string, ShortageRow>();
  const rowFor = (k: ShortageKey) => {
    const key = keyOf(k);
    let row = rows.get(key);
    if (!row) {
      row = {
        regionCode: k.regionCode,
        crebo: k.crebo,
        pathway: k.pathway,
        demand: 0,
        supply: 0,
        shortage: 0,
        surplus: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const d of demand) rowFor(d).demand += assertCount(d.count);
  for (const s of supply) rowFor(s).supply += assertCount(s.count);
  const result = [...rows.values()].map((row) => ({
    ...row,
    shortage: Math.max(0, row.demand - row.supply),
    surplus: Math.max(0, row.supply - row.demand),
  }));
  return result.sort(
    (a, b) =>
      b.shortage - a.shortage ||
      a.regionCode.localeCompare(b.regionCode) ||
      a.crebo.localeCompare(b.crebo) ||
      a.pathway.localeCompare(b.pathway),
  );
}

function assertCount(count: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Ongeldig aantal: ${count}`);
  return count;
}

/** Smallest count shown to a viewer outside the owners; 1–4 identify too few people. */
export const SMALL_CELL_MIN = 5;

export function isSmallCell(count: number): boolean {
  return count >= 1 && count < SMALL_CELL_MIN;
}

/**
 * Who sees exact counts. Small-cell suppression follows the platform rule for aggregates that leave
 * the owner (DOMAIN.md §2, design rule, applied to placements too): only the ministry (OCW) and SBB,
 * which receive the figures from the register, see counts of 1–4; every other reader gets null.
 */
export function seesExactCounts(caller: Caller): boolean {
  return caller.role === 'ministry' || caller.role === 'sbb';
}

export interface ShownShortageRow extends ShortageKey {
  demand: number | null;
  supply: number | null;
  shortage: number | null;
  surplus: number | null;
  suppressed: boolean;
}

export interface ShownShortages {
  rows: ShownShortageRow[];
  totals: ShortageTotals;
  /** Rows whose counts are hidden; they do not count in the totals. */
  suppressedRows: number;
}

/**
 * The rows as a viewer may see them. Without exact counts, a row with any count of 1–4 is hidden as a
 * whole (its other counts would give the small one away: shortage = demand − supply), and the totals
 * add up the shown rows only, so a hidden row cannot be found back by subtraction.
 */
export function presentShortages(rows: readonly ShortageRow[], exact: boolean): ShownShortages {
  const shown: ShownShortageRow[] = rows.map((row) => {
    const hide = !exact && [row.demand, row.supply, row.shortage, row.surplus].some(isSmallCell);
    return hide
      ? { ...row, demand: null, supply: null, shortage: null, surplus: null, suppressed: true }
      : { ...row, suppressed: false };
  });
  const visible = shown.filter((row) => !row.suppressed);
  const sum = (pick: (row: ShownShortageRow) => number | null) =>
    visible.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    rows: shown,
    totals: {
      demand: sum((r) => r.demand),
      supply: sum((r) => r.supply),
      shortage: sum((r) => r.shortage),
      surplus: sum((r) => r.surplus),
    },
    suppressedRows: shown.length - visible.length,
  };
}

/** The bbl ambition: at least 35% of all mbo students on the bbl pathway — DOMAIN.md §1. */
export const BBL_AMBITION = 0.35;

export interface BblCount {
  students: number;
  bbl: number;
}

/** Share of bbl students (null without students) and the gap to the ambition (ambition − share; positive = below it). */
export function bblShareOf(count: BblCount): { share: number | null; gap: number | null } {
  if (count.students === 0) return { share: null, gap: null };
  const share = count.bbl / count.students;
  return { share, gap: BBL_AMBITION - share };
}
