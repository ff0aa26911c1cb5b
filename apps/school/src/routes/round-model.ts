import { formatDate } from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import type { MatchingRoundQuery, RoundPlaceFragment } from '../graphql/generated/graphql.ts';
import { ACCESSIBLE_MARKER } from './students.ts';

/** The matching round as the round page shows it, and the labels its parts share. */
export type Round = NonNullable<MatchingRoundQuery['matchingRound']>;
export type RoundStudent = Round['students'][number];
export type Result = Round['results'][number];

export function placeLabel(p: RoundPlaceFragment): string {
  const accessible = p.inclusiveMarkers.includes(ACCESSIBLE_MARKER) ? ', toegankelijk' : '';
  return `${p.title} — ${p.company.name}, ${p.city} (${formatDate(p.startsOn)} tot en met ${formatDate(p.endsOn)}${accessible})`;
}

export function studentName(s: { givenName: string; familyName: string }): string {
  return `${s.givenName} ${s.familyName}`;
}

/** Links to place pages keep the app's own navigation (no reload). */
export interface RoundNav {
  basePath: string;
  navigate: (href: string) => void;
}

/** The address of a place page under the app's base path. */
export const placeHref = (basePath: string, placeId: string): string =>
  `${basePath}/plaatsen/${encodeURIComponent(placeId)}`;

/** Empty choice fields shown at first, so there is room to rank without pressing "add". */
export const MIN_SLOTS = 3;

/**
 * The saved choices as the form's fields: at least MIN_SLOTS, at most the round's `maxChoices` (the back
 * end's limit, read from the API, so the school offers exactly what the student app offers).
 */
export function initialSlots(saved: ReadonlyArray<{ id: string }>, maxChoices: number): string[] {
  const length = Math.min(maxChoices, Math.max(MIN_SLOTS, saved.length));
  return Array.from({ length }, (_, i) => saved[i]?.id ?? '');
}

/** The form field a back-end error names: `placeIds.<n>` is the (n+1)-th choice, `placeIds` the first. */
export function choiceFieldId(prefix: string, field: string | null | undefined): string | null {
  if (field === 'requestsAccessiblePlace') return `${prefix}-toegankelijk`;
  if (field === 'placeIds') return `${prefix}-1`;
  const slot = /^placeIds\.(\d+)$/.exec(field ?? '');
  return slot ? `${prefix}-${Number(slot[1]) + 1}` : null;
}

export type NewRoundField = 'name' | 'periodStart' | 'periodEnd' | 'studentIds';
export const NEW_ROUND_IDS: Record<NewRoundField, string> = {
  name: 'ronde-naam',
  periodStart: 'ronde-begin',
  periodEnd: 'ronde-einde',
  studentIds: 'ronde-studenten',
};
export const NEW_ROUND_LABELS: Record<NewRoundField, string> = {
  name: 'Naam van de ronde',
  periodStart: 'Begin van de periode',
  periodEnd: 'Einde van de periode',
  studentIds: 'Studenten',
};

/** A new round: a name, a period whose end follows its start, and at least one student. */
export function newRoundFromForm(form: {
  name: string;
  periodStart: string;
  periodEnd: string;
  studentIds: readonly string[];
}): FormResult<{ name: string; periodStart: string; periodEnd: string; studentIds: string[] }, NewRoundField> {
  const errors: Partial<Record<NewRoundField, string>> = {};
  if (form.name.trim() === '') errors.name = 'Geef de ronde een naam.';
  if (form.periodStart === '') errors.periodStart = 'Vul het begin van de periode in.';
  if (form.periodEnd === '' || form.periodEnd <= form.periodStart) {
    errors.periodEnd = 'Het einde van de periode moet na het begin liggen.';
  }
  if (form.studentIds.length === 0) errors.studentIds = 'Kies minstens één student voor de ronde.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: form.name.trim(),
      periodStart: form.periodStart,
      periodEnd: form.periodEnd,
      studentIds: [...form.studentIds],
    },
  };
}
