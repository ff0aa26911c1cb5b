import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatEuroOrUnknown, formatInteger } from './format.ts';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatEuro', () => {
  it('formats the published amount the Dutch way', () => {
    expect(plain(formatEuro('7300000.00'))).toBe('€ 7.300.000,00');
  });

  it('keeps cents exactly, also beyond float precision', () => {
    expect(plain(formatEuro('0.10'))).toBe('€ 0,10');
    expect(plain(formatEuro('12345678901234567.89'))).toBe('€ 12.345.678.901.234.567,89');
    expect(plain(formatEuro('5'))).toBe('€ 5,00');
  });

  it('shows negative differences with a minus sign', () => {
    expect(plain(formatEuro('-0.03'))).toBe('€ -0,03');
  });

  it('refuses text that is not an amount', () => {
    expect(() => formatEuro('7,300,000')).toThrow(RangeError);
    expect(() => formatEuro('1e6')).toThrow(RangeError);
    expect(() => formatEuro('1.234')).toThrow(RangeError);
  });

  it('says "onbekend" for a missing amount', () => {
    expect(formatEuroOrUnknown(null)).toBe('onbekend');
  });
});

describe('formatInteger and formatDate', () => {
  it('groups thousands with dots', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
  });

  it('writes dates in full Dutch', () => {
    expect(formatDate('2026-09-01')).toBe('1 september 2026');
    expect(formatDate('niet-een-datum')).toBe('niet-een-datum');
  });
});

describe('formatDateTime', () => {
  it('shows a moment in Dutch time, summer and winter', async () => {
    const { formatDateTime } = await import('./format.ts');
    expect(formatDateTime('2026-12-04T07:12:30Z')).toBe('4 december 2026 om 08:12');
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('2 juli 2026 om 00:30');
    expect(formatDateTime('2026-12-04T07:12:30Z', { seconds: true })).toBe('4 december 2026 om 08:12:30');
  });
});
