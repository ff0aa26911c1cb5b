/**
 * Subsidieregeling praktijkleren: a ceiling scheme (plafondregeling), seed 001 lines 661–681.
 * Per education category the amount per place is the ceiling divided by the number of applications,
 * at most the maximum of €2,700, rounded DOWN to the cent so the ceiling is never exceeded.
 * With no applications the amount is the maximum. Pure bigint cents.
 */
export const MAXIMUM_PER_PLACE_CENTS = 2_700_00n;

export function amountPerPlace(
  ceilingCents: bigint,
  applications: number | bigint,
  maximumCents: bigint = MAXIMUM_PER_PLACE_CENTS,
): bigint {
  if (ceilingCents < 0n) throw new RangeError('ceiling < 0');
  const count = BigInt(applications);
  if (count < 0n) throw new RangeError('applications < 0');
  if (count === 0n) return maximumCents;
  const share = ceilingCents / count; // bigint division rounds toward zero: down for positive numbers
  return share < maximumCents ? share : maximumCents;
}

/** What one year's ceiling gives: the amount per place and what is paid in total (never above the ceiling). */
export function yearOutcome(ceilingCents: bigint, applications: number, maximumCents = MAXIMUM_PER_PLACE_CENTS) {
  const perPlace = amountPerPlace(ceilingCents, applications, maximumCents);
  return { perPlace, paid: perPlace * BigInt(applications), belowMaximum: perPlace < maximumCents };
}

/** A kasschuif moves budget from one year's ceiling to another's; the total over the years stays the same. */
export interface BudgetShift {
  fromYear: number;
  toYear: number;
  amountCents: bigint;
}

export interface YearCeiling {
  year: number;
  ceilingCents: bigint;
  forecastPlaces: number;
}

/** The ceilings after a kasschuif, or the Dutch reason it cannot be done and the field it concerns. */
export function applyShift(
  years: readonly YearCeiling[],
  shift: BudgetShift,
): { years: YearCeiling[] } | { message: string; field: string } {
  if (shift.amountCents <= 0n)
    return { message: 'Het bedrag van de kasschuif moet groter zijn dan € 0,00.', field: 'amount' };
  if (shift.fromYear === shift.toYear) return { message: 'Kies twee verschillende jaren.', field: 'toYear' };
  const from = years.find((y) => y.year === shift.fromYear);
  if (!from) return { message: `Voor ${shift.fromYear} is geen subsidieplafond vastgesteld.`, field: 'fromYear' };
  if (!years.some((y) => y.year === shift.toYear)) {
    return { message: `Voor ${shift.toYear} is geen subsidieplafond vastgesteld.`, field: 'toYear' };
  }
  if (shift.amountCents > from.ceilingCents) {
    return {
      message: `Het plafond van ${shift.fromYear} is kleiner dan het bedrag van de kasschuif.`,
      field: 'amount',
    };
  }
  return {
    years: years.map((y) =>
      y.year === shift.fromYear
        ? { ...y, ceilingCents: y.ceilingCents - shift.amountCents }
        : y.year === shift.toYear
          ? { ...y, ceilingCents: y.ceilingCents + shift.amountCents }
          : y,
    ),
  };
}
