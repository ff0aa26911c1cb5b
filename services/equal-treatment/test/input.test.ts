import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertYear, isMunicipalityCode } from '../src/domain/input.ts';

describe('municipality code', () => {
  it('accepts exactly the four-digit strings', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => isMunicipalityCode(String(n).padStart(4, '0'))));
    fc.assert(fc.property(fc.string(), (s) => isMunicipalityCode(s) === /^\d{4}$/.test(s)));
  });
});

describe('year', () => {
  it('accepts 2000–2100 and refuses everything else on field year', () => {
    fc.assert(
      fc.property(fc.integer(), (year) => {
        const inRange = year >= 2000 && year <= 2100;
        if (inRange) return assertYear(year) === year;
        try {
          assertYear(year);
          return false;
        } catch (error) {
          return (error as { extensions?: { field?: string } }).extensions?.field === 'year';
        }
      }),
    );
  });
});
