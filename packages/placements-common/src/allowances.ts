/**
 * Allowance rules (Stagepact: every student an expense allowance, an appropriate wage where agreed):
 * which months are due and which are paid. The service reports the status; the apps offer the same
 * months in the payment form.
 */
import type { AllowanceKind } from './agreement.ts';
import { monthOf, monthsBetween } from './dates.ts';

/** The last month allowances are due: the end month or this month, whichever comes first. */
export function lastMonthDue(endsOn: string, today: string): string {
  return [monthOf(endsOn), monthOf(today)].sort()[0] ?? monthOf(today);
}

/**
 * The months allowances are due and a payment can be recorded for: from the start month through the
 * end month or this month, whichever comes first (this month included, as asked in issue 4).
 */
export function payableMonths(period: { startsOn: string; endsOn: string }, today: string): string[] {
  return monthsBetween(monthOf(period.startsOn), lastMonthDue(period.endsOn, today));
}

export interface AllowanceStatus {
  paidMonths: string[];
  missingMonths: string[];
  upToDate: boolean;
}

/**
 * Whether the agreed allowances were paid: over the payable months, a month counts as paid when
 * every agreed component above zero (expense allowance, wage) has a payment in it.
 */
export function allowanceStatus(
  agreement: { startsOn: string; endsOn: string; expenseCents: bigint; wageCents: bigint | null },
  payments: ReadonlyArray<{ month: string; kind: AllowanceKind }>,
  today: string,
): AllowanceStatus {
  const due: AllowanceKind[] = [
    ...(agreement.expenseCents > 0n ? (['EXPENSE'] as const) : []),
    ...(agreement.wageCents !== null && agreement.wageCents > 0n ? (['WAGE'] as const) : []),
  ];
  const months = payableMonths(agreement, today);
  const paid = new Set(payments.map((p) => `${p.month}/${p.kind}`));
  const isPaid = (month: string) => due.every((kind) => paid.has(`${month}/${kind}`));
  const paidMonths = months.filter(isPaid);
  const missingMonths = months.filter((month) => !isPaid(month));
  return { paidMonths, missingMonths, upToDate: missingMonths.length === 0 };
}
