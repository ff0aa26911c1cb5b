/**
 * Small-cell suppression for every aggregate that leaves SBB — DOMAIN §2 (design rule): counts of
 * 1–4 are not shown. Zero may be shown: it identifies no one.
 */
export const SMALL_CELL_MIN = 5;

export interface Cell {
  /** The count, or null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export function isSmallCell(count: number): boolean {
  return count >= 1 && count < SMALL_CELL_MIN;
}

/** One count on its own (no total next to it): suppressed when 1–4. */
export function suppressCount(count: number): Cell {
  assertCount(count);
  return isSmallCell(count) ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * A table of counts with its total. Besides the small cells themselves (primary suppression), more
 * cells are hidden when the shown total would give a hidden cell away by subtraction (secondary
 * suppression, standard statistical disclosure control): with the total shown, at least two cells
 * are hidden and together they hold at least 5, the smallest non-zero cells being hidden first.
 */
export function suppressTable(counts: readonly number[]): { total: Cell; cells: Cell[] } {
  for (const count of counts) assertCount(count);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const hidden = counts.map(isSmallCell);
  if (!isSmallCell(total)) {
    const hiddenCount = () => hidden.filter(Boolean).length;
    const hiddenSum = () => counts.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0);
    while (hiddenCount() > 0 && (hiddenCount() === 1 || hiddenSum() < SMALL_CELL_MIN)) {
      let pick = -1;
      counts.forEach((n, i) => {
        if (!hidden[i] && n > 0 && (pick < 0 || n < (counts[pick] ?? 0))) pick = i;
      });
      // Cannot happen: with every non-zero cell hidden they sum to the total, which is 0 or ≥ 5.
      if (pick < 0) break;
      hidden[pick] = true;
    }
  }
  return {
    total: suppressCount(total),
    cells: counts.map((count, i) => (hidden[i] ? { count: null, suppressed: true } : { count, suppressed: false })),
  };
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Geen geldig aantal: ${count}`);
}
