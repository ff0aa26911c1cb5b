import { parseEuroInput } from '@stelsel/ui/money';
import type {
  InclusiveMarker,
  MyCompanyQuery,
  Pathway,
  PlaceFieldsFragment,
  PlaceInput,
} from '../graphql/generated/graphql.ts';

/** The company as the place pages load it, and one of its places. */
export type Company = NonNullable<MyCompanyQuery['myCompany']>;
export type Place = Company['places'][number];

/** What the place form holds: text as typed, so amounts and numbers are parsed only on submit. */
export interface PlaceFormState {
  title: string;
  description: string;
  pathway: Pathway | '';
  qualificationCrebo: string;
  level: string;
  capacity: string;
  startsOn: string;
  endsOn: string;
  municipalityCode: string;
  address: string;
  city: string;
  hoursPerWeek: string;
  expenseAllowance: string;
  internshipWage: string;
  inclusiveMarkers: InclusiveMarker[];
}

export type PlaceField = keyof PlaceFormState;

export const EMPTY_PLACE_FORM: PlaceFormState = {
  title: '',
  description: '',
  pathway: '',
  qualificationCrebo: '',
  level: '',
  capacity: '1',
  startsOn: '',
  endsOn: '',
  municipalityCode: '',
  address: '',
  city: '',
  hoursPerWeek: '32',
  expenseAllowance: '',
  internshipWage: '',
  inclusiveMarkers: [],
};

/** The form filled in from an existing place, amounts written the Dutch way. */
export function formFromPlace(place: PlaceFieldsFragment): PlaceFormState {
  return {
    title: place.title,
    description: place.description,
    pathway: place.pathway,
    qualificationCrebo: place.qualification.crebo,
    level: String(place.level),
    capacity: String(place.capacity),
    startsOn: place.startsOn,
    endsOn: place.endsOn,
    municipalityCode: place.municipality?.code ?? '',
    address: place.address ?? '', // always there for the company itself; empty only for students
    city: place.city,
    hoursPerWeek: String(place.hoursPerWeek),
    expenseAllowance: place.expenseAllowance.replace('.', ','),
    internshipWage: place.internshipWage ? place.internshipWage.replace('.', ',') : '',
    inclusiveMarkers: [...place.inclusiveMarkers],
  };
}

function wholeNumber(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export type PlaceFormResult =
  | { ok: true; input: PlaceInput }
  | { ok: false; errors: Partial<Record<PlaceField, string>> };

/**
 * Checks what only the form can check (required, numbers, amounts as typed) and builds the input;
 * every rule of the domain is checked again by the gateway, which answers per field.
 */
export function placeInputFromForm(form: PlaceFormState): PlaceFormResult {
  const errors: Partial<Record<PlaceField, string>> = {};
  if (form.title.trim() === '') errors.title = 'Vul een titel in.';
  if (form.description.trim() === '') errors.description = 'Beschrijf wat de student er doet en leert.';
  if (form.pathway === '') errors.pathway = 'Kies bol (stage) of bbl (leerbaan).';
  if (form.qualificationCrebo === '') errors.qualificationCrebo = 'Kies een kwalificatie waarvoor u erkend bent.';
  const level = wholeNumber(form.level);
  if (level === null) errors.level = 'Kies het niveau.';
  const capacity = wholeNumber(form.capacity);
  if (capacity === null) errors.capacity = 'Vul het aantal studenten in als heel getal, bijvoorbeeld 2.';
  if (form.startsOn === '') errors.startsOn = 'Vul de begindatum in.';
  if (form.endsOn === '') errors.endsOn = 'Vul de einddatum in.';
  else if (form.startsOn !== '' && form.endsOn <= form.startsOn)
    errors.endsOn = 'De einddatum moet na de begindatum liggen.';
  if (!/^\d{4}$/.test(form.municipalityCode.trim())) {
    errors.municipalityCode = 'Vul de CBS-gemeentecode in: 4 cijfers, bijvoorbeeld 0599 voor Rotterdam.';
  }
  if (form.address.trim() === '') errors.address = 'Vul het adres van de werkplek in.';
  if (form.city.trim() === '') errors.city = 'Vul de plaats van de werkplek in.';
  const hours = wholeNumber(form.hoursPerWeek);
  if (hours === null) errors.hoursPerWeek = 'Vul het aantal uren per week in als heel getal.';
  const expense = parseEuroInput(form.expenseAllowance);
  if (expense === null) errors.expenseAllowance = 'Vul de onkostenvergoeding in euro in, bijvoorbeeld 350,00.';
  const wageText = form.internshipWage.trim();
  const wage = wageText === '' ? null : parseEuroInput(wageText);
  if (wageText !== '' && wage === null) {
    errors.internshipWage = 'Vul de stagevergoeding in euro in, bijvoorbeeld 450,00, of laat het veld leeg.';
  }
  if (Object.keys(errors).length > 0 || form.pathway === '' || level === null || capacity === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      title: form.title.trim(),
      description: form.description.trim(),
      pathway: form.pathway,
      qualificationCrebo: form.qualificationCrebo,
      level,
      capacity,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      municipalityCode: form.municipalityCode.trim(),
      address: form.address.trim(),
      city: form.city.trim(),
      hoursPerWeek: hours ?? 0,
      expenseAllowance: expense ?? '0.00',
      internshipWage: wage,
      inclusiveMarkers: form.inclusiveMarkers,
    },
  };
}
