import fc from 'fast-check';
import { describe, it } from 'vitest';
import { isMunicipalityCode } from '../src/domain/input.ts';

describe('municipality code', () => {
  it('accepts exactly the four-digit strings', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => isMunicipalityCode(String(n).padStart(4, '0'))));
    fc.assert(fc.property(fc.string(), (s) => isMunicipalityCode(s) === /^\d{4}$/.test(s)));
  });
});
