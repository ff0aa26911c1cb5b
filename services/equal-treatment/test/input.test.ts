import fc from 'fast-check';
import { describe, it } from 'vitest';
import { isMunicipalityCode, yearProblem } from '../src/domain/input.ts';

describe('municipality code', () => {
  it('accepts exactly the four-digit strings', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => isMunicipalityCode(String(n).padStart(4, '0'))));
    fc.assert(fc.property(fc.string(), (s) => isMunicipalityCode(s) === /^\d{4}$/.test(s)));
  });
});

describe('year', () => {
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
