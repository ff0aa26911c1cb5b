import { moneyToCents as centsOf, centsToMoney as moneyOf } from '@stelsel/money';
import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import { parseEuroInput } from '@stelsel/ui/money';

/** Money texts ("1234.56") as whole cents and back, for sums and differences without floating point. */
export { centsToMoney as moneyOf, moneyToCents as centsOf } from '@stelsel/money';

/** A budget in € millions for a chart axis (display only; tables keep the exact amount). */
export const millions = (money: string): number => Number(centsOf(money) / 1_000_000n) / 100;

interface LineLike {
  id: string;
  name: string;
  budget?: string | null;
  recipients: readonly { name: string; amount?: string | null }[];
}

/** Per recipient: the sum of every line that names an amount for it, largest first (ties by name). */
export function totalsPerRecipient(lines: readonly LineLike[]): { name: string; amount: string; lines: number }[] {
  const totals = new Map<string, { cents: bigint; lines: number }>();
  for (const line of lines) {
    for (const r of line.recipients) {
      if (!r.amount) continue;
      const t = totals.get(r.name) ?? { cents: 0n, lines: 0 };
      totals.set(r.name, { cents: t.cents + centsOf(r.amount), lines: t.lines + 1 });
    }
  }
  return [...totals.entries()]
    .sort(([a, x], [b, y]) => (x.cents === y.cents ? a.localeCompare(b, 'nl') : x.cents > y.cents ? -1 : 1))
    .map(([name, t]) => ({ name, amount: moneyOf(t.cents), lines: t.lines }));
}

export type ProRataField = 'budget' | 'countDate' | 'counts';
export const proRataFieldOf = (field: string | null): ProRataField | null =>
  field?.startsWith('counts') ? 'counts' : fieldOf<ProRataField>(['budget', 'countDate', 'counts'])(field);

/**
 * A budget as people type it, a count date, and one line per institution: `id;students` (ids as in the
 * allocation table, e.g. `roc-zadkine;12000`).
 */
export function proRataFromForm(form: {
  budget: string;
  countDate: string;
  counts: string;
}): FormResult<
  { budget: string; countDate: string; counts: { institutionId: string; students: number }[] },
  ProRataField
> {
  const errors: Partial<Record<ProRataField, string>> = {};
  const budget = parseEuroInput(form.budget);
  if (budget === null) errors.budget = 'Vul een bedrag in euro in, bijvoorbeeld 142.200.000,00.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.countDate)) errors.countDate = 'Vul de teldatum in als JJJJ-MM-DD.';
  const counts: { institutionId: string; students: number }[] = [];
  const lines = form.counts
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const match = /^([a-z0-9-]+)\s*[;,\t]\s*(\d{1,9})$/.exec(line);
    if (!match) {
      errors.counts = `Regel ${index + 1}: schrijf "instelling;aantal", bijvoorbeeld "roc-zadkine;12000".`;
      break;
    }
    counts.push({ institutionId: match[1] as string, students: Number(match[2]) });
  }
  if (!errors.counts && counts.length === 0)
    errors.counts = 'Vul ten minste één instelling met een aantal studenten in.';
  if (Object.keys(errors).length > 0 || budget === null) return { ok: false, errors };
  return { ok: true, input: { budget, countDate: form.countDate, counts } };
}
