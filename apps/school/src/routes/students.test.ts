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
