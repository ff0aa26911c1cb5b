import { describe, expect, it } from 'vitest';
import { ageOn, isCalendarDate, isMonth, monthsBetween, todayInNetherlands } from './dates.ts';

describe('dates', () => {
  it('accepts only existing calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-04-31')).toBe(false);
    expect(isCalendarDate('1-2-2027')).toBe(false);
  });

  it('accepts months as JJJJ-MM only', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-13')).toBe(false);
  });

  it('counts full years of age', () => {
    expect(ageOn('2010-10-12', '2028-10-11')).toBe(17);
    expect(ageOn('2010-10-12', '2028-10-12')).toBe(18);
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
  });

  it('takes today in Dutch time: late evening UTC is already tomorrow in Amsterdam', () => {
    expect(todayInNetherlands(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
