import { type AgreementContent, guardianRequiredOn, isCalendarDate } from '@stelsel/placements-common';
import { euroInputFromMoney, parseEuroInput } from '@stelsel/ui/money';
import type { AgreementInput } from '../graphql/generated/graphql.ts';

/** What the form for a praktijkovereenkomst holds: every field of its content as text typed, parsed only on submit. */
export type AgreementFormState = { [Field in keyof Required<AgreementContent>]: string };

export type AgreementField = keyof AgreementFormState;

/** The labels of the fields, also used in the error summary. */
export const AGREEMENT_FIELD_LABELS: Record<AgreementField, string> = {
  startsOn: 'Begindatum',
  endsOn: 'Einddatum',
  hoursPerWeek: 'Uren per week',
  practicalTrainerName: 'Naam praktijkopleider',
  practicalTrainerEmail: 'E-mailadres praktijkopleider',
  workProcesses: 'Werkprocessen',
  assessment: 'Beoordeling',
  dissolutionTerms: 'Ontbindingsvoorwaarden',
  supervisionFrequency: 'Frequentie van begeleiding',
  expenseAllowance: 'Onkostenvergoeding per maand (euro)',
  internshipWage: 'Stagevergoeding of loon per maand (euro)',
  guardianName: 'Naam ouder of voogd',
};

export const AGREEMENT_FIELDS = Object.keys(AGREEMENT_FIELD_LABELS) as AgreementField[];

export const EMPTY_AGREEMENT_FORM: AgreementFormState = {
  startsOn: '',
  endsOn: '',
  hoursPerWeek: '',
  practicalTrainerName: '',
  practicalTrainerEmail: '',
  workProcesses: '',
  assessment: '',
  dissolutionTerms: '',
  supervisionFrequency: '',
  expenseAllowance: '',
  internshipWage: '',
  guardianName: '',
};

/** What the place already says: the period, the hours and the allowances the company offered. */
export interface PlaceTerms {
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  expenseAllowance: string;
  internshipWage?: string | null;
}

/** A new agreement starts from the place's period, hours and allowances; the rest is typed. */
export function formFromPlace(place: PlaceTerms): AgreementFormState {
  return {
    ...EMPTY_AGREEMENT_FORM,
    startsOn: place.startsOn,
    endsOn: place.endsOn,
    hoursPerWeek: String(place.hoursPerWeek),
    expenseAllowance: euroInputFromMoney(place.expenseAllowance),
    internshipWage: place.internshipWage ? euroInputFromMoney(place.internshipWage) : '',
  };
}

/** The content of an existing agreement, to change it. */
export interface AgreementTerms extends PlaceTerms {
  practicalTrainerName: string;
  practicalTrainerEmail: string;
  workProcesses: string;
  assessment: string;
  dissolutionTerms: string;
  supervisionFrequency: string;
  guardianName?: string | null;
}

export function formFromAgreement(agreement: AgreementTerms): AgreementFormState {
  return {
    ...formFromPlace(agreement),
    practicalTrainerName: agreement.practicalTrainerName,
    practicalTrainerEmail: agreement.practicalTrainerEmail,
    workProcesses: agreement.workProcesses,
    assessment: agreement.assessment,
    dissolutionTerms: agreement.dissolutionTerms,
    supervisionFrequency: agreement.supervisionFrequency,
    guardianName: agreement.guardianName ?? '',
  };
}

export type AgreementFormResult =
  | { ok: true; input: AgreementInput }
  | { ok: false; errors: Partial<Record<AgreementField, string>> };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Checks what the form can check (filled in, numbers, amounts, dates in order) and builds the input;
 * the gateway checks every rule again (lengths, dates, the guardian) and answers per field.
 */
export function agreementInputFromForm(
  form: AgreementFormState,
  student: { dateOfBirth?: string | null },
): AgreementFormResult {
  const errors: Partial<Record<AgreementField, string>> = {};
  const startsOn = form.startsOn.trim();
  const endsOn = form.endsOn.trim();
  if (startsOn === '') errors.startsOn = 'Vul de begindatum in.';
  else if (!isCalendarDate(startsOn)) errors.startsOn = 'Vul een bestaande begindatum in, bijvoorbeeld 2027-02-01.';
  if (endsOn === '') errors.endsOn = 'Vul de einddatum in.';
  else if (!isCalendarDate(endsOn)) errors.endsOn = 'Vul een bestaande einddatum in, bijvoorbeeld 2027-06-30.';
  else if (!errors.startsOn && endsOn <= startsOn) errors.endsOn = 'De einddatum moet na de begindatum liggen.';

  const hoursText = form.hoursPerWeek.trim();
  const hours = /^\d{1,2}$/.test(hoursText) ? Number(hoursText) : null;
  if (hours === null || hours < 1 || hours > 40) {
    errors.hoursPerWeek = 'Vul het aantal uren per week in als heel getal van 1 tot en met 40.';
  }

  const required: [AgreementField, string][] = [
    ['practicalTrainerName', 'Vul de naam van de praktijkopleider in.'],
    ['workProcesses', 'Beschrijf de werkprocessen die de student uitvoert.'],
    ['assessment', 'Beschrijf hoe de student wordt beoordeeld.'],
    ['dissolutionTerms', 'Vul de ontbindingsvoorwaarden in.'],
    ['supervisionFrequency', 'Vul in hoe vaak de student wordt begeleid, bijvoorbeeld elke twee weken een gesprek.'],
  ];
  for (const [field, message] of required) if (form[field].trim() === '') errors[field] = message;

  const email = form.practicalTrainerEmail.trim();
  if (email === '') errors.practicalTrainerEmail = 'Vul het e-mailadres van de praktijkopleider in.';
  else if (!EMAIL.test(email)) {
    errors.practicalTrainerEmail = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@leerbedrijf.nl.';
  }

  const expense = parseEuroInput(form.expenseAllowance);
  if (expense === null) errors.expenseAllowance = 'Vul de onkostenvergoeding in euro in, bijvoorbeeld 350,00.';
  const wageText = form.internshipWage.trim();
  const wage = wageText === '' ? null : parseEuroInput(wageText);
  if (wageText !== '' && wage === null) {
    errors.internshipWage = 'Vul de stagevergoeding in euro in, bijvoorbeeld 450,00, of laat het veld leeg.';
  }

  const guardianName = form.guardianName.trim();
  if (guardianRequiredOn(student.dateOfBirth, startsOn) === true && guardianName === '') {
    errors.guardianName =
      'De student is op de begindatum jonger dan 18: vul de naam in van de ouder of voogd die meetekent.';
  }

  if (Object.keys(errors).length > 0 || hours === null || expense === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      startsOn,
      endsOn,
      hoursPerWeek: hours,
      practicalTrainerName: form.practicalTrainerName.trim(),
      practicalTrainerEmail: email,
      workProcesses: form.workProcesses.trim(),
      assessment: form.assessment.trim(),
      dissolutionTerms: form.dissolutionTerms.trim(),
      supervisionFrequency: form.supervisionFrequency.trim(),
      expenseAllowance: expense,
      internshipWage: wage,
      // The server keeps the name only when a guardian signs (data minimisation).
      guardianName: guardianName === '' ? null : guardianName,
    },
  };
}

/** The form field a server error is about: `input.startsOn` → `startsOn`; null for the form as a whole. */
export function agreementFieldOf(field: string | null | undefined): AgreementField | null {
  if (!field) return null;
  const name = field.startsWith('input.') ? field.slice('input.'.length) : field;
  return (AGREEMENT_FIELDS as string[]).includes(name) ? (name as AgreementField) : null;
}
