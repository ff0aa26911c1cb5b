import { parseEuroInput } from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import type { IntroWeekStatus, StudentSportAccess } from '../graphql/generated/graphql.ts';

/** What the municipality's forms send, checked in the browser first; the server checks again and names the field. */

export type WeekField = 'status' | 'organiser' | 'participants' | 'note';
export interface WeekForm {
  status: string;
  organiser: string;
  participants: string;
  note: string;
}
export interface WeekInput {
  status: IntroWeekStatus;
  organiser: string | null;
  participants: number | null;
  note: string | null;
}

export function introWeekFromForm(form: WeekForm): FormResult<WeekInput, WeekField> {
  const errors: Partial<Record<WeekField, string>> = {};
  if (!form.status) errors.status = 'Kies de stand van de introductieweek.';
  const participants = form.participants.trim();
  if (participants && !/^\d{1,6}$/.test(participants)) {
    errors.participants = 'Vul het aantal deelnemers in als heel getal van 0 of meer.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      status: form.status as IntroWeekStatus,
      organiser: form.organiser.trim() || null,
      participants: participants ? Number(participants) : null,
      note: form.note.trim() || null,
    },
  };
}

export type SportField = 'access' | 'facilities' | 'conditions' | 'openFrom';
export interface SportForm {
  access: string;
  facilities: string;
  conditions: string;
  openFrom: string;
}
export interface SportInput {
  access: StudentSportAccess;
  facilities: string[];
  conditions: string | null;
  openFrom: string | null;
}

/** Facilities one per line; "open vanaf" as a date. */
export function studentSportFromForm(form: SportForm): FormResult<SportInput, SportField> {
  const errors: Partial<Record<SportField, string>> = {};
  if (!form.access) errors.access = 'Kies of de studentensport open is.';
  if (form.openFrom && !/^\d{4}-\d{2}-\d{2}$/.test(form.openFrom)) errors.openFrom = 'Vul de datum in als JJJJ-MM-DD.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      access: form.access as StudentSportAccess,
      facilities: form.facilities
        .split('\n')
        .map((f) => f.trim())
        .filter(Boolean),
      conditions: form.conditions.trim() || null,
      openFrom: form.openFrom || null,
    },
  };
}

export type ContributionField = 'institutionId' | 'amount';
export interface ContributionInput {
  institutionId: string;
  amount: string;
}

/** An institution and an amount in euro ("7.500,00"). */
export function contributionFromForm(form: ContributionInput): FormResult<ContributionInput, ContributionField> {
  const errors: Partial<Record<ContributionField, string>> = {};
  if (!form.institutionId) errors.institutionId = 'Kies de instelling.';
  const amount = parseEuroInput(form.amount);
  if (amount === null) errors.amount = 'Vul een bedrag in euro in, bijvoorbeeld 7.500,00.';
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, input: { institutionId: form.institutionId, amount } };
}
