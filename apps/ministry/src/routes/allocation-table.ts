/** One row of the combined table: an institution with its amount per scheme (absent when not in that scheme). */
export interface InstitutionAllocations {
  id: string;
  name: string;
  salarismix: string | null;
  carriereperspectief: string | null;
  /** In the eight-year transition of carrièreperspectief (the Randstad institutions). */
  transition: boolean;
}

interface AllocationLike {
  amount: string;
  transitionRecipient?: boolean;
  /** Funding's own key of the institution: there even when placements cannot name it. */
  institutionKey?: { id: string } | null;
  /** Null when placements (which names institutions) is unavailable. */
  institution: { id: string; name: string } | null;
}

/** The institution of an allocation: named by placements, or by its id while placements is unavailable. */
function institutionOf(allocation: AllocationLike): { id: string; name: string; named: boolean } | null {
  if (allocation.institution) return { ...allocation.institution, named: true };
  const id = allocation.institutionKey?.id;
  return id ? { id, name: `${id} (naam nu niet beschikbaar)`, named: false } : null;
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });

/** Joins the two published tables on institution, sorted by name. */
export function combineAllocations(
  salarismix: readonly AllocationLike[] | null,
  carriereperspectief: readonly AllocationLike[] | null,
): InstitutionAllocations[] {
  const rows = new Map<string, InstitutionAllocations>();
  const row = (institution: { id: string; name: string; named: boolean }) => {
    let found = rows.get(institution.id);
    if (!found) {
      found = {
        id: institution.id,
        name: institution.name,
        salarismix: null,
        carriereperspectief: null,
        transition: false,
      };
      rows.set(institution.id, found);
    } else if (institution.named) {
      found.name = institution.name;
    }
    return found;
  };
  // While placements is unavailable an institution has no name: its row keeps its amounts under its id.
  for (const a of salarismix ?? []) {
    const institution = institutionOf(a);
    if (institution) row(institution).salarismix = a.amount;
  }
  for (const a of carriereperspectief ?? []) {
    const institution = institutionOf(a);
    if (institution) {
      const found = row(institution);
      found.carriereperspectief = a.amount;
      found.transition = a.transitionRecipient === true;
    }
  }
  return [...rows.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The year of a scheme's table, for its column header; null for an empty table. */
export function schemeYear(allocations: readonly { year: number }[] | null): number | null {
  return allocations?.[0]?.year ?? null;
}
