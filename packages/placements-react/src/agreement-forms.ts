/**
 * The forms that follow up an internship agreement, shared by the school and company apps: plan a
 * contact moment, record one as held, record an allowance payment. Here is what only the form can
 * check (required, dates, months and amounts as typed) and the input for the mutation; the gateway
 * checks every rule again and answers per field. No React, no GraphQL types: the apps' generated
 * types are the same string unions, so they fit without conversion.
 */
import {
  ALLOWANCE_KIND_LABELS,
  type AllowanceKind,
  CONTACT_MOMENT_KIND_LABELS,
  type ContactMode,
  type ContactMomentKind,
  EARLY_REASON_MIN,
  HELD_EARLY_DAYS,
  heldEarly,
  heldOnDefault,
  isCalendarDate,
  isMonth,
  payableMonths,
} from '@stelsel/placements-common';
import type { FormResult } from '@stelsel/ui/form-model';
import { formatDate } from '@stelsel/ui/format';
import { euroInputFromMoney, parseEuroInput } from '@stelsel/ui/money';

const DATE_EXAMPLE = 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2027-02-15.';

// --- Contactmoment plannen -------------------------------------------------------------------

/** The moments every placement has: start, interim and final, in this order. */
const KIND_ORDER: readonly ContactMomentKind[] = ['START', 'INTERIM', 'FINAL'];

export interface PlanMomentForm {
  kind: ContactMomentKind | '';
  plannedOn: string;
  mode: ContactMode | '';
}

export type PlanMomentField = keyof PlanMomentForm;

export interface PlanMomentInput {
  kind: ContactMomentKind;
  plannedOn: string;
  mode: ContactMode;
}

/** The first kind (start, interim, final) that has no moment yet: a sensible choice to plan next. */
export function nextKindToPlan(moments: ReadonlyArray<{ kind: ContactMomentKind }>): ContactMomentKind | '' {
  return KIND_ORDER.find((kind) => !moments.some((m) => m.kind === kind)) ?? '';
}

/** An empty plan form with the next kind to plan already chosen. */
export function defaultPlanForm(moments: ReadonlyArray<{ kind: ContactMomentKind }>): PlanMomentForm {
  return { kind: nextKindToPlan(moments), plannedOn: '', mode: '' };
}

/** Planning needs a kind, an existing date and a mode; the server checks the date against the period. */
export function planMomentFromForm(form: PlanMomentForm): FormResult<PlanMomentInput, PlanMomentField> {
  const errors: Partial<Record<PlanMomentField, string>> = {};
  if (form.kind === '') errors.kind = 'Kies de soort contactmoment: startgesprek, tussentijds gesprek of eindgesprek.';
  const plannedOn = form.plannedOn.trim();
  if (plannedOn === '') errors.plannedOn = 'Vul de datum in.';
  else if (!isCalendarDate(plannedOn)) errors.plannedOn = DATE_EXAMPLE;
  if (form.mode === '') errors.mode = 'Kies de vorm: op locatie, video of telefoon.';
  if (form.kind === '' || form.mode === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { kind: form.kind, plannedOn, mode: form.mode } };
}

// --- Contactmoment vastleggen als gehouden ---------------------------------------------------

/** A planned moment as the forms need it. */
export interface PlannedMoment {
  id: string;
  kind: ContactMomentKind;
  plannedOn: string;
  plannedMode: ContactMode;
  heldOn?: string | null;
}

export interface HeldMomentForm {
  heldOn: string;
  mode: ContactMode | '';
  notes: string;
}

export type HeldMomentField = keyof HeldMomentForm;

export interface HeldMomentInput {
  heldOn: string;
  mode: ContactMode;
  notes: string | null;
}

/** The most notes the service keeps for one moment. */
export const NOTES_MAX = 4000;

