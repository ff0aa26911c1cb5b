import { describe, expect, it } from 'vitest';
import { allowanceStatus, payableMonths } from './allowances.ts';
import { monthsBetween } from './dates.ts';

describe('allowances', () => {
  const today = '2026-11-23';
  const terms = { startsOn: '2026-02-02', endsOn: '2026-06-30' };

  it('offers the months from the start month through the end month when the period is over', () => {
    expect(payableMonths(terms, today)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
  });

  it('stops at this month while the period runs, across a year end, and is empty before the start', () => {
    expect(payableMonths({ startsOn: '2026-11-15', endsOn: '2027-06-30' }, '2027-01-10')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(payableMonths({ startsOn: '2027-02-01', endsOn: '2027-06-30' }, today)).toEqual([]);
  });

  it('counts months from the start through the end or this month', () => {
    const terms = { startsOn: '2026-01-15', endsOn: '2026-06-30', expenseCents: 100n, wageCents: null };
    expect(allowanceStatus(terms, [{ month: '2026-02', kind: 'EXPENSE' }], '2026-03-10')).toEqual({
      paidMonths: ['2026-02'],
      missingMonths: ['2026-01', '2026-03'],
      upToDate: false,
    });
    expect(allowanceStatus(terms, [], '2027-01-01').missingMonths).toHaveLength(6);
    expect(allowanceStatus({ ...terms, expenseCents: 0n }, [], '2026-03-10').upToDate).toBe(true);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
