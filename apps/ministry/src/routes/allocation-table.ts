/** One row of the combined table: an institution with its amount per scheme (absent when not in that scheme). */
export interface InstitutionAllocations {
  id: string;
  name: string;
  salarismix: string | null;
  carriereperspectief: string | null;
}

interface AllocationLike {
  amount: string;
  institution: { id: string; name: string };
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });

/** Joins the two published tables on institution, sorted by name. */
export function combineAllocations(
  salarismix: readonly AllocationLike[],
  carriereperspectief: readonly AllocationLike[],
): InstitutionAllocations[] {
  const rows = new Map<string, InstitutionAllocations>();
  const row = (a: AllocationLike) => {
    let found = rows.get(a.institution.id);
    if (!found) {
      found = { id: a.institution.id, name: a.institution.name, salarismix: null, carriereperspectief: null };
      rows.set(a.institution.id, found);
    }
    return found;
  };
  for (const a of salarismix) row(a).salarismix = a.amount;
  for (const a of carriereperspectief) row(a).carriereperspectief = a.amount;
  return [...rows.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The year of a scheme's table, for its column header; null for an empty table. */
export function schemeYear(allocations: readonly { year: number }[]): number | null {
  return allocations[0]?.year ?? null;
}
