import { describe, expect, it } from 'vitest';
import {
  guardianRequiredOn,
  missingSignatures,
  mustSign,
  requiredParties,
  type SignableAgreement,
  statusAfterSignatures,
} from './agreement.ts';

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

describe('guardianRequiredOn', () => {
  it('is true under 18 on the start date, false from the 18th birthday, null without dates', () => {
    expect(guardianRequiredOn('2010-10-12', '2028-10-11')).toBe(true);
    expect(guardianRequiredOn('2010-10-12', '2028-10-12')).toBe(false);
    expect(guardianRequiredOn('2010-10-12', '')).toBeNull();
    expect(guardianRequiredOn(null, '2027-02-01')).toBeNull();
  });
});

describe('who signs', () => {
  it('needs a guardian only for a student under 18, and is signed once every required party signed', () => {
    expect(requiredParties(false)).toEqual(['STUDENT', 'INSTITUTION', 'COMPANY']);
    expect(requiredParties(true)).toContain('GUARDIAN');
    expect(statusAfterSignatures(['STUDENT', 'INSTITUTION', 'COMPANY'], false)).toBe('SIGNED');
    expect(statusAfterSignatures(['STUDENT', 'INSTITUTION', 'COMPANY'], true)).toBe('SIGNING');
  });
});
