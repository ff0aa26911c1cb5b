import type { AllowanceKind } from '../db/types.ts';

/** `JJJJ-MM` of a calendar date `JJJJ-MM-DD`. */
export const monthOf = (date: string) => date.slice(0, 7);

/** The last month allowances are due: the end month or this month, whichever comes first. */
export function lastMonthDue(endsOn: string, today: string): string {
  return [monthOf(endsOn), monthOf(today)].sort()[0] ?? monthOf(today);
}

export const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** Every month from `first` through `last` (`JJJJ-MM`), empty when last comes before first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

export interface AllowanceStatus {
  paidMonths: string[];
  missingMonths: string[];
  upToDate: boolean;
}

/**
 * Whether the agreed allowances were paid — Stagepact (every student an expense allowance, an
 * appropriate wage where agreed). The months due run from the start month through the end month
 * or this month, whichever comes first (this month included, as asked in issue 4); a month counts
 * as paid when every agreed component above zero (expense allowance, wage) has a payment in it.
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
  const months = monthsBetween(monthOf(agreement.startsOn), lastMonthDue(agreement.endsOn, today));
  const paid = new Set(payments.map((p) => `${p.month}/${p.kind}`));
  const isPaid = (month: string) => due.every((kind) => paid.has(`${month}/${kind}`));
  const paidMonths = months.filter(isPaid);
  const missingMonths = months.filter((month) => !isPaid(month));
  return { paidMonths, missingMonths, upToDate: missingMonths.length === 0 };
}
