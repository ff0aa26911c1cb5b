/** One row of the combined table: an institution with its amount per scheme (absent when not in that scheme). */
export interface InstitutionAllocations {
  id: string;
  name: string;
  salarismix: string | null;
  carriereperspectief: string | null;
}

interface AllocationLike {
  amount: string;
  /** Null when placements (which names institutions) is unavailable. */
  institution: { id: string; name: string } | null;
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });

/** Joins the two published tables on institution, sorted by name. */
export function combineAllocations(
  salarismix: readonly AllocationLike[] | null,
  carriereperspectief: readonly AllocationLike[] | null,
): InstitutionAllocations[] {
  const rows = new Map<string, InstitutionAllocations>();
  const row = (institution: { id: string; name: string }) => {
    let found = rows.get(institution.id);
    if (!found) {
      found = { id: institution.id, name: institution.name, salarismix: null, carriereperspectief: null };
      rows.set(institution.id, found);
    }
    return found;
  };
  // A row without its institution (placements unavailable) cannot be placed; the page says what is missing.
  for (const a of salarismix ?? []) if (a.institution) row(a.institution).salarismix = a.amount;
  for (const a of carriereperspectief ?? []) if (a.institution) row(a.institution).carriereperspectief = a.amount;
  return [...rows.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The year of a scheme's table, for its column header; null for an empty table. */
export function schemeYear(allocations: readonly { year: number }[] | null): number | null {
  return allocations?.[0]?.year ?? null;
}
