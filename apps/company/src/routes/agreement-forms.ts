import { parseEuroInput } from '@stelsel/ui/money';
import type { AllowanceKind, ContactMode, ContactMomentKind } from '../graphql/generated/graphql.ts';

/**
 * The forms on a placement's page (plan and record a contact moment, record a payment): what only
 * the form can check (required, dates and amounts as typed), and the input for the mutation. The
 * gateway checks every rule again and answers per field.
 */

/** Today's calendar date in the Netherlands (JJJJ-MM-DD), the day the service counts with. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A real calendar date written JJJJ-MM-DD (what a date field gives). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTH_NAMES: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const monthKey = (year: number, month: number) =>
  month >= 1 && month <= 12 && year >= 1900 && year <= 2999 ? `${year}-${String(month).padStart(2, '0')}` : null;

/**
 * A month as typed to JJJJ-MM: "2026-03" (what a month field gives), and — for browsers that show
 * a month field as a plain text box — "03-2026", "3/2026" and "maart 2026". Null for anything else.
 */
export function parseMonthInput(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const iso = /^(\d{4})[-/](\d{1,2})$/.exec(value);
  if (iso) return monthKey(Number(iso[1]), Number(iso[2]));
  const dutch = /^(\d{1,2})[-/](\d{4})$/.exec(value);
  if (dutch) return monthKey(Number(dutch[2]), Number(dutch[1]));
  const named = /^([a-z]+)\.? (\d{4})$/.exec(value);
  if (named) {
    const month = MONTH_NAMES[named[1] ?? ''];
    return month ? monthKey(Number(named[2]), month) : null;
  }
  return null;
}

export type FormResult<Input, Field extends string> =
  | { ok: true; input: Input }
  | { ok: false; errors: Partial<Record<Field, string>> };

// --- Contactmoment plannen -------------------------------------------------------------------

export interface PlanMomentForm {
  kind: ContactMomentKind | '';
  plannedOn: string;
  mode: ContactMode | '';
}

export type PlanMomentField = keyof PlanMomentForm;

const REQUIRED_KINDS: readonly ContactMomentKind[] = ['START', 'INTERIM', 'FINAL'];

/** An empty plan form with the first of start, interim and final that has no moment yet already chosen. */
export function defaultPlanForm(moments: ReadonlyArray<{ kind: ContactMomentKind }>): PlanMomentForm {
  const next = REQUIRED_KINDS.find((kind) => !moments.some((m) => m.kind === kind));
  return { kind: next ?? '', plannedOn: '', mode: '' };
}

export function planMomentFromForm(
  form: PlanMomentForm,
): FormResult<{ kind: ContactMomentKind; plannedOn: string; mode: ContactMode }, PlanMomentField> {
  const errors: Partial<Record<PlanMomentField, string>> = {};
  if (form.kind === '') errors.kind = 'Kies de soort contactmoment: startgesprek, tussentijds gesprek of eindgesprek.';
  if (form.plannedOn === '') errors.plannedOn = 'Vul de datum in.';
  else if (!isIsoDate(form.plannedOn)) errors.plannedOn = 'Vul een bestaande datum in, bijvoorbeeld 15-03-2026.';
  if (form.mode === '') errors.mode = 'Kies hoe het contactmoment plaatsvindt.';
  if (form.kind === '' || form.mode === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { kind: form.kind, plannedOn: form.plannedOn, mode: form.mode } };
}

// --- Contactmoment vastleggen ----------------------------------------------------------------

export interface RecordMomentForm {
  heldOn: string;
  mode: ContactMode | '';
  notes: string;
}

export type RecordMomentField = keyof RecordMomentForm;

/** The most notes the service keeps for one moment. */
export const MAX_NOTES = 4000;

/** The record form filled in from the plan: its mode, and its date when that day has come. */
export function defaultRecordForm(moment: { plannedOn: string; plannedMode: ContactMode }, today: string) {
  return { heldOn: moment.plannedOn <= today ? moment.plannedOn : '', mode: moment.plannedMode, notes: '' };
}

export function recordMomentFromForm(
  form: RecordMomentForm,
  today: string,
): FormResult<{ heldOn: string; mode: ContactMode; notes: string | null }, RecordMomentField> {
  const errors: Partial<Record<RecordMomentField, string>> = {};
  if (form.heldOn === '') errors.heldOn = 'Vul de datum in waarop het contactmoment is gehouden.';
  else if (!isIsoDate(form.heldOn)) errors.heldOn = 'Vul een bestaande datum in, bijvoorbeeld 15-03-2026.';
  // A moment is recorded once it happened, not ahead.
  else if (form.heldOn > today)
    errors.heldOn = 'De datum ligt in de toekomst. Leg een contactmoment vast als het is gehouden.';
  if (form.mode === '') errors.mode = 'Kies hoe het contactmoment plaatsvond.';
  const notes = form.notes.trim();
  if (notes.length > MAX_NOTES) {
    errors.notes = `De aantekeningen mogen hoogstens ${MAX_NOTES} tekens hebben; nu zijn het er ${notes.length}.`;
  }
  if (form.mode === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { heldOn: form.heldOn, mode: form.mode, notes: notes === '' ? null : notes } };
}

