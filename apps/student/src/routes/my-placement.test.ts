import { describe, expect, it } from 'vitest';
import type { StudentPlacementStatus } from '../graphql/generated/graphql.ts';
import { missingSignaturesText, placementStatusText, responseText, studentSignState } from './my-placement.ts';

const signature = (party: 'STUDENT' | 'INSTITUTION' | 'COMPANY' | 'GUARDIAN', version: number) => ({
  party,
  signedBy: party === 'STUDENT' ? 'roc-zadkine-s001' : 'iemand',
  signedAt: '2026-02-03T09:30:00.000Z',
  version,
});

const agreement = (overrides: Partial<Parameters<typeof studentSignState>[0]> = {}) => ({
  status: 'DRAFT' as const,
  version: 2,
  requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY'] as const,
  signatures: [],
  ...overrides,
});

describe('the sign button', () => {
  it('shows while the student has not signed the current version', () => {
    expect(studentSignState(agreement())).toEqual({ kind: 'sign' });
    expect(studentSignState(agreement({ status: 'SIGNING', signatures: [signature('INSTITUTION', 2)] }))).toEqual({
      kind: 'sign',
    });
  });

  it('shows again when the student signed only an earlier version', () => {
    expect(studentSignState(agreement({ status: 'SIGNING', signatures: [signature('STUDENT', 1)] }))).toEqual({
      kind: 'sign',
    });
  });

  it('hides once the student signed this version, and says when', () => {
    expect(studentSignState(agreement({ status: 'SIGNING', signatures: [signature('STUDENT', 2)] }))).toEqual({
      kind: 'signed',
      at: '2026-02-03T09:30:00.000Z',
      version: 2,
    });
  });

  it('hides for a superseded agreement, signed or not', () => {
    expect(studentSignState(agreement({ status: 'SUPERSEDED' }))).toEqual({ kind: 'superseded' });
    expect(studentSignState(agreement({ status: 'SUPERSEDED', signatures: [signature('STUDENT', 2)] }))).toEqual({
      kind: 'superseded',
    });
  });

  it('does not ask a signature the agreement does not require', () => {
    expect(studentSignState(agreement({ requiredParties: ['INSTITUTION', 'COMPANY'] }))).toEqual({
      kind: 'not-required',
    });
  });
});

describe('the missing signatures', () => {
  it('names who still has to sign, in plain Dutch', () => {
    expect(
      missingSignaturesText(
        agreement({
          status: 'SIGNING',
          requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY', 'GUARDIAN'],
          signatures: [signature('STUDENT', 2)],
        }),
      ),
    ).toBe('Nog niet ondertekend door: je school, het leerbedrijf en je ouder of voogd.');
    expect(
      missingSignaturesText(agreement({ signatures: [signature('STUDENT', 2), signature('INSTITUTION', 2)] })),
    ).toBe('Nog niet ondertekend door: het leerbedrijf.');
  });

  it('says nothing when everyone signed or the agreement is superseded', () => {
    const all = ['STUDENT', 'INSTITUTION', 'COMPANY'] as const;
    expect(missingSignaturesText(agreement({ status: 'SIGNED', signatures: all.map((p) => signature(p, 2)) }))).toBe(
      null,
    );
    expect(missingSignaturesText(agreement({ status: 'SUPERSEDED' }))).toBeNull();
  });
});

describe('the placement status', () => {
  const statuses: StudentPlacementStatus[] = [
    'NONE',
    'MATCHED',
    'CONFIRMED',
    'ACCEPTED',
    'DECLINED',
    'ACTIVE',
    'NEEDS_REPLACEMENT',
  ];

  it('has its own sentence for every status', () => {
    const texts = statuses.map((s) => placementStatusText(s, 'BOL'));
    expect(new Set(texts).size).toBe(statuses.length);
    for (const text of texts) expect(text).toMatch(/^[A-Z].*\.$/);
  });

  it('speaks of a stageplaats for bol and a leerbaan for bbl', () => {
    expect(placementStatusText('NONE', 'BOL')).toContain('nog geen stageplaats');
    expect(placementStatusText('NONE', 'BBL')).toContain('nog geen leerbaan');
    expect(placementStatusText('CONFIRMED', 'BOL')).toBe(
      'Je school heeft je stageplaats bevestigd. Het leerbedrijf moet je plaatsing nog accepteren.',
    );
  });
});

describe("the company's answer", () => {
  const confirmed = { status: 'CONFIRMED', respondBy: '2026-12-17', responseOverdue: false };

  it('names the last day while the company still has to answer', () => {
    expect(responseText('CONFIRMED', confirmed)).toBe('Het leerbedrijf reageert uiterlijk op 17 december 2026.');
  });

  it('says what happens when the day has passed', () => {
    expect(responseText('CONFIRMED', { ...confirmed, responseOverdue: true })).toMatch(
      /^Het leerbedrijf heeft niet gereageerd vóór 17 december 2026\. Je school neemt contact op/,
    );
  });

  it('says nothing once the company answered or without a match', () => {
    expect(responseText('ACCEPTED', { ...confirmed, status: 'ACCEPTED' })).toBeNull();
    expect(responseText('NONE', null)).toBeNull();
  });
});
