import { InputError, moneyToCents } from '@stelsel/graphql-kit';
import { isCalendarDate } from '@stelsel/placements-common';
import type { InclusiveMarker, Pathway } from '../db/types.ts';

/** Capacity of one place: at least one student, at most 500 (our design limit against typing errors). */
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 500;
/** Hours per week of an internship or leerbaan: a full working week is at most 40 hours (Arbeidstijdenwet). */
export const HOURS_MIN = 1;
export const HOURS_MAX = 40;
/** A place starts at most two years ahead and runs at most four years (the longest bbl programme). */
export const START_AHEAD_MAX_DAYS = 2 * 366;
export const PERIOD_MAX_DAYS = 4 * 366;
/** Per month: an allowance or wage above these is a typing error, not an internship (issue 13 §6). */
export const EXPENSE_ALLOWANCE_MAX_CENTS = 2_000_00n;
export const INTERNSHIP_WAGE_MAX_CENTS = 10_000_00n;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const euros = (cents: bigint) => `€ ${(cents / 100n).toLocaleString('nl-NL')}`;

/** A place as the company enters it, after GraphQL parsed the scalars (Crebo, CbsCode, Date, Money). */
export interface PlaceInput {
  title: string;
  description: string;
  pathway: Pathway;
  qualificationCrebo: string;
  level: number;
  capacity: number;
  startsOn: string;
  endsOn: string;
  municipalityCode: string;
  address: string;
  city: string;
  hoursPerWeek: number;
  /** Euro per month, "150.00". */
  expenseAllowance: string;
  internshipWage?: string | null | undefined;
  inclusiveMarkers?: readonly InclusiveMarker[] | null | undefined;
}

/** The checked place, ready for the place table. */
export interface ValidPlace {
  title: string;
  description: string;
  pathway: Pathway;
  qualification_crebo: string;
  level: number;
  capacity: number;
  starts_on: string;
  ends_on: string;
  municipality_code: string;
  address: string;
  city: string;
  hours_per_week: number;
  expense_allowance_cents: bigint;
  internship_wage_cents: bigint | null;
  inclusive_markers: InclusiveMarker[];
}

function text(value: string, field: string, label: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min) {
    throw new InputError(
      min <= 1 ? `Vul ${label} in.` : `${capitalise(label)} moet minstens ${min} tekens hebben.`,
      field,
    );
  }
  if (trimmed.length > max) throw new InputError(`${capitalise(label)} mag hoogstens ${max} tekens hebben.`, field);
  return trimmed;
}

const capitalise = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

function wholeNumber(value: number, field: string, label: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${capitalise(label)} moet een heel getal van ${min} tot en met ${max} zijn.`, field);
  }
  return value;
}

function amount(value: string, field: string, label: string, max: bigint): bigint {
  let cents: bigint;
  try {
    cents = moneyToCents(value);
  } catch {
    throw new InputError(`${capitalise(label)} is geen geldig bedrag: gebruik bijvoorbeeld "150.00".`, field);
  }
  if (cents < 0n) throw new InputError(`${capitalise(label)} mag niet negatief zijn.`, field);
  if (cents > max) throw new InputError(`${capitalise(label)} is hoogstens ${euros(max)} per maand.`, field);
  return cents;
}

/**
 * Checks every field of a place; throws an InputError naming the first field that is wrong.
 * `keptStartsOn` is the start of the place being edited: an existing start may lie in the past,
 * a new one may not.
 */
export function validatePlace(input: PlaceInput, today: string, keptStartsOn: string | null = null): ValidPlace {
  const title = text(input.title, 'title', 'de titel', 3, 120);
  const description = text(input.description, 'description', 'de beschrijving', 1, 4000);
  const level = wholeNumber(input.level, 'level', 'het niveau', 1, 4);
  const capacity = wholeNumber(input.capacity, 'capacity', 'de capaciteit', CAPACITY_MIN, CAPACITY_MAX);
  if (!isCalendarDate(input.startsOn)) throw new InputError('De begindatum bestaat niet.', 'startsOn');
  if (!isCalendarDate(input.endsOn)) throw new InputError('De einddatum bestaat niet.', 'endsOn');
  if (input.startsOn < today && input.startsOn !== keptStartsOn) {
    throw new InputError('De begindatum mag niet in het verleden liggen.', 'startsOn');
  }
  // A period's end is after its start — issue 4, rules that must hold.
  if (input.endsOn <= input.startsOn) throw new InputError('De einddatum moet na de begindatum liggen.', 'endsOn');
  if (daysBetween(today, input.startsOn) > START_AHEAD_MAX_DAYS && input.startsOn !== keptStartsOn) {
    throw new InputError('De begindatum ligt te ver vooruit: hoogstens twee jaar vanaf vandaag.', 'startsOn');
  }
  if (daysBetween(input.startsOn, input.endsOn) > PERIOD_MAX_DAYS) {
    throw new InputError('De periode is te lang: een plaats loopt hoogstens vier jaar.', 'endsOn');
  }
  const address = text(input.address, 'address', 'het adres', 3, 200);
  const city = text(input.city, 'city', 'de plaatsnaam', 2, 100);
  const hours = wholeNumber(input.hoursPerWeek, 'hoursPerWeek', 'het aantal uren per week', HOURS_MIN, HOURS_MAX);
  const expense = amount(
    input.expenseAllowance,
    'expenseAllowance',
    'de onkostenvergoeding',
    EXPENSE_ALLOWANCE_MAX_CENTS,
  );
  const wage =
    input.internshipWage === null || input.internshipWage === undefined
      ? null
      : amount(input.internshipWage, 'internshipWage', 'de stagevergoeding', INTERNSHIP_WAGE_MAX_CENTS);
  return {
    title,
    description,
    pathway: input.pathway,
    qualification_crebo: input.qualificationCrebo,
    level,
    capacity,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    municipality_code: input.municipalityCode,
    address,
    city,
    hours_per_week: hours,
    expense_allowance_cents: expense,
    internship_wage_cents: wage,
    inclusive_markers: [...new Set(input.inclusiveMarkers ?? [])].sort(),
  };
}

/** A closing reason is recorded, so the company and SBB can see later why a place closed. */
export function validateCloseReason(reason: string): string {
  return text(reason, 'reason', 'de reden', 3, 500);
}
