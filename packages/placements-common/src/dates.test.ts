import { describe, expect, it } from 'vitest';
import { ageOn, isCalendarDate, isMonth, monthsBetween, todayInNetherlands } from './dates.ts';

describe('todayInNetherlands', () => {
  it('counts the day in Dutch time, not UTC: late evening UTC is already tomorrow in Amsterdam', () => {
    expect(todayInNetherlands(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInNetherlands(new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-05');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('isCalendarDate', () => {
  it('accepts only existing calendar dates written JJJJ-MM-DD', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2027-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('15-03-2026')).toBe(false);
    expect(isCalendarDate('1-2-2027')).toBe(false);
  });
});

describe('isMonth and monthsBetween', () => {
  it('accepts months as JJJJ-MM only', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-03-01')).toBe(false);
  });

  it('lists months across a year end, and none when the last comes first', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
    expect(monthsBetween('2026-11', 'voorjaar')).toEqual([]);
  });
});

describe('ageOn', () => {
  it('counts full years of age', () => {
    expect(ageOn('2010-10-12', '2028-10-11')).toBe(17);
    expect(ageOn('2010-10-12', '2028-10-12')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-09-01', '2026-08-31')).toBe(17);
    expect(ageOn('2008-09-01', '2026-09-01')).toBe(18);
  });
});
