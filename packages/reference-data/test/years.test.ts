import { describe, expect, it } from 'vitest';
import { YEAR_MAX, YEAR_MIN, yearProblem } from '../src/index.ts';

describe('yearProblem', () => {
  it('accepts 2000–2100 and names the problem with everything else, without throwing', () => {
    const message = 'Het jaar moet tussen 2000 en 2100 liggen.';
    expect([YEAR_MIN, YEAR_MAX]).toEqual([2000, 2100]);
    for (const year of [2000, 2026, 2100]) expect(yearProblem(year)).toBeNull();
    for (const year of [1999, 2101, 2026.5, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER]) {
      expect(yearProblem(year)).toBe(message);
    }
  });
});
