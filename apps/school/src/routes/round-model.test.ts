import { describe, expect, it } from 'vitest';
import { newRoundFromForm } from './round-model.ts';

describe('a new matching round', () => {
  it('asks a name, a period that ends after it starts and at least one student', () => {
    expect(newRoundFromForm({ name: ' ', periodStart: '2027-02-01', periodEnd: '2027-02-01', studentIds: [] })).toEqual(
      {
        ok: false,
        errors: {
          name: 'Geef de ronde een naam.',
          periodEnd: 'Het einde van de periode moet na het begin liggen.',
          studentIds: 'Kies minstens één student voor de ronde.',
        },
      },
    );
    expect(
      newRoundFromForm({
        name: ' Kopgroep zorg ',
        periodStart: '2027-02-01',
        periodEnd: '2028-01-31',
        studentIds: ['s1'],
      }),
    ).toEqual({
      ok: true,
      input: { name: 'Kopgroep zorg', periodStart: '2027-02-01', periodEnd: '2028-01-31', studentIds: ['s1'] },
    });
  });
});