// --- Betaling vastleggen ---------------------------------------------------------------------

export interface PaymentForm {
  month: string;
  kind: AllowanceKind | '';
  amount: string;
}

export type PaymentField = keyof PaymentForm;

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

const positive = (amount: string | null | undefined) => !!amount && /[1-9]/.test(amount);

/** The kinds of allowance this agreement has agreed (an amount above zero). */
export function agreedKinds(terms: PaymentTerms): AllowanceKind[] {
  return [
    ...(positive(terms.expenseAllowance) ? (['EXPENSE'] as const) : []),
    ...(positive(terms.internshipWage) ? (['WAGE'] as const) : []),
  ];
}

/** The agreed amount of one kind per month as Money text ("0.00" when none was agreed). */
export function agreedAmount(terms: PaymentTerms, kind: AllowanceKind): string {
  const amount = kind === 'EXPENSE' ? terms.expenseAllowance : terms.internshipWage;
  return positive(amount) && amount ? amount : '0.00';
}

/** The agreed amount of one kind, written the Dutch way ("350,00"), or empty. */
export function agreedAmountInput(terms: PaymentTerms, kind: AllowanceKind | ''): string {
  return kind === '' || !positive(agreedAmount(terms, kind)) ? '' : agreedAmount(terms, kind).replace('.', ',');
}

/**
 * The payment form for the oldest missing month and the first agreed kind not paid in it, with its
 * agreed amount; `justRecorded` counts payments the page does not show yet.
 */
export function defaultPaymentForm(
  terms: PaymentTerms,
  justRecorded: ReadonlyArray<{ month: string; kind: AllowanceKind }> = [],
): PaymentForm {
  const kinds = agreedKinds(terms);
  const paid = new Set([...terms.payments, ...justRecorded].map((p) => `${p.month}/${p.kind}`));
  for (const month of terms.missingMonths) {
    const kind = kinds.find((k) => !paid.has(`${month}/${k}`));
    if (kind) return { month, kind, amount: agreedAmountInput(terms, kind) };
  }
  const kind = kinds[0] ?? '';
  return { month: '', kind, amount: agreedAmountInput(terms, kind) };
}

export function paymentFromForm(
  form: PaymentForm,
  terms: PaymentTerms,
  today: string,
): FormResult<{ month: string; kind: AllowanceKind; amount: string }, PaymentField> {
  const errors: Partial<Record<PaymentField, string>> = {};
  const month = parseMonthInput(form.month);
  if (form.month.trim() === '') errors.month = 'Vul de maand in waarvoor u betaalde.';
  else if (month === null) errors.month = 'Vul de maand in als jaar en maand, bijvoorbeeld 2026-03 voor maart 2026.';
  else if (month < terms.startsOn.slice(0, 7) || month > terms.endsOn.slice(0, 7))
    errors.month = 'De maand valt buiten de looptijd van de overeenkomst.';
  else if (month > today.slice(0, 7)) errors.month = 'De maand ligt in de toekomst.';
  if (form.kind === '') errors.kind = 'Kies de soort vergoeding.';
  else if (form.kind === 'WAGE' && !positive(terms.internshipWage))
    errors.kind = 'In deze overeenkomst is geen stagevergoeding afgesproken.';
  const amount = parseEuroInput(form.amount);
  if (form.amount.trim() === '') errors.amount = 'Vul het bedrag in euro in, bijvoorbeeld 350,00.';
  else if (amount === null) errors.amount = 'Vul het bedrag in euro in, bijvoorbeeld 350,00.';
  else if (!positive(amount)) errors.amount = 'Het bedrag moet groter zijn dan nul.';
  if (month === null || form.kind === '' || amount === null || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, input: { month, kind: form.kind, amount } };
}

// --- Idempotentie ----------------------------------------------------------------------------

export interface AttemptKey {
  /** What was sent, so a retry of the same request reuses the key and a changed request gets a new one. */
  request: string;
  value: string;
}

/** The idempotency key for sending `request`: the previous one when it is the same request again, else a new one. */
export function keyForAttempt(
  previous: AttemptKey | null,
  request: unknown,
  newKey: () => string = () => crypto.randomUUID(),
): AttemptKey {
  const text = JSON.stringify(request);
  return previous && previous.request === text ? previous : { request: text, value: newKey() };
}
