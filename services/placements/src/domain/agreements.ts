import { InputError, moneyToCents } from '@stelsel/graphql-kit';
import {
  type AgreementContent,
  isCalendarDate,
  guardianRequired as isGuardianRequired,
} from '@stelsel/placements-common';

/** An agreement's period: at most two years (our design limit against typing errors; a bbl leerbaan can last that long). */
export const MAX_AGREEMENT_DAYS = 2 * 366;
/** A start more than a year back is a typing error, not an agreement being drawn up now (our design limit). */
export const MAX_START_DAYS_BACK = 365;
/** Hours per week: a full working week is at most 40 hours (Arbeidstijdenwet). */
export const HOURS_MIN = 1;
export const HOURS_MAX = 40;

/** The POK content as the institution enters it (DOMAIN.md §1), after GraphQL parsed the scalars. */
export type AgreementInput = AgreementContent;

export interface ValidAgreement {
  starts_on: string;
  ends_on: string;
  hours_per_week: number;
  trainer_name: string;
  trainer_email: string;
  work_processes: string;
  assessment: string;
  dissolution_terms: string;
  supervision_frequency: string;
  expense_allowance_cents: bigint;
  internship_wage_cents: bigint | null;
  guardian_required: boolean;
  guardian_name: string | null;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

function text(value: string, field: string, label: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min) throw new InputError(`${label} moet minstens ${min} tekens hebben.`, field);
  if (trimmed.length > max) throw new InputError(`${label} mag hoogstens ${max} tekens hebben.`, field);
  return trimmed;
}

function amount(value: string, field: string, label: string): bigint {
  let cents: bigint;
  try {
    cents = moneyToCents(value);
  } catch {
    throw new InputError(`${label} is geen geldig bedrag; gebruik bijvoorbeeld "250.00".`, field);
  }
  // An allowance is paid to the student, never charged: 0 or more.
  if (cents < 0n) throw new InputError(`${label} mag niet negatief zijn.`, field);
  return cents;
}

/** Checks the POK content; `today` and the student's date of birth decide the dates and the guardian. */
export function validateAgreement(input: AgreementInput, today: string, dateOfBirth: string): ValidAgreement {
  const p = 'input.';
  if (!isCalendarDate(input.startsOn)) throw new InputError('De begindatum is geen geldige datum.', `${p}startsOn`);
  if (!isCalendarDate(input.endsOn)) throw new InputError('De einddatum is geen geldige datum.', `${p}endsOn`);
  // A start long past is a typing error (our design limit).
  if (dayNumber(input.startsOn) < dayNumber(today) - MAX_START_DAYS_BACK) {
    throw new InputError('De begindatum ligt meer dan een jaar in het verleden.', `${p}startsOn`);
  }
  // The end comes after the start — issue 4 (a period's end is after its start).
  if (input.endsOn <= input.startsOn) throw new InputError('De einddatum moet na de begindatum liggen.', `${p}endsOn`);
  // At most two years (our design limit).
  if (dayNumber(input.endsOn) - dayNumber(input.startsOn) > MAX_AGREEMENT_DAYS) {
    throw new InputError('Een praktijkovereenkomst duurt hoogstens twee jaar.', `${p}endsOn`);
  }
  if (!Number.isInteger(input.hoursPerWeek) || input.hoursPerWeek < HOURS_MIN || input.hoursPerWeek > HOURS_MAX) {
    throw new InputError(
      `Het aantal uren per week moet een heel getal van ${HOURS_MIN} tot en met ${HOURS_MAX} zijn.`,
      `${p}hoursPerWeek`,
    );
  }
  const email = input.practicalTrainerEmail.trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254) {
    throw new InputError('Het e-mailadres van de praktijkopleider is niet geldig.', `${p}practicalTrainerEmail`);
  }
  // Under 18 on the start date: a parent or guardian signs too, so the draft names them — DOMAIN.md §1.
  const guardianRequired = isGuardianRequired(dateOfBirth, input.startsOn);
  const guardianName = input.guardianName?.trim() || null;
  if (guardianRequired && !guardianName) {
    throw new InputError(
      'De student is op de begindatum jonger dan 18: vul de naam van de ouder of voogd in die meetekent.',
      `${p}guardianName`,
    );
  }
  return {
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    hours_per_week: input.hoursPerWeek,
    trainer_name: text(
      input.practicalTrainerName,
      `${p}practicalTrainerName`,
      'De naam van de praktijkopleider',
      2,
      120,
    ),
    trainer_email: email,
    work_processes: text(input.workProcesses, `${p}workProcesses`, 'De werkprocessen', 10, 4000),
    assessment: text(input.assessment, `${p}assessment`, 'De beoordeling', 10, 4000),
    dissolution_terms: text(input.dissolutionTerms, `${p}dissolutionTerms`, 'De ontbindingsvoorwaarden', 10, 4000),
    supervision_frequency: text(
      input.supervisionFrequency,
      `${p}supervisionFrequency`,
      'De frequentie van de begeleiding',
      3,
      500,
    ),
    expense_allowance_cents: amount(input.expenseAllowance, `${p}expenseAllowance`, 'De onkostenvergoeding'),
    internship_wage_cents:
      input.internshipWage == null ? null : amount(input.internshipWage, `${p}internshipWage`, 'De stagevergoeding'),
    guardian_required: guardianRequired,
    // A guardian's name is kept only when a guardian signs (data minimisation).
    guardian_name: guardianRequired
      ? text(guardianName ?? '', `${p}guardianName`, 'De naam van de ouder of voogd', 2, 120)
      : null,
  };
}
