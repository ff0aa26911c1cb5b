import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearBounds, yearProblem } from '../src/domain/period.ts';

describe('yearProblem', () => {
  it('accepts 2000–2100 and names the problem with everything else, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (year) => {
        const inRange = Number.isInteger(year) && year >= 2000 && year <= 2100;
        const problem = yearProblem(year);
        return inRange ? problem === null : problem === 'Het jaar moet tussen 2000 en 2100 liggen.';
      }),
    );
  });
});

describe('yearBounds', () => {
  it('runs from 1 January to 1 January in Dutch time (CET)', () => {
    const { from, to } = yearBounds(2022);
    expect(from.toISOString()).toBe('2021-12-31T23:00:00.000Z');
    expect(to.toISOString()).toBe('2022-12-31T23:00:00.000Z');
  });
});
