import { describe, expect, it } from 'vitest';
import {
  agreementStatusText,
  allowanceText,
  contactMomentsText,
  isFollowedUp,
  NO_AGREEMENT_TEXT,
} from './placement-summary.ts';

describe('isFollowedUp', () => {
  it('follows accepted and running placements only', () => {
    expect(['CONFIRMED', 'ACCEPTED', 'DECLINED', 'ACTIVE', 'ENDED'].filter(isFollowedUp)).toEqual([
      'ACCEPTED',
      'ACTIVE',
    ]);
  });
});

describe('agreementStatusText', () => {
  const signing = {
    status: 'SIGNING' as const,
    version: 2,
    requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY'] as const,
    signatures: [
      { party: 'STUDENT' as const, version: 2, signedBy: 's001', signedAt: '2026-03-01T10:00:00Z' },
      { party: 'COMPANY' as const, version: 1, signedBy: 'p', signedAt: '2026-02-01T10:00:00Z' },
    ],
  };

  it('says when there is no agreement yet who draws it up', () => {
    expect(agreementStatusText(null)).toBe(NO_AGREEMENT_TEXT);
  });

  it('says the company still has to sign when its signature is under an older version only', () => {
    expect(agreementStatusText(signing)).toBe('Wordt ondertekend; uw handtekening ontbreekt nog');
  });

  it('gives the plain label once the company signed this version', () => {
    const signed = {
      ...signing,
      signatures: [...signing.signatures, { party: 'COMPANY' as const, version: 2, signedBy: 'p', signedAt: 'x' }],
    };
    expect(agreementStatusText(signed)).toBe('Wordt ondertekend');
  });
});

describe('contactMomentsText', () => {
  it('says when nothing is planned', () => {
    expect(contactMomentsText([])).toBe('Nog geen contactmoment gepland');
  });

  it('counts held moments and names what is not planned and the missing moment in person', () => {
    expect(
      contactMomentsText([
        { kind: 'START', plannedMode: 'VIDEO', heldOn: '2026-02-02', heldMode: 'VIDEO' },
        { kind: 'INTERIM', plannedMode: 'PHONE' },
      ]),
    ).toBe('1 van 3 gehouden; nog niet gepland: eindgesprek; nog geen contactmoment op locatie');
  });

  it('counts a moment planned in person until it was held otherwise', () => {
    const planned = { kind: 'START' as const, plannedMode: 'IN_PERSON' as const };
    expect(contactMomentsText([planned])).toBe('0 van 3 gehouden; nog niet gepland: tussentijds gesprek, eindgesprek');
    const heldByPhone = [{ ...planned, heldOn: '2026-02-02', heldMode: 'PHONE' as const }];
    expect(contactMomentsText(heldByPhone)).toContain('nog geen contactmoment op locatie');
  });

  it('is plain when all three were held, one in person', () => {
    expect(
      contactMomentsText([
        { kind: 'START', plannedMode: 'IN_PERSON', heldOn: '2026-02-02', heldMode: 'IN_PERSON' },
        { kind: 'INTERIM', plannedMode: 'VIDEO', heldOn: '2026-04-02', heldMode: 'VIDEO' },
        { kind: 'FINAL', plannedMode: 'VIDEO', heldOn: '2026-06-29', heldMode: 'PHONE' },
      ]),
    ).toBe('3 van 3 gehouden');
  });

  it('counts exceptions as the service does: abroad waives only the moment in person', () => {
    const moments = [{ kind: 'START' as const, plannedMode: 'VIDEO' as const }];
    expect(contactMomentsText(moments, [{ reason: 'ABROAD' }])).toBe(
      '0 van 3 gehouden; nog niet gepland: tussentijds gesprek, eindgesprek; met een uitzondering van de onderwijsinstelling',
    );
    expect(contactMomentsText(moments, [{ reason: 'TASTER_INTERNSHIP' }])).toBe(
      '0 van 3 gehouden; nog geen contactmoment op locatie; met een uitzondering van de onderwijsinstelling',
    );
  });
});

describe('allowanceText', () => {
  it('waits for the signatures', () => {
    expect(allowanceText('SIGNING', { upToDate: false, missingMonths: ['2026-01'] })).toBe(
      'Vast te leggen na ondertekening',
    );
  });

  it('says up to date, or names up to three missing months', () => {
    expect(allowanceText('SIGNED', { upToDate: true, missingMonths: [] })).toBe('Bij');
    expect(allowanceText('SIGNED', { upToDate: false, missingMonths: ['2026-05', '2026-06'] })).toBe(
      'Niet (volledig) betaald: mei 2026, juni 2026',
    );
  });

  it('counts many missing months from the oldest', () => {
    const months = ['2025-09', '2025-10', '2025-11', '2025-12'];
    expect(allowanceText('SIGNED', { upToDate: false, missingMonths: months })).toBe(
      '4 maanden niet (volledig) betaald, vanaf september 2025',
    );
  });
});
