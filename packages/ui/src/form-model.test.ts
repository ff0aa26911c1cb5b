import { describe, expect, it, vi } from 'vitest';
import { errorSummary, fieldBinder, keyForAttempt } from './form-model.ts';

describe('keyForAttempt', () => {
  it('keeps the key for a retry of the same content and makes a new one for changed content', () => {
    let n = 0;
    const newKey = () => `sleutel-${++n}`;
    const first = keyForAttempt(null, { month: '2026-03', amount: '425.00' }, newKey);
    expect(first.key).toBe('sleutel-1');
    expect(keyForAttempt(first, { month: '2026-03', amount: '425.00' }, newKey)).toBe(first);
    expect(keyForAttempt(first, { month: '2026-04', amount: '425.00' }, newKey).key).toBe('sleutel-2');
  });

  it('makes keys the services accept (8–128 letters, digits, . _ : -)', () => {
    const a = keyForAttempt(null, {}).key;
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(keyForAttempt(null, {}).key).not.toBe(a);
  });
});

describe('errorSummary', () => {
  it('lists the form error first, then field errors in field order, labelled and linked by id', () => {
    const ids = { kind: 'plan-soort', plannedOn: 'plan-datum', mode: 'plan-vorm' };
    const labels = { kind: 'Soort contactmoment', plannedOn: 'Datum', mode: 'Vorm' };
    expect(errorSummary('Geen verbinding.', { mode: 'Kies de vorm.', kind: 'Kies de soort.' }, ids, labels)).toEqual([
      { fieldId: null, message: 'Geen verbinding.' },
      { fieldId: 'plan-soort', message: 'Soort contactmoment: Kies de soort.' },
      { fieldId: 'plan-vorm', message: 'Vorm: Kies de vorm.' },
    ]);
    expect(errorSummary(null, {}, ids, labels)).toEqual([]);
  });
});

describe('fieldBinder', () => {
  it("binds a text field's id, label, value, change and error from one place; the change names the field", () => {
    const set = vi.fn();
    const bind = fieldBinder({
      form: { hours: '32', markers: ['A'] },
      ids: { hours: 'plaats-hours', markers: 'plaats-markers-A' },
      labels: { hours: 'Uren per week', markers: 'Inclusief' },
      errors: { hours: 'Vul 1 tot en met 40 uur in.' },
      set,
    });
    const props = bind('hours');
    expect(props).toMatchObject({
      id: 'plaats-hours',
      label: 'Uren per week',
      value: '32',
      error: 'Vul 1 tot en met 40 uur in.',
    });
    props.onChange('36');
    expect(set).toHaveBeenCalledWith('hours', '36');
  });
});
