import { describe, expect, it } from 'vitest';
import {
  bblShareOf,
  computeShortages,
  freeSeats,
  isSmallCell,
  presentShortages,
  type ShortageCount,
} from '../src/domain/shortages.ts';

const count = (regionCode: string, pathway: 'BOL' | 'BBL', n: number, crebo = '25180'): ShortageCount => ({
  regionCode,
  crebo,
  pathway,
  count: n,
});

describe('shortages (pure)', () => {
  const rows = computeShortages(
    [count('rijnmond', 'BOL', 10), count('rijnmond', 'BBL', 3), count('onbekend', 'BOL', 2)],
    [count('rijnmond', 'BOL', 5), count('rijnmond', 'BBL', 10), count('haaglanden', 'BOL', 8)],
  );

  it('combines demand and supply per region, qualification and pathway, largest shortage first', () => {
    expect(rows).toEqual([
      { regionCode: 'rijnmond', crebo: '25180', pathway: 'BOL', demand: 10, supply: 5, shortage: 5, surplus: 0 },
      { regionCode: 'onbekend', crebo: '25180', pathway: 'BOL', demand: 2, supply: 0, shortage: 2, surplus: 0 },
      { regionCode: 'haaglanden', crebo: '25180', pathway: 'BOL', demand: 0, supply: 8, shortage: 0, surplus: 8 },
      { regionCode: 'rijnmond', crebo: '25180', pathway: 'BBL', demand: 3, supply: 10, shortage: 0, surplus: 7 },
    ]);
  });

  it('totals add row shortages: a surplus elsewhere does not fill a shortage', () => {
    const shown = presentShortages(rows, true);
    expect(shown.totals).toEqual({ demand: 15, supply: 23, shortage: 7, surplus: 15 });
    expect(shown.suppressedRows).toBe(0);
    expect(shown.rows.every((r) => !r.suppressed)).toBe(true);
  });

  it('hides a row with any count of 1–4 as a whole and leaves it out of the totals', () => {
    const shown = presentShortages(rows, false);
    expect(shown.rows.map((r) => r.suppressed)).toEqual([false, true, false, true]);
    expect(shown.rows[1]).toMatchObject({ demand: null, supply: null, shortage: null, surplus: null });
    expect(shown.totals).toEqual({ demand: 10, supply: 13, shortage: 5, surplus: 8 });
    expect(shown.suppressedRows).toBe(2);
  });

  it('small cells are 1–4; zero identifies no one', () => {
    expect([0, 1, 4, 5].map(isSmallCell)).toEqual([false, true, true, false]);
  });

  it('free seats never go below zero', () => {
    expect(freeSeats(3, 1)).toBe(2);
    expect(freeSeats(2, 3)).toBe(0);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => computeShortages([count('x', 'BOL', -1)], [])).toThrow(RangeError);
  });

  it('bbl share and the gap to the 35% ambition', () => {
    expect(bblShareOf({ students: 495, bbl: 137 }).share).toBeCloseTo(0.2768, 3);
    expect(bblShareOf({ students: 495, bbl: 137 }).gap).toBeCloseTo(0.0732, 3);
    expect(bblShareOf({ students: 0, bbl: 0 })).toEqual({ share: null, gap: null });
  });
});
