import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  DEFAULT_THRESHOLD,
  suppressCount as suppressCountAt,
  suppressionThreshold,
  suppressTable as suppressTableAt,
} from '../src/domain/suppression.ts';

// The examples below use threshold 5 (small numbers read easily); the properties run at 5 and at the default 10.
const suppressCount = (n: number) => suppressCountAt(n, 5);
const suppressTable = (counts: number[]) => suppressTableAt(counts, 5);

const shown = (count: number): Cell => ({ count, suppressed: false });
const hidden: Cell = { count: null, suppressed: true };

describe('the threshold', () => {
  it('is 10 by default (special-category data), configurable from 2 to 100', () => {
    expect(DEFAULT_THRESHOLD).toBe(10);
    expect(suppressionThreshold({})).toBe(10);
    expect(suppressionThreshold({ REPORT_SUPPRESSION_THRESHOLD: '15' })).toBe(15);
    expect(suppressionThreshold({ REPORT_SUPPRESSION_THRESHOLD: '1' })).toBe(10);
    expect(suppressionThreshold({ REPORT_SUPPRESSION_THRESHOLD: 'tien' })).toBe(10);
    expect([0, 9, 10].map((n) => suppressCountAt(n))).toEqual([
      { count: 0, suppressed: false },
      { count: null, suppressed: true },
      { count: 10, suppressed: false },
    ]);
  });
});

describe('suppressCount', () => {
  it('hides 1–4 and shows 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 60].map(suppressCount)).toEqual([
      shown(0),
      hidden,
      hidden,
      hidden,
      hidden,
      shown(5),
      shown(60),
    ]);
  });

  it('refuses what is not a count', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(1.5)).toThrow(RangeError);
  });
});

describe('suppressTable', () => {
  it('shows an all-zero table as zeros', () => {
    expect(suppressTable([0, 0, 0])).toEqual({ total: shown(0), cells: [shown(0), shown(0), shown(0)] });
  });

  it('hides a small total and every small cell under it', () => {
    expect(suppressTable([3, 0, 1])).toEqual({ total: hidden, cells: [hidden, shown(0), hidden] });
  });

  it('hides the next smallest cell too, so a lone small cell is not total minus the rest', () => {
    expect(suppressTable([7, 3, 12, 0])).toEqual({ total: shown(22), cells: [hidden, hidden, shown(12), shown(0)] });
  });

  it('hides more cells while the hidden ones together hold fewer than 5', () => {
    expect(suppressTable([1, 1, 6, 9])).toEqual({ total: shown(17), cells: [hidden, hidden, hidden, shown(9)] });
  });

  it('leaves a table without small cells alone', () => {
    expect(suppressTable([5, 0, 8])).toEqual({ total: shown(13), cells: [shown(5), shown(0), shown(8)] });
  });

  describe.each([5, 10])('at threshold %i', (threshold) => {
    const isSmall = (c: Cell) => c.count !== null && c.count >= 1 && c.count < threshold;
    const tables = fc.array(fc.oneof(fc.integer({ min: 0, max: threshold + 2 }), fc.nat(200)), { maxLength: 12 });

    it('never outputs a cell or total from 1 to threshold − 1 (property)', () => {
      fc.assert(
        fc.property(tables, (counts) => {
          const { total, cells } = suppressTableAt(counts, threshold);
          return !isSmall(total) && cells.every((c) => !isSmall(c));
        }),
      );
    });

    it('shows every cell it does not hide exactly, and zeros always (property)', () => {
      fc.assert(
        fc.property(tables, (counts) => {
          const { total, cells } = suppressTableAt(counts, threshold);
          const sum = counts.reduce((a, b) => a + b, 0);
          return (
            cells.length === counts.length &&
            cells.every((c, i) => (c.suppressed ? c.count === null : c.count === counts[i])) &&
            counts.every((n, i) => n !== 0 || cells[i]?.count === 0) &&
            (total.suppressed ? total.count === null : total.count === sum)
          );
        }),
      );
    });

    it('never lets a hidden cell be recovered from the shown total (property)', () => {
      fc.assert(
        fc.property(tables, (counts) => {
          const { total, cells } = suppressTableAt(counts, threshold);
          if (total.count === null) return true;
          const hiddenCells = cells.filter((c) => c.suppressed);
          const hiddenSum = total.count - cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
          return hiddenCells.length === 0 || (hiddenCells.length >= 2 && hiddenSum >= threshold);
        }),
      );
    });
  });
});
