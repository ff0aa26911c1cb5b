import { describe, expect, it } from 'vitest';
import { combineAllocations, schemeYear } from './allocation-table.ts';

const a = (id: string, name: string, amount: string) => ({ amount, year: 2023, institution: { id, name } });

describe('combineAllocations', () => {
  it('joins both schemes per institution and sorts the Dutch way', () => {
    const rows = combineAllocations(
      [a('zadkine', 'ROC Zadkine', '7300000.00'), a('albeda', 'Albeda College', '6000000.00')],
      [a('alfa', 'Alfa-college', '2800000.00'), a('zadkine', 'ROC Zadkine', '5100000.00')],
    );
    expect(rows.map((r) => r.name)).toEqual(['Albeda College', 'Alfa-college', 'ROC Zadkine']);
    expect(rows[2]).toEqual({
      id: 'zadkine',
      name: 'ROC Zadkine',
      salarismix: '7300000.00',
      carriereperspectief: '5100000.00',
      transition: false,
    });
    // Not in a scheme is not the same as zero: it stays empty.
    expect(rows[1]?.salarismix).toBeNull();
  });

  it('keeps an allocation whose institution placements cannot name now, under its id', () => {
    const rows = combineAllocations(
      [{ amount: '6000000.00', institutionKey: { id: 'albeda-college' }, institution: null }],
      [a('albeda-college', 'Albeda College', '4000000.00')],
    );
    expect(rows).toEqual([
      {
        id: 'albeda-college',
        name: 'Albeda College',
        salarismix: '6000000.00',
        carriereperspectief: '4000000.00',
        transition: false,
      },
    ]);
    const unnamed = combineAllocations(
      [{ amount: '6000000.00', institutionKey: { id: 'albeda-college' }, institution: null }],
      [],
    );
    expect(unnamed).toEqual([
      {
        id: 'albeda-college',
        name: 'albeda-college (naam nu niet beschikbaar)',
        salarismix: '6000000.00',
        carriereperspectief: null,
        transition: false,
      },
    ]);
  });

  it('marks the institutions in the transition of carrièreperspectief', () => {
    const rows = combineAllocations(
      [],
      [{ ...a('zadkine', 'ROC Zadkine', '5100000.00'), transitionRecipient: true }, a('alfa', 'Alfa-college', '1.00')],
    );
    expect(rows.map((r) => [r.id, r.transition])).toEqual([
      ['alfa', false],
      ['zadkine', true],
    ]);
  });

  it('takes the year of a table from its rows', () => {
    expect(schemeYear([a('x', 'X', '1.00')])).toBe(2023);
    expect(schemeYear([])).toBeNull();
  });
});
