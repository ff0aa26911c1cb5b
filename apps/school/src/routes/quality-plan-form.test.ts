import { describe, expect, it } from 'vitest';
import { consentFromForm, planFieldId, planFormOf, planFromForm } from './quality-plan-form.ts';

const THEMES = [{ theme: 'INSCHALING' as const }, { theme: 'WERKDRUK' as const }];

describe('the quality plan form', () => {
  it('asks a described goal with whole numbers and a unit for every theme the API names', () => {
    const form = planFormOf(THEMES, undefined, '2027-1');
    const result = planFromForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'goals.0.baseline',
        'goals.0.description',
        'goals.0.target',
        'goals.0.unit',
        'goals.1.baseline',
        'goals.1.description',
        'goals.1.target',
        'goals.1.unit',
      ].sort(),
    );
  });

  it('sends numbers as numbers and excellence only when chosen', () => {
    const form = planFormOf(THEMES, undefined, '2027-1');
    form.goals = form.goals.map((g) => ({
      ...g,
      description: 'Een meetbaar doel.',
      baseline: '40',
      target: ' 50 ',
      unit: 'procent',
    }));
    const result = planFromForm(form);
    expect(result).toMatchObject({
      ok: true,
      input: {
        trancheId: '2027-1',
        excellence: null,
        goals: [{ theme: 'INSCHALING', baseline: 40, target: 50 }, { theme: 'WERKDRUK' }],
      },
    });
    const withExcellence = planFromForm({ ...form, excellence: true, programmes: '2', participants: 'veel' });
    expect(withExcellence).toMatchObject({ ok: false, errors: { 'excellence.participants': expect.any(String) } });
    expect(planFromForm({ ...form, goals: [{ ...form.goals[0]!, target: '1.5' }] })).toMatchObject({
      ok: false,
      errors: { 'goals.0.target': expect.any(String) },
    });
  });

  it('makes a field’s HTML id from its name', () => {
    expect(planFieldId('goals.1.target')).toBe('plan-goals-1-target');
  });

  it('refuses a consent without council, answer or document, or dated in the future', () => {
    expect(
      consentFromForm({ body: '', given: '', date: '2026-13-01', documentReference: '' }, '2026-12-04'),
    ).toMatchObject({
      ok: false,
      errors: {
        body: expect.any(String),
        given: expect.any(String),
        date: expect.any(String),
        documentReference: expect.any(String),
      },
    });
    expect(
      consentFromForm(
        { body: 'WORKS_COUNCIL', given: 'no', date: '2026-12-05', documentReference: 'OR 12' },
        '2026-12-04',
      ),
    ).toMatchObject({
      ok: false,
      errors: { date: 'De datum van het besluit ligt in de toekomst.' },
    });
    expect(
      consentFromForm(
        { body: 'WORKS_COUNCIL', given: 'no', date: '2026-12-04', documentReference: ' OR 12 ' },
        '2026-12-04',
      ),
    ).toEqual({
      ok: true,
      input: { body: 'WORKS_COUNCIL', given: false, date: '2026-12-04', documentReference: 'OR 12' },
    });
  });
});
