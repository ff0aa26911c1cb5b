import { describe, expect, it } from 'vitest';
import { contributionFromForm, introWeekFromForm, studentSportFromForm } from './city-measures-model.ts';

describe('the municipality forms, checked before sending', () => {
  it('refuses an intro week without a status or with a negative or broken count, naming the field', () => {
    expect(introWeekFromForm({ status: '', organiser: '', participants: '-3', note: '' })).toEqual({
      ok: false,
      errors: {
        status: 'Kies de stand van de introductieweek.',
        participants: 'Vul het aantal deelnemers in als heel getal van 0 of meer.',
      },
    });
    expect(introWeekFromForm({ status: 'OPEN', organiser: '', participants: '12,5', note: '' }).ok).toBe(false);
  });

  it('sends trimmed text, empty as null, and the count as a number', () => {
    expect(introWeekFromForm({ status: 'OPEN', organiser: ' Gemeente ', participants: ' 640 ', note: '  ' })).toEqual({
      ok: true,
      input: { status: 'OPEN', organiser: 'Gemeente', participants: 640, note: null },
    });
  });

  it('reads facilities one per line and checks the date', () => {
    expect(
      studentSportFromForm({ access: 'PILOT', facilities: 'Olympos\n\n  USC  \n', conditions: '', openFrom: '' }),
    ).toEqual({
      ok: true,
      input: { access: 'PILOT', facilities: ['Olympos', 'USC'], conditions: null, openFrom: null },
    });
    expect(studentSportFromForm({ access: 'OPEN', facilities: 'x', conditions: '', openFrom: '1-9-2026' })).toEqual({
      ok: false,
      errors: { openFrom: 'Vul de datum in als JJJJ-MM-DD.' },
    });
  });

  it('needs an institution and an amount in euro', () => {
    expect(contributionFromForm({ institutionId: 'roc-zadkine', amount: '7.500,00' })).toEqual({
      ok: true,
      input: { institutionId: 'roc-zadkine', amount: '7500.00' },
    });
    expect(contributionFromForm({ institutionId: '', amount: 'veel' })).toEqual({
      ok: false,
      errors: { institutionId: 'Kies de instelling.', amount: 'Vul een bedrag in euro in, bijvoorbeeld 7.500,00.' },
    });
  });
});
