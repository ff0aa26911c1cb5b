/**
 * Allocation pro rata student numbers, to the cent, by largest remainder (Hamilton):
 * every row gets floor(budget × students / total); the cents left over go one each to the rows with the
 * largest remainders (ties: the earlier row). The parts always sum exactly to the budget. Pure bigint.
 */
export interface CountRow {
  institutionId: string;
  students: number;
}

export interface Share extends CountRow {
  amountCents: bigint;
}

export function allocateProRata(budgetCents: bigint, counts: readonly CountRow[]): Share[] {
  if (budgetCents < 0n) throw new RangeError('budget < 0');
  const total = counts.reduce((sum, row) => sum + BigInt(row.students), 0n);
  if (counts.length === 0) return [];
  if (total === 0n) {
    if (budgetCents === 0n) return counts.map((row) => ({ ...row, amountCents: 0n }));
    throw new RangeError('no students to divide a budget over');
  }
  const base = counts.map((row) => {
    const numerator = budgetCents * BigInt(row.students);
    return { row, amount: numerator / total, remainder: numerator % total };
  });
  let left = budgetCents - base.reduce((sum, b) => sum + b.amount, 0n);
  const order = base
    .map((b, index) => ({ index, remainder: b.remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const extra = new Set<number>();
  for (const { index } of order) {
    if (left === 0n) break;
    extra.add(index);
    left -= 1n;
  }
  return base.map((b, index) => ({ ...b.row, amountCents: b.amount + (extra.has(index) ? 1n : 0n) }));
}

/** A reason to refuse the input, with the field it concerns (Dutch, for the caller). */
export interface ProRataIssue {
  message: string;
  field: string;
}

/** Checks budget and counts before dividing; `known` tells whether an institution id exists. */
export function proRataIssue(
  budgetCents: bigint,
  counts: readonly CountRow[],
  known: (institutionId: string) => boolean,
): ProRataIssue | null {
  if (budgetCents < 0n) return { message: 'Het budget mag niet negatief zijn.', field: 'budget' };
  if (counts.length === 0)
    return { message: 'Geef ten minste één instelling met een aantal studenten.', field: 'counts' };
  const seen = new Set<string>();
  for (const [index, row] of counts.entries()) {
    if (row.students < 0) {
      return { message: 'Het aantal studenten mag niet negatief zijn.', field: `counts[${index}].students` };
    }
    if (!known(row.institutionId)) {
      return { message: `Onbekende instelling "${row.institutionId}".`, field: `counts[${index}].institutionId` };
    }
    if (seen.has(row.institutionId)) {
      return {
        message: `Instelling "${row.institutionId}" staat meer dan eens in de telling.`,
        field: `counts[${index}].institutionId`,
      };
    }
    seen.add(row.institutionId);
  }
  if (budgetCents > 0n && counts.every((row) => row.students === 0)) {
    return {
      message: 'Er zijn geen studenten geteld: een budget is niet naar rato te verdelen over nul.',
      field: 'counts',
    };
  }
  return null;
}