/** Planned moments that are not recorded as held yet, earliest planned first (then start, interim, final). */
export function openMoments<M extends PlannedMoment>(moments: readonly M[]): M[] {
  return moments
    .filter((m) => !m.heldOn)
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** "Startgesprek vastleggen"; with the planned date when two open moments share a kind. */
export function heldFormName(moment: PlannedMoment, open: readonly PlannedMoment[]): string {
  const name = `${CONTACT_MOMENT_KIND_LABELS[moment.kind]} vastleggen`;
  const twins = open.filter((m) => m.kind === moment.kind).length > 1;
  return twins ? `${name} (gepland op ${formatDate(moment.plannedOn)})` : name;
}

/** The held form filled in from the plan: its date (see heldOnDefault) and its mode. */
export function defaultHeldForm(moment: PlannedMoment, today: string): HeldMomentForm {
  return { heldOn: heldOnDefault(moment.plannedOn, today), mode: moment.plannedMode, notes: '' };
}

/**
 * A moment is recorded once it happened: a date not after today, a mode, notes optional — but a date
 * more than 30 days before `plannedOn` needs the reason in the notes (issue 9 §5, as the server checks).
 */
export function heldMomentFromForm(
  form: HeldMomentForm,
  today: string,
  plannedOn?: string,
): FormResult<HeldMomentInput, HeldMomentField> {
  const errors: Partial<Record<HeldMomentField, string>> = {};
  const heldOn = form.heldOn.trim();
  if (heldOn === '') errors.heldOn = 'Vul de datum in waarop het contactmoment is gehouden.';
  else if (!isCalendarDate(heldOn)) errors.heldOn = DATE_EXAMPLE;
  else if (heldOn > today) {
    errors.heldOn = 'Deze datum ligt in de toekomst; leg een contactmoment vast nadat het is gehouden.';
  }
  if (form.mode === '') errors.mode = 'Kies de vorm waarin het contactmoment is gehouden.';
  const notes = form.notes.trim();
  if (!errors.heldOn && plannedOn && heldEarly(heldOn, plannedOn) && notes.length < EARLY_REASON_MIN) {
    errors.heldOn = `Deze datum ligt meer dan ${HELD_EARLY_DAYS} dagen vóór de geplande datum. Controleer de datum, of leg in de aantekeningen uit waarom het gesprek zo vroeg was.`;
  }
  if (notes.length > NOTES_MAX) {
    errors.notes = `De aantekeningen mogen hoogstens ${NOTES_MAX} tekens hebben; nu zijn het er ${notes.length}.`;
  }
  if (form.mode === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { heldOn, mode: form.mode, notes: notes === '' ? null : notes } };
}

// --- Betaling vastleggen ---------------------------------------------------------------------

/** What the payment form needs of the agreement. */
export interface PaymentTerms {
  startsOn: string;
  endsOn: string;
  /** Money text per month, e.g. "350.00". */
  expenseAllowance: string;
  internshipWage?: string | null;
  /** Months (JJJJ-MM) due without a (full) payment, oldest first. */
  missingMonths: readonly string[];
  /** The payments recorded so far. */
  payments: ReadonlyArray<{ month: string; kind: AllowanceKind }>;
}

/** An agreement as the apps read it (its status and payments), for the payment form. */
export interface PayableAgreement {
  startsOn: string;
  endsOn: string;
  expenseAllowance: string;
  internshipWage?: string | null;
  allowanceStatus: { missingMonths: readonly string[] };
  allowancePayments: ReadonlyArray<{ month: string; kind: AllowanceKind }>;
}

/** The payment terms of an agreement. */
export function paymentTerms(agreement: PayableAgreement): PaymentTerms {
  return {
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    expenseAllowance: agreement.expenseAllowance,
    internshipWage: agreement.internshipWage ?? null,
    missingMonths: agreement.allowanceStatus.missingMonths,
    payments: agreement.allowancePayments,
  };
}

export interface PaymentForm {
  month: string;
  kind: AllowanceKind | '';
  amount: string;
}

export type PaymentField = keyof PaymentForm;

export interface PaymentInput {
  month: string;
  kind: AllowanceKind;
  /** Money text, e.g. "350.00". */
  amount: string;
}

const positive = (amount: string | null | undefined): amount is string => !!amount && /[1-9]/.test(amount);

/** The kinds of allowance the agreement agreed (an amount above zero): the expense allowance, a wage. */
export function agreedKinds(terms: { expenseAllowance: string; internshipWage?: string | null }): AllowanceKind[] {
  return [
    ...(positive(terms.expenseAllowance) ? (['EXPENSE'] as const) : []),
    ...(positive(terms.internshipWage) ? (['WAGE'] as const) : []),
  ];
}

/** The agreed amount of one kind per month as Money text ("0.00" when none was agreed). */
export function agreedAmount(
  terms: { expenseAllowance: string; internshipWage?: string | null },
  kind: AllowanceKind,
): string {
  const amount = kind === 'EXPENSE' ? terms.expenseAllowance : terms.internshipWage;
  return positive(amount) ? amount : '0.00';
}

/** The agreed amount of a kind written the Dutch way ("350,00"), to fill in the amount; empty when none. */
export function agreedAmountInput(
  terms: { expenseAllowance: string; internshipWage?: string | null },
  kind: AllowanceKind | '',
): string {
  if (kind === '') return '';
  const amount = agreedAmount(terms, kind);
  return positive(amount) ? euroInputFromMoney(amount) : '';
}

/**
 * The payment form for the oldest payable month that misses a payment, with the first agreed kind
 * not paid in it and its agreed amount; when nothing is missing, this month (or the last of the
 * period) with the first agreed kind. `justRecorded` counts payments the page does not show yet.
 */
export function defaultPaymentForm(
  terms: PaymentTerms,
  today: string,
  justRecorded: ReadonlyArray<{ month: string; kind: AllowanceKind }> = [],
): PaymentForm {
  const kinds = agreedKinds(terms);
  const months = payableMonths(terms, today);
  const paid = new Set([...terms.payments, ...justRecorded].map((p) => `${p.month}/${p.kind}`));
  for (const month of terms.missingMonths) {
    if (!months.includes(month)) continue;
    const kind = kinds.find((k) => !paid.has(`${month}/${k}`));
    if (kind) return { month, kind, amount: agreedAmountInput(terms, kind) };
  }
  const kind = kinds[0] ?? '';
  return { month: months.at(-1) ?? '', kind, amount: agreedAmountInput(terms, kind) };
}

/** A payment: a month within the period and not ahead, an agreed kind, and an amount above zero in euro. */
export function paymentFromForm(
  form: PaymentForm,
  terms: PaymentTerms,
  today: string,
): FormResult<PaymentInput, PaymentField> {
  const errors: Partial<Record<PaymentField, string>> = {};
  const month = form.month.trim();
  if (month === '') errors.month = 'Kies de maand waarover is betaald.';
  else if (!isMonth(month)) errors.month = 'Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03.';
  else if (month < terms.startsOn.slice(0, 7) || month > terms.endsOn.slice(0, 7)) {
    errors.month = 'De maand valt buiten de looptijd van de overeenkomst.';
  } else if (month > today.slice(0, 7)) errors.month = 'De maand ligt in de toekomst.';
  if (form.kind === '') errors.kind = 'Kies de soort vergoeding.';
  else if (!agreedKinds(terms).includes(form.kind)) {
    errors.kind = `In deze overeenkomst is geen ${ALLOWANCE_KIND_LABELS[form.kind].toLowerCase()} afgesproken.`;
  }
  const amount = parseEuroInput(form.amount);
  if (form.amount.trim() === '') errors.amount = 'Vul het betaalde bedrag in euro in, bijvoorbeeld 350,00.';
  else if (amount === null) errors.amount = 'Vul het bedrag in euro in, bijvoorbeeld 350,00.';
  else if (!positive(amount)) errors.amount = 'Het bedrag moet groter zijn dan nul.';
  if (form.kind === '' || amount === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { month, kind: form.kind, amount } };
}
