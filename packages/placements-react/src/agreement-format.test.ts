import { describe, expect, it } from 'vitest';
import { formatMomentWithTime, formatMonth } from './agreement-format.ts';

describe('months and moments', () => {
  it('formats a month in Dutch', () => {
    expect(formatMonth('2026-03')).toBe('maart 2026');
    expect(formatMonth('2026-12')).toBe('december 2026');
    expect(formatMonth('maart')).toBe('maart');
  });

  it('formats a moment in Dutch time, summer and winter', () => {
    expect(formatMomentWithTime('2026-03-05T09:30:00Z')).toBe('5 maart 2026, 10:30');
    expect(formatMomentWithTime('2026-07-01T22:15:00Z')).toBe('2 juli 2026, 00:15');
  });
});
