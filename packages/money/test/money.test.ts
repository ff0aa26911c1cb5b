import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToMoney, decimalToCents, MONEY_INPUT_MAX_CENTS, moneyToCents, parseMoneyInput } from '../src/index.ts';

describe('Money', () => {
  it('prints euros with exactly two decimals', () => {
    expect(centsToMoney(730000000n)).toBe('7300000.00');
    expect(centsToMoney(5n)).toBe('0.05');
    expect(centsToMoney(-270000n)).toBe('-2700.00');
  });

  it('converts published millions exactly, without floats', () => {
    expect(decimalToCents('7.3', 1_000_000n)).toBe(730000000n);
    expect(decimalToCents('0.1', 1_000_000n)).toBe(10000000n);
    expect(decimalToCents('11.2', 1_000_000n)).toBe(1120000000n);
    expect(() => decimalToCents('0.001')).toThrow(/centen/);
    expect(() => decimalToCents('7,3')).toThrow(/Ongeldig/);
  });

  it('refuses amounts that are not two-decimal strings', () => {
    for (const bad of ['7300000', '7300000.0', '1e6', '7.300', 'abc', '']) {
      expect(() => moneyToCents(bad), bad).toThrow(/twee decimalen/);
    }
  });

  it('round-trips any amount in cents', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        expect(moneyToCents(centsToMoney(cents))).toBe(cents);
      }),
    );
  });
});

describe('Money input (issue 13 §6)', () => {
  it('accepts up to €10 billion either way and refuses more, in Dutch', () => {
    expect(parseMoneyInput('10000000000.00')).toBe(MONEY_INPUT_MAX_CENTS);
    expect(parseMoneyInput('-10000000000.00')).toBe(-MONEY_INPUT_MAX_CENTS);
    for (const bad of ['10000000000.01', '-10000000000.01', '999999999999999.99']) {
      expect(() => parseMoneyInput(bad), bad).toThrow(/is te groot: het hoogste bedrag is 10000000000\.00 euro/);
    }
    expect(() => parseMoneyInput('12')).toThrow(/precies twee decimalen/);
  });
});
