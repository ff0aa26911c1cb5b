import { describe, expect, it } from 'vitest';
import { PATHWAY_LABELS, sortStudents } from './students.ts';

describe('students', () => {
  it('sorts by family name, then given name, ignoring case and accents', () => {
    const sorted = sortStudents([
      { givenName: 'Sanne', familyName: 'de Vries' },
      { givenName: 'Ömer', familyName: 'Aydın' },
      { givenName: 'Anna', familyName: 'de Vries' },
      { givenName: 'Bram', familyName: 'Bakker' },
    ]);
    expect(sorted.map((s) => `${s.givenName} ${s.familyName}`)).toEqual([
      'Ömer Aydın',
      'Bram Bakker',
      'Anna de Vries',
      'Sanne de Vries',
    ]);
  });

  it('writes the pathways as in Dutch education texts', () => {
    expect(PATHWAY_LABELS).toEqual({ BOL: 'bol', BBL: 'bbl' });
  });
});

describe('rankedChoices', () => {
  it('keeps the order of the filled picks and drops repeats', async () => {
    const { rankedChoices } = await import('./students.ts');
    expect(rankedChoices(['p2', '', 'p1', 'p2', ''])).toEqual(['p2', 'p1']);
  });
});

describe('placements in the students list', () => {
  it('shows the agreement status, or "Nog geen"', async () => {
    const { agreementStatusText } = await import('./students.ts');
    expect(agreementStatusText({ agreement: { status: 'SIGNING' } })).toBe('Wordt ondertekend');
    expect(agreementStatusText({ agreement: null })).toBe('Nog geen');
    expect(agreementStatusText(null)).toBe('Nog geen');
  });

  it('links a placement under the base path, its id encoded', async () => {
    const { placementPath } = await import('./students.ts');
    expect(placementPath('/school', 'demo-placement-06')).toBe('/school/plaatsingen/demo-placement-06');
    expect(placementPath('/school', 'a/b')).toBe('/school/plaatsingen/a%2Fb');
  });

  it('allows drawing up an agreement only after the company accepted', async () => {
    const { mayDraftAgreement } = await import('./students.ts');
    expect(mayDraftAgreement('ACCEPTED')).toBe(true);
    expect(mayDraftAgreement('ACTIVE')).toBe(true);
    expect(mayDraftAgreement('CONFIRMED')).toBe(false);
    expect(mayDraftAgreement('DECLINED')).toBe(false);
  });
});
