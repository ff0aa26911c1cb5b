import { describe, expect, it } from 'vitest';
import { checkReportBasics } from './index.ts';

const FORM = {
  companyId: 'kvk-90000001',
  kind: 'DISCRIMINATION',
  moment: 'SELECTION',
  grounds: ['ORIGIN'],
  occurredOn: '2026-11-02',
  description: '  Ik werd afgewezen vanwege mijn achternaam.  ',
};

describe('what every report says', () => {
  it('names each missing part, in the words of the one who fills it in', () => {
    const empty = {
      companyId: '',
      kind: 'DISCRIMINATION',
      moment: '',
      grounds: [],
      occurredOn: '2026-12-05',
      description: 'kort',
    };
    expect(checkReportBasics(empty, '2026-12-04')).toEqual({
      ok: false,
      errors: {
        companyId: 'Kies het leerbedrijf.',
        moment: 'Kies wanneer het gebeurde: bij de selectie of tijdens de stage.',
        grounds: 'Kies ten minste één grond waarop je bent gediscrimineerd.',
        occurredOn: 'De datum van wat er gebeurde ligt in de toekomst.',
        description: 'Beschrijf in minstens 10 tekens wat er gebeurde.',
      },
    });
    expect(checkReportBasics(empty, '2026-12-04', 'de student')).toMatchObject({
      errors: { grounds: 'Kies ten minste één grond waarop de student is gediscrimineerd.' },
    });
  });

  it('trims the story and drops grounds for misuse of an intern', () => {
    expect(checkReportBasics(FORM, '2026-12-04')).toMatchObject({
      ok: true,
      input: { description: 'Ik werd afgewezen vanwege mijn achternaam.' },
    });
    expect(checkReportBasics({ ...FORM, kind: 'MISUSE' }, '2026-12-04')).toMatchObject({
      ok: true,
      input: { grounds: [] },
    });
  });
});
