import { describe, expect, it } from 'vitest';
import {
  agreementFieldOf,
  agreementInputFromForm,
  EMPTY_AGREEMENT_FORM,
  formFromAgreement,
  formFromPlace,
} from './agreement-form.ts';

const place = {
  startsOn: '2027-02-01',
  endsOn: '2027-06-30',
  hoursPerWeek: 32,
  expenseAllowance: '350.00',
  internshipWage: '1250.50',
};

const filled = {
  ...formFromPlace(place),
  practicalTrainerName: ' Marieke de Vries ',
  practicalTrainerEmail: 'marieke@maasstad.example',
  workProcesses: 'Werkt mee in de dagelijkse zorg.',
  assessment: 'Beoordeling door praktijkopleider en stagebegeleider.',
  dissolutionTerms: 'Ontbinding na overleg tussen de drie partijen.',
  supervisionFrequency: 'Elke twee weken een gesprek',
};

const adult = { dateOfBirth: '2004-03-05' };
const minor = { dateOfBirth: '2010-10-12' };

describe('formFromPlace', () => {
  it('prefills period, hours and allowances from the place, amounts written the Dutch way', () => {
    const form = formFromPlace(place);
    expect(form.startsOn).toBe('2027-02-01');
    expect(form.endsOn).toBe('2027-06-30');
    expect(form.hoursPerWeek).toBe('32');
    expect(form.expenseAllowance).toBe('350,00');
    expect(form.internshipWage).toBe('1250,50');
    expect(form.practicalTrainerName).toBe('');
  });

  it('leaves the wage empty when the place has none', () => {
    expect(formFromPlace({ ...place, internshipWage: null }).internshipWage).toBe('');
  });
});

describe('agreementInputFromForm', () => {
  it('turns the form into AgreementInput: trimmed text, whole hours, exact Money text', () => {
    const result = agreementInputFromForm(filled, adult);
    expect(result).toEqual({
      ok: true,
      input: {
        startsOn: '2027-02-01',
        endsOn: '2027-06-30',
        hoursPerWeek: 32,
        practicalTrainerName: 'Marieke de Vries',
        practicalTrainerEmail: 'marieke@maasstad.example',
        workProcesses: 'Werkt mee in de dagelijkse zorg.',
        assessment: 'Beoordeling door praktijkopleider en stagebegeleider.',
        dissolutionTerms: 'Ontbinding na overleg tussen de drie partijen.',
        supervisionFrequency: 'Elke twee weken een gesprek',
        expenseAllowance: '350.00',
        internshipWage: '1250.50',
        guardianName: null,
      },
    });
  });

  it('names every empty required field, in Dutch, and sends nothing', () => {
    const result = agreementInputFromForm(EMPTY_AGREEMENT_FORM, adult);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'assessment',
        'dissolutionTerms',
        'endsOn',
        'expenseAllowance',
        'hoursPerWeek',
        'practicalTrainerEmail',
        'practicalTrainerName',
        'startsOn',
        'supervisionFrequency',
        'workProcesses',
      ].sort(),
    );
    expect(result.errors.startsOn).toBe('Vul de begindatum in.');
  });

  it('refuses an end on or before the start, a date that does not exist and hours outside 1–40', () => {
    const result = agreementInputFromForm({ ...filled, endsOn: '2027-02-01', hoursPerWeek: '41' }, adult);
    expect(result.ok || result.errors).toMatchObject({
      endsOn: 'De einddatum moet na de begindatum liggen.',
      hoursPerWeek: expect.stringContaining('1 tot en met 40'),
    });
    const impossible = agreementInputFromForm({ ...filled, startsOn: '2027-02-30', hoursPerWeek: '0' }, adult);
    expect(impossible.ok || Object.keys(impossible.errors).sort()).toEqual(['hoursPerWeek', 'startsOn']);
    const fraction = agreementInputFromForm({ ...filled, hoursPerWeek: '32,5' }, adult);
    expect(fraction.ok).toBe(false);
  });

  it('checks the e-mail address and the amounts as typed', () => {
    const result = agreementInputFromForm(
      { ...filled, practicalTrainerEmail: 'marieke@', expenseAllowance: '35o', internshipWage: 'geen' },
      adult,
    );
    expect(result.ok || Object.keys(result.errors).sort()).toEqual([
      'expenseAllowance',
      'internshipWage',
      'practicalTrainerEmail',
    ]);
  });

  it('sends no wage when the field is empty', () => {
    const result = agreementInputFromForm({ ...filled, internshipWage: ' ' }, adult);
    expect(result.ok && result.input.internshipWage).toBeNull();
  });

  it('asks the guardian only for a student under 18 on the start date', () => {
    const missing = agreementInputFromForm(filled, minor);
    expect(missing.ok || missing.errors.guardianName).toContain('jonger dan 18');
    const named = agreementInputFromForm({ ...filled, guardianName: ' Ouder van Milan ' }, minor);
    expect(named.ok && named.input.guardianName).toBe('Ouder van Milan');
    // Turning 18 on the start date itself: no guardian.
    expect(agreementInputFromForm({ ...filled, startsOn: '2028-10-12', endsOn: '2029-01-31' }, minor).ok).toBe(true);
  });
});

describe('formFromAgreement', () => {
  it('fills every field from the agreement, to change it', () => {
    const form = formFromAgreement({
      ...place,
      internshipWage: null,
      practicalTrainerName: 'Marieke',
      practicalTrainerEmail: 'm@x.example',
      workProcesses: 'Werkprocessen',
      assessment: 'Beoordeling',
      dissolutionTerms: 'Ontbinding',
      supervisionFrequency: 'Wekelijks',
      guardianName: 'Ouder',
    });
    expect(form).toMatchObject({ internshipWage: '', guardianName: 'Ouder', supervisionFrequency: 'Wekelijks' });
    expect(agreementInputFromForm(form, adult).ok).toBe(true);
  });
});

describe('agreementFieldOf', () => {
  it('maps the server field input.<name> to the form field, anything else to the form as a whole', () => {
    expect(agreementFieldOf('input.guardianName')).toBe('guardianName');
    expect(agreementFieldOf('input.endsOn')).toBe('endsOn');
    expect(agreementFieldOf('placementId')).toBeNull();
    expect(agreementFieldOf('input.unknown')).toBeNull();
    expect(agreementFieldOf(null)).toBeNull();
  });
});
