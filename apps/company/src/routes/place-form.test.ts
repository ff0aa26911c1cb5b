import { describe, expect, it } from 'vitest';
import { EMPTY_PLACE_FORM, placeInputFromForm } from './place-form.ts';

const filled = {
  ...EMPTY_PLACE_FORM,
  title: 'Stage verpleegafdeling',
  description: 'Meelopen op de afdeling.',
  pathway: 'BOL' as const,
  qualificationCrebo: '25491',
  level: '3',
  capacity: '2',
  startsOn: '2027-02-01',
  endsOn: '2027-06-30',
  municipalityCode: '0599',
  address: 'Maasboulevard 100',
  city: 'Rotterdam',
  hoursPerWeek: '32',
  expenseAllowance: '350,00',
  internshipWage: '1.250,5',
  inclusiveMarkers: ['ACCESSIBLE_WORKPLACE' as const],
};

describe('placeInputFromForm', () => {
  it('sends amounts as exact Money text', () => {
    const result = placeInputFromForm(filled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.expenseAllowance).toBe('350.00');
    expect(result.input.internshipWage).toBe('1250.50');
    expect(result.input.capacity).toBe(2);
    expect(result.input.inclusiveMarkers).toEqual(['ACCESSIBLE_WORKPLACE']);
  });

  it('sends no wage when the field is empty', () => {
    const result = placeInputFromForm({ ...filled, internshipWage: '' });
    expect(result.ok && result.input.internshipWage).toBeNull();
  });

  it('names each field that is wrong, in Dutch', () => {
    const result = placeInputFromForm({ ...filled, expenseAllowance: '35o', endsOn: '2027-01-01', title: ' ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['endsOn', 'expenseAllowance', 'title']);
    expect(result.errors.expenseAllowance).toContain('350,00');
  });
});
