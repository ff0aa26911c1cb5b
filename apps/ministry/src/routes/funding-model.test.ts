import { describe, expect, it } from 'vitest';
import { centsOf, millions, moneyOf, proRataFromForm, totalsPerRecipient } from './funding-model.ts';

describe('funding screens: money without floats', () => {
  it('turns money texts into cents and back', () => {
    expect(centsOf('142200000.00')).toBe(14_220_000_000n);
    expect(moneyOf(centsOf('141900000.00') - centsOf('142200000.00'))).toBe('-300000.00');
    expect(moneyOf(5n)).toBe('0.05');
    expect(millions('52200000.00')).toBe(52.2);
  });

  it('sums per recipient over the lines that name an amount for it', () => {
    const totals = totalsPerRecipient([
      { id: 'a', name: 'A', recipients: [{ name: 'SBB', amount: '3800000.00' }] },
      {
        id: 'b',
        name: 'B',
        recipients: [
          { name: 'SBB', amount: '4000000.00' },
          { name: 'Gemeenten', amount: null },
        ],
      },
      { id: 'c', name: 'C', recipients: [{ name: 'Albeda College', amount: '7300000.00' }] },
    ]);
    expect(totals).toEqual([
      { name: 'SBB', amount: '7800000.00', lines: 2 },
      { name: 'Albeda College', amount: '7300000.00', lines: 1 },
    ]);
  });

  it('reads a budget the Dutch way and one institution per line', () => {
    expect(
      proRataFromForm({
        budget: '142.200.000,00',
        countDate: '2022-10-01',
        counts: 'roc-zadkine;12000\nalbeda-college, 9000\n',
      }),
    ).toEqual({
      ok: true,
      input: {
        budget: '142200000.00',
        countDate: '2022-10-01',
        counts: [
          { institutionId: 'roc-zadkine', students: 12000 },
          { institutionId: 'albeda-college', students: 9000 },
        ],
      },
    });
    expect(proRataFromForm({ budget: 'veel', countDate: '1-10-2022', counts: 'roc zadkine 12000' })).toMatchObject({
      ok: false,
      errors: { budget: expect.any(String), countDate: expect.any(String), counts: expect.stringMatching(/^Regel 1/) },
    });
  });
});
