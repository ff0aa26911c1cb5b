import { describe, expect, it } from 'vitest';
import { formatMomentWithTime, formatMonth, missingSignatures, mustSign, type SignableAgreement } from './agreement.ts';

const base: SignableAgreement = {
  status: 'SIGNING',
  version: 2,
  requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY', 'GUARDIAN'],
  signatures: [
    { party: 'STUDENT', signedBy: 's1', signedAt: '2026-03-01T10:00:00Z', version: 2 },
    // A signature under an earlier version no longer counts after an edit.
    { party: 'COMPANY', signedBy: 'c1', signedAt: '2026-02-01T10:00:00Z', version: 1 },
  ],
};

describe('signatures', () => {
  it('a party must sign when required and not signed under the current version', () => {
    expect(mustSign(base, 'STUDENT')).toBe(false);
    expect(mustSign(base, 'COMPANY')).toBe(true);
    expect(mustSign(base, 'INSTITUTION')).toBe(true);
    expect(mustSign({ ...base, requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY'] }, 'GUARDIAN')).toBe(false);
  });

  it('nobody signs a superseded or fully signed agreement', () => {
    expect(mustSign({ ...base, status: 'SUPERSEDED' }, 'COMPANY')).toBe(false);
    expect(mustSign({ ...base, status: 'SIGNED' }, 'COMPANY')).toBe(false);
    expect(missingSignatures({ ...base, status: 'SUPERSEDED' })).toEqual([]);
  });

  it('lists the missing parties in their fixed order', () => {
    expect(missingSignatures(base)).toEqual(['INSTITUTION', 'COMPANY', 'GUARDIAN']);
  });
});

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
