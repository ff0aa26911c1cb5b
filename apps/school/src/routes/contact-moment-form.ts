import type { ContactMode, ContactMomentExceptionReason, ContactMomentKind } from '../graphql/generated/graphql.ts';
import { isCalendarDate } from './dates.ts';

/** The rule, in one plain sentence (JOB-monitor 2022, Stagepact 2023–2027; DOMAIN.md §1). */
export const CONTACT_MOMENT_RULE =
  'Bij elke stage of leerbaan horen minstens drie contactmomenten tussen school, student en leerbedrijf: een startgesprek, een tussentijds gesprek en een eindgesprek, waarvan minstens één op locatie, tenzij u een uitzondering met reden vastlegt.';

const KIND_ORDER: readonly ContactMomentKind[] = ['START', 'INTERIM', 'FINAL'];

interface MomentLike {
  id: string;
  kind: ContactMomentKind;
  plannedOn: string;
  heldOn?: string | null;
}

/** The first kind (start, interim, final) that has no moment yet: a sensible choice to plan next. */
export function nextKindToPlan(moments: readonly MomentLike[]): ContactMomentKind | '' {
  return KIND_ORDER.find((kind) => !moments.some((m) => m.kind === kind)) ?? '';
}

/** Planned moments that are not recorded as held yet, in the order they were planned for. */
export function openMoments<M extends MomentLike>(moments: readonly M[]): M[] {
  return moments
    .filter((m) => !m.heldOn)
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

export interface PlanFormState {
  kind: ContactMomentKind | '';
  plannedOn: string;
  mode: ContactMode | '';
}

export type PlanField = keyof PlanFormState;

export type PlanFormResult =
  | { ok: true; kind: ContactMomentKind; plannedOn: string; mode: ContactMode }
  | { ok: false; errors: Partial<Record<PlanField, string>> };

/** Planning needs a kind, an existing date and a mode; the server checks the date against the period. */
export function planInputFromForm(form: PlanFormState): PlanFormResult {
  const errors: Partial<Record<PlanField, string>> = {};
  if (form.kind === '') errors.kind = 'Kies de soort contactmoment.';
  const plannedOn = form.plannedOn.trim();
  if (plannedOn === '') errors.plannedOn = 'Vul de datum in.';
  else if (!isCalendarDate(plannedOn)) errors.plannedOn = 'Vul een bestaande datum in, bijvoorbeeld 2027-02-15.';
  if (form.mode === '') errors.mode = 'Kies de vorm: op locatie, video of telefoon.';
  if (Object.keys(errors).length > 0 || form.kind === '' || form.mode === '') return { ok: false, errors };
  return { ok: true, kind: form.kind, plannedOn, mode: form.mode };
}

/** Server field → form field for planning (`plannedOn`, `kind`, `mode`); null for the form as a whole. */
export function planFieldOf(field: string | null | undefined): PlanField | null {
  return field === 'plannedOn' || field === 'kind' || field === 'mode' ? field : null;
}

/** The held date to prefill: the planned date, or today when that still lies ahead (a moment held early). */
export function heldOnGuess(plannedOn: string, today: string): string {
  return [plannedOn, today].sort()[0] ?? today;
}

export interface HeldFormState {
  heldOn: string;
  mode: ContactMode | '';
  notes: string;
}

export type HeldField = keyof HeldFormState;

export const NOTES_MAX = 4000;

export type HeldFormResult =
  | { ok: true; heldOn: string; mode: ContactMode; notes: string | null }
  | { ok: false; errors: Partial<Record<HeldField, string>> };

/** A moment is recorded once it happened: a date not after today, a mode, notes optional. */
export function heldInputFromForm(form: HeldFormState, today: string): HeldFormResult {
  const errors: Partial<Record<HeldField, string>> = {};
  const heldOn = form.heldOn.trim();
  if (heldOn === '') errors.heldOn = 'Vul de datum in waarop het gesprek is gehouden.';
  else if (!isCalendarDate(heldOn)) errors.heldOn = 'Vul een bestaande datum in, bijvoorbeeld 2027-02-15.';
  else if (heldOn > today)
    errors.heldOn = 'Deze datum ligt in de toekomst; leg een gesprek vast nadat het is gehouden.';
  if (form.mode === '') errors.mode = 'Kies de vorm waarin het gesprek is gehouden.';
  const notes = form.notes.trim();
  if (notes.length > NOTES_MAX) errors.notes = `De aantekeningen mogen hoogstens ${NOTES_MAX} tekens hebben.`;
  if (Object.keys(errors).length > 0 || form.mode === '') return { ok: false, errors };
  return { ok: true, heldOn, mode: form.mode, notes: notes === '' ? null : notes };
}

export function heldFieldOf(field: string | null | undefined): HeldField | null {
  return field === 'heldOn' || field === 'mode' || field === 'notes' ? field : null;
}

export interface ExceptionFormState {
  reason: ContactMomentExceptionReason | '';
  explanation: string;
}

export type ExceptionField = keyof ExceptionFormState;

/** The server asks 20 to 2000 characters: an exception needs a written professional reason. */
export const EXPLANATION_MIN = 20;
export const EXPLANATION_MAX = 2000;

export type ExceptionFormResult =
  | { ok: true; reason: ContactMomentExceptionReason; explanation: string }
  | { ok: false; errors: Partial<Record<ExceptionField, string>> };

export function exceptionInputFromForm(form: ExceptionFormState): ExceptionFormResult {
  const errors: Partial<Record<ExceptionField, string>> = {};
  if (form.reason === '') errors.reason = 'Kies de reden van de uitzondering.';
  const explanation = form.explanation.trim();
  if (explanation.length < EXPLANATION_MIN) {
    errors.explanation = `Licht de uitzondering toe in minstens ${EXPLANATION_MIN} tekens.`;
  } else if (explanation.length > EXPLANATION_MAX) {
    errors.explanation = `De toelichting mag hoogstens ${EXPLANATION_MAX} tekens hebben.`;
  }
  if (Object.keys(errors).length > 0 || form.reason === '') return { ok: false, errors };
  return { ok: true, reason: form.reason, explanation };
}

export function exceptionFieldOf(field: string | null | undefined): ExceptionField | null {
  return field === 'reason' || field === 'explanation' ? field : null;
}
