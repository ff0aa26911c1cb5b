import { euroInputFromMoney, parseEuroInput } from '@stelsel/ui/money';
import type { AllowanceKind } from '../graphql/generated/graphql.ts';
import { isMonth, monthsBetween } from './dates.ts';

/**
 * The months a payment can be recorded for: from the start month through the end month or this
 * month, whichever comes first (the server refuses months outside the period or in the future).
 */
export function payableMonths(agreement: { startsOn: string; endsOn: string }, today: string): string[] {
  const last = [agreement.endsOn.slice(0, 7), today.slice(0, 7)].sort()[0] ?? today.slice(0, 7);
  return monthsBetween(agreement.startsOn.slice(0, 7), last);
}

/** The kinds that can be paid: the expense allowance always, a wage only when one was agreed. */
export function payableKinds(agreement: { internshipWage?: string | null }): AllowanceKind[] {
  return agreement.internshipWage ? ['EXPENSE', 'WAGE'] : ['EXPENSE'];
}

/** The agreed monthly amount of a kind, written the Dutch way, to prefill the amount. */
export function agreedAmountInput(
  agreement: { expenseAllowance: string; internshipWage?: string | null },
  kind: AllowanceKind | '',
): string {
  if (kind === 'EXPENSE') return euroInputFromMoney(agreement.expenseAllowance);
  if (kind === 'WAGE' && agreement.internshipWage) return euroInputFromMoney(agreement.internshipWage);
  return '';
}

export interface PaymentFormState {
  month: string;
  kind: AllowanceKind | '';
  amount: string;
}

export type PaymentField = keyof PaymentFormState;

export type PaymentFormResult =
  | { ok: true; month: string; kind: AllowanceKind; amount: string }
  | { ok: false; errors: Partial<Record<PaymentField, string>> };

/** A payment: a month `JJJJ-MM` within the payable months, a kind, and an amount above zero in euro. */
export function paymentInputFromForm(form: PaymentFormState, months: readonly string[]): PaymentFormResult {
  const errors: Partial<Record<PaymentField, string>> = {};
  const month = form.month.trim();
  if (month === '') errors.month = 'Kies de maand waarover is betaald.';
  else if (!isMonth(month)) errors.month = 'Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03.';
  else if (!months.includes(month)) {
    errors.month = 'Kies een maand binnen de looptijd van de overeenkomst en niet in de toekomst.';
  }
  if (form.kind === '') errors.kind = 'Kies de soort vergoeding.';
  const amount = parseEuroInput(form.amount);
  if (form.amount.trim() === '') errors.amount = 'Vul het betaalde bedrag in euro in, bijvoorbeeld 350,00.';
  else if (amount === null) errors.amount = 'Vul het bedrag in euro in, bijvoorbeeld 350,00.';
  else if (/^0+\.00$/.test(amount)) errors.amount = 'Het bedrag moet groter zijn dan nul.';
  if (Object.keys(errors).length > 0 || form.kind === '' || amount === null) return { ok: false, errors };
  return { ok: true, month, kind: form.kind, amount };
}

export function paymentFieldOf(field: string | null | undefined): PaymentField | null {
  return field === 'month' || field === 'kind' || field === 'amount' ? field : null;
}
