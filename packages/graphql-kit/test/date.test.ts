import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../src/builder.ts';

describe('the Date scalar accepts only real calendar dates', () => {
  it('accepts existing dates, including 29 February in a leap year', () => {
    for (const date of ['2026-02-28', '2024-02-29', '2026-12-31', '2026-01-01'])
      expect(parseCalendarDate(date)).toBe(date);
  });

  it('refuses impossible dates in Dutch instead of rolling them over', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(() => parseCalendarDate(bad), bad).toThrow(/Ongeldige datum .*bestaande datum als JJJJ-MM-DD/);
    }
  });

  it('refuses other shapes and non-strings', () => {
    for (const bad of ['2026-2-3', '2026-02-03T00:00:00Z', '03-02-2026', '', 'morgen', 20260203, null]) {
      expect(() => parseCalendarDate(bad), String(bad)).toThrow(/Ongeldige datum/);
    }
  });
});

describe('the Date scalar refuses absurd years (issue 13 §6)', () => {
  it('accepts 1900 to 2100 and refuses the years around them, naming the range', () => {
    expect(parseCalendarDate('1900-01-01')).toBe('1900-01-01');
    expect(parseCalendarDate('2100-12-31')).toBe('2100-12-31');
    for (const bad of ['1899-12-31', '2101-01-01', '9999-12-31', '0001-01-01']) {
      expect(() => parseCalendarDate(bad), bad).toThrow(/kies een datum tussen 1900 en 2100/);
    }
  });
});
