/**
 * Small-cell suppression for every aggregate that leaves SBB — DOMAIN §2 (design rule). The grounds are
 * special-category personal data (AVG art. 9), so a count from 1 to 9 is not shown (threshold 10,
 * `REPORT_SUPPRESSION_THRESHOLD`). Zero may be shown: it identifies no one.
 */
export const DEFAULT_THRESHOLD = 10;

/** The threshold from the environment: a whole number from 2 to 100, else the default. */
export function suppressionThreshold(env: Record<string, string | undefined> = process.env): number {
  const raw = Number(env.REPORT_SUPPRESSION_THRESHOLD);
  return Number.isInteger(raw) && raw >= 2 && raw <= 100 ? raw : DEFAULT_THRESHOLD;
}

export interface Cell {
  /** The count, or null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export function isSmallCell(count: number, threshold = DEFAULT_THRESHOLD): boolean {
  return count >= 1 && count < threshold;
}

/** One count on its own (no total next to it): suppressed when 1 to threshold − 1. */
export function suppressCount(count: number, threshold = DEFAULT_THRESHOLD): Cell {
  assertCount(count);
  return isSmallCell(count, threshold) ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * A table of counts with its total. Besides the small cells themselves (primary suppression), more
 * cells are hidden when the shown total would give a hidden cell away by subtraction (secondary
 * suppression, standard statistical disclosure control): with the total shown, at least two cells
 * are hidden and together they hold at least the threshold, the smallest non-zero cells hidden first.
 */
export function suppressTable(
  counts: readonly number[],
  threshold = DEFAULT_THRESHOLD,
): { total: Cell; cells: Cell[] } {
  for (const count of counts) assertCount(count);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const hidden = counts.map((n) => isSmallCell(n, threshold));
  if (!isSmallCell(total, threshold)) {
    const hiddenCount = () => hidden.filter(Boolean).length;
    const hiddenSum = () => counts.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0);
    while (hiddenCount() > 0 && (hiddenCount() === 1 || hiddenSum() < threshold)) {
      let pick = -1;
      counts.forEach((n, i) => {
        if (!hidden[i] && n > 0 && (pick < 0 || n < (counts[pick] ?? 0))) pick = i;
      });
      // Cannot happen: with every non-zero cell hidden they sum to the total, which is 0 or ≥ threshold.
      if (pick < 0) break;
      hidden[pick] = true;
    }
  }
  return {
    total: suppressCount(total, threshold),
    cells: counts.map((count, i) => (hidden[i] ? { count: null, suppressed: true } : { count, suppressed: false })),
  };
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Geen geldig aantal: ${count}`);
}
