import { describe, expect, it } from 'vitest';
import { ceilingFromForm, shiftFromForm } from './praktijkleren-model.ts';

describe('praktijkleren forms', () => {
  it('reads a ceiling the Dutch way, with a reason', () => {
    expect(ceilingFromForm({ year: '2027', ceiling: '440.100.000', reason: 'Voorjaarsnota 2027.' })).toEqual({
      ok: true,
      input: { year: 2027, ceiling: '440100000.00', reason: 'Voorjaarsnota 2027.' },
    });
    expect(ceilingFromForm({ year: '', ceiling: '-5', reason: 'kort' })).toMatchObject({
      ok: false,
      errors: { year: expect.any(String), ceiling: expect.any(String), reason: expect.any(String) },
    });
  });

  it('refuses a kasschuif within one year or of nothing', () => {
    expect(shiftFromForm({ fromYear: '2028', toYear: '2028', amount: '0', reason: 'Stabiel bedrag.' })).toMatchObject({
      ok: false,
      errors: { toYear: 'Kies twee verschillende jaren.', amount: expect.any(String) },
    });
    expect(
      shiftFromForm({ fromYear: '2028', toYear: '2026', amount: '10.000.000,00', reason: 'Stabiel bedrag.' }),
    ).toEqual({
      ok: true,
      input: { fromYear: 2028, toYear: 2026, amount: '10000000.00', reason: 'Stabiel bedrag.' },
    });
  });
});
