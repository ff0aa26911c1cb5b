import { createOnce, InputError, moneyToCents, NotFoundError } from '@stelsel/graphql-kit';
import { type IntroWeekStatus, readInstitutions, type StudentSportAccess } from '@stelsel/reference-data';
import {
  deleteContribution,
  lockIntroWeek,
  lockStudentSport,
  upsertContribution,
  upsertIntroWeek,
  upsertStudentSport,
} from '../db/city-measures.ts';
import { findMunicipalitiesByCodes } from '../db/municipalities.ts';
import { dutchToday } from '../domain/calendar-day.ts';
import { contributionProblem, editableYearProblem, participantsProblem } from '../domain/city-measures.ts';
import type { Actor, Trx } from './owner.ts';

/** Optional text: trimmed, empty becomes null, too long is refused on its field. */
function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const clean = (value ?? '').trim();
  if (clean.length > max) throw new InputError(`Dit veld mag hoogstens ${max} tekens hebben.`, field);
  return clean.length === 0 ? null : clean;
}

function checkYear(year: number, today: string) {
  const problem = editableYearProblem(year, today);
  if (problem) throw new InputError(problem, 'year');
}

async function requireMunicipality(trx: Trx, code: string) {
  const [municipality] = await findMunicipalitiesByCodes(trx, [code]);
  if (!municipality) throw new NotFoundError('Deze gemeente is bij ons niet bekend.', 'municipalityCode');
}

/** A record taken from a published source is history with its source: nobody overwrites it. */
function keepSourced(row: { source: string | null } | undefined) {
  if (row?.source) {
    throw new InputError(
      `Dit jaar komt uit een gepubliceerde bron (${row.source}) en blijft zoals de bron het zegt.`,
      'year',
    );
  }
}

const ownCity = (code: string) => ({ organisation: { municipality: code } });

export interface IntroWeekInput {
  municipalityCode: string;
  year: number;
  status: IntroWeekStatus;
  organiser?: string | null;
  participants?: number | null;
  note?: string | null;
  idempotencyKey: string;
}

/** A municipality records and publishes its own city's intro week for a year (issue 12). */
export async function recordIntroWeek(trx: Trx, actor: Actor, input: IntroWeekInput): Promise<string> {
  await actor.requireOwner(
    ownCity(input.municipalityCode),
    'Een gemeente legt alleen de introductieweek van de eigen stad vast.',
    'municipalityCode',
  );
  return createOnce(
    trx,
    { scope: 'recordIntroWeek', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      checkYear(input.year, dutchToday());
      await requireMunicipality(trx, input.municipalityCode);
      const problem = participantsProblem(input.participants ?? null);
      if (problem) throw new InputError(problem, 'participants');
      keepSourced(await lockIntroWeek(trx, input.municipalityCode, input.year));
      await upsertIntroWeek(trx, {
        municipality_code: input.municipalityCode,
        year: input.year,
        status: input.status,
        organiser: optionalText(input.organiser, 'organiser', 200),
        participants: input.participants ?? null,
        note: optionalText(input.note, 'note', 1000),
        recorded_by: actor.caller.subject,
      });
      return `${input.municipalityCode}:${input.year}`;
    },
  );
}

export interface StudentSportInput {
  municipalityCode: string;
  year: number;
  access: StudentSportAccess;
  facilities: string[];
  conditions?: string | null;
  openFrom?: string | null;
  note?: string | null;
  idempotencyKey: string;
}

