import { describe, expect, it } from 'vitest';
import { euroInputFromMoney, parseEuroInput } from './money-input.ts';

describe('parseEuroInput', () => {
  it('reads Dutch amounts exactly', () => {
    expect(parseEuroInput('350,00')).toBe('350.00');
    expect(parseEuroInput('350')).toBe('350.00');
    expect(parseEuroInput('12,5')).toBe('12.50');
    expect(parseEuroInput('€ 1.250,75')).toBe('1250.75');
    expect(parseEuroInput('0,10')).toBe('0.10');
    expect(parseEuroInput('007')).toBe('7.00');
    expect(parseEuroInput('123456789012345,99')).toBe('123456789012345.99');
  });

  it('takes a dot with one or two digits after it as a decimal point', () => {
    expect(parseEuroInput('350.00')).toBe('350.00');
    expect(parseEuroInput('1.250')).toBe('1250.00');
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1,234', '12,', '1.25.0', '1,2,3', '12.345,678']) {
      expect(parseEuroInput(text)).toBeNull();
    }
  });

  it('writes Money back for the form', () => {
    expect(euroInputFromMoney('350.00')).toBe('350,00');
  });
});
