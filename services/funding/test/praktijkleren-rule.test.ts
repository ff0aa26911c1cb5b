import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountPerPlace, applyShift, MAXIMUM_PER_PLACE_CENTS } from '../src/domain/praktijkleren.ts';

const MAX = MAXIMUM_PER_PLACE_CENTS;
const ceiling = fc.bigInt({ min: 0n, max: 10n ** 14n });
const count = fc.integer({ min: 0, max: 50_000_000 });

describe('praktijkleren: amount per place = ceiling ÷ applications, at most €2,700, rounded down', () => {
  it('never pays more than the ceiling, never more than the maximum, and is the largest such cent amount', () => {
    fc.assert(
      fc.property(ceiling, count, (c, n) => {
        const perPlace = amountPerPlace(c, n);
        expect(perPlace <= MAX).toBe(true);
        if (n === 0) {
          expect(perPlace).toBe(MAX);
          return;
        }
        const applications = BigInt(n);
        expect(perPlace * applications <= c).toBe(true);
        // One cent more would exceed the ceiling or the maximum: rounded down, not further.
        expect((perPlace + 1n) * applications > c || perPlace === MAX).toBe(true);
      }),
    );
  });

  it.each([
    ['no applications: the maximum', 405_000_000_00n, 0, MAX],
    ['one application: the maximum (not the whole ceiling)', 405_000_000_00n, 1, MAX],
    ['exactly at the maximum', 2_700_00n * 150_000n, 150_000, MAX],
    ['one application over: below the maximum, rounded down', 2_700_00n * 150_000n, 150_001, 2_699_98n],
    ['a small ceiling over three places: 100.00 / 3 = 33.33', 100_00n, 3, 33_33n],
    ['a huge count', 405_000_000_00n, 1_000_000_000, 40n],
    ['a zero ceiling', 0n, 10, 0n],
  ])('%s', (_name, c, n, expected) => {
    expect(amountPerPlace(c, n)).toBe(expected);
  });

  it('refuses a negative ceiling or count', () => {
    expect(() => amountPerPlace(-1n, 1)).toThrow(RangeError);
    expect(() => amountPerPlace(1n, -1)).toThrow(RangeError);
  });
});

describe('kasschuif', () => {
  const years = [
    { year: 2026, ceilingCents: 405_000_000_00n, forecastPlaces: 158_000 },
    { year: 2027, ceilingCents: 410_000_000_00n, forecastPlaces: 163_000 },
  ];

  it('keeps the total over the years for any amount it allows', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 405_000_000_00n }), (amount) => {
        const after = applyShift(years, { fromYear: 2026, toYear: 2027, amountCents: amount });
        if ('message' in after) throw new Error(after.message);
        const total = (ys: typeof years) => ys.reduce((s, y) => s + y.ceilingCents, 0n);
        expect(total(after.years)).toBe(total(years));
        expect(after.years[0]?.ceilingCents).toBe(405_000_000_00n - amount);
      }),
    );
  });

  it.each([
    [{ fromYear: 2026, toYear: 2027, amountCents: 0n }, 'amount'],
    [{ fromYear: 2026, toYear: 2026, amountCents: 1n }, 'toYear'],
    [{ fromYear: 2019, toYear: 2027, amountCents: 1n }, 'fromYear'],
    [{ fromYear: 2026, toYear: 2031, amountCents: 1n }, 'toYear'],
    [{ fromYear: 2026, toYear: 2027, amountCents: 405_000_000_01n }, 'amount'],
  ])('refuses %o on %s', (shift, field) => {
    const after = applyShift(years, shift);
    expect(after).toMatchObject({ field });
  });
});