/** A municipality records whether mbo students can use student sport in its city in a year, and on what terms. */
export async function recordStudentSport(trx: Trx, actor: Actor, input: StudentSportInput): Promise<string> {
  await actor.requireOwner(
    ownCity(input.municipalityCode),
    'Een gemeente legt alleen de studentensport van de eigen stad vast.',
    'municipalityCode',
  );
  return createOnce(
    trx,
    { scope: 'recordStudentSport', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      checkYear(input.year, dutchToday());
      await requireMunicipality(trx, input.municipalityCode);
      const facilities = input.facilities.map((f) => f.trim()).filter((f) => f.length > 0);
      if (facilities.length > 20) throw new InputError('Noem hoogstens 20 voorzieningen.', 'facilities');
      if (facilities.some((f) => f.length > 200)) {
        throw new InputError('Een voorziening mag hoogstens 200 tekens hebben.', 'facilities');
      }
      if (input.access !== 'NOT_OPEN' && facilities.length === 0) {
        throw new InputError('Noem ten minste één voorziening die open is voor mbo-studenten.', 'facilities');
      }
      const openFrom = input.openFrom ?? null;
      if (openFrom !== null) {
        if (Number(openFrom.slice(0, 4)) > input.year) {
          throw new InputError(`De datum “open vanaf” moet uiterlijk in ${input.year} liggen.`, 'openFrom');
        }
      }
      if (input.access === 'NOT_OPEN' && openFrom !== null) {
        throw new InputError('Een datum “open vanaf” hoort alleen bij open of een pilot.', 'openFrom');
      }
      keepSourced(await lockStudentSport(trx, input.municipalityCode, input.year));
      await upsertStudentSport(trx, {
        municipality_code: input.municipalityCode,
        year: input.year,
        access: input.access,
        facilities,
        conditions: optionalText(input.conditions, 'conditions', 1000),
        open_from: openFrom,
        note: optionalText(input.note, 'note', 1000),
        recorded_by: actor.caller.subject,
      });
      return `${input.municipalityCode}:${input.year}`;
    },
  );
}

export interface ContributionInput {
  municipalityCode: string;
  year: number;
  institutionId: string;
  amount: string;
  idempotencyKey: string;
}

let institutionIds: Set<string> | null = null;

/** The 57 institutions of the published allocation table (reference data, read once). */
function requireInstitution(institutionId: string) {
  institutionIds ??= new Set(readInstitutions().map((i) => i.id));
  if (!institutionIds.has(institutionId)) {
    throw new NotFoundError('Deze instelling is bij ons niet bekend.', 'institutionId');
  }
}

/** Who may record an institution's contribution to a city's week: the institution itself, or that city. */
const contributionOwners = (input: { municipalityCode: string; institutionId: string }) => ({
  organisation: { institution: input.institutionId, municipality: input.municipalityCode },
});

/**
 * An institution's financial contribution to a city's intro week (seeds/001_…txt 1125–1127), recorded by the
 * institution or by the city; a second record for the same city, year and institution replaces the amount.
 */
export async function recordContribution(trx: Trx, actor: Actor, input: ContributionInput): Promise<string> {
  await actor.requireOwner(
    contributionOwners(input),
    'Alleen de instelling zelf of de gemeente van de introductieweek legt deze bijdrage vast.',
    'institutionId',
  );
  return createOnce(
    trx,
    { scope: 'recordIntroWeekContribution', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      checkYear(input.year, dutchToday());
      await requireMunicipality(trx, input.municipalityCode);
      requireInstitution(input.institutionId);
      const cents = moneyToCents(input.amount);
      const problem = contributionProblem(cents);
      if (problem) throw new InputError(problem, 'amount');
      await upsertContribution(trx, {
        municipality_code: input.municipalityCode,
        year: input.year,
        institution_id: input.institutionId,
        amount_cents: cents,
        recorded_by: actor.caller.subject,
      });
      return `${input.municipalityCode}:${input.year}`;
    },
  );
}

/** Takes back a contribution recorded by mistake; the same people who may record it. */
export async function withdrawContribution(
  trx: Trx,
  actor: Actor,
  input: { municipalityCode: string; year: number; institutionId: string },
): Promise<string> {
  await actor.requireOwner(
    contributionOwners(input),
    'Alleen de instelling zelf of de gemeente van de introductieweek trekt deze bijdrage in.',
    'institutionId',
  );
  checkYear(input.year, dutchToday());
  const removed = await deleteContribution(trx, {
    code: input.municipalityCode,
    year: input.year,
    institutionId: input.institutionId,
  });
  if (!removed)
    throw new NotFoundError('Voor deze instelling is in dat jaar geen bijdrage vastgelegd.', 'institutionId');
  return `${input.municipalityCode}:${input.year}`;
}
