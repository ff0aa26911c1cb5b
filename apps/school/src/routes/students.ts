import type { Pathway } from '../graphql/generated/graphql.ts';

/** bol and bbl are written in lower case in Dutch education texts. */
export const PATHWAY_LABELS: Record<Pathway, string> = { BOL: 'bol', BBL: 'bbl' };

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });

/** Alphabetical by family name, then given name, the Dutch way. */
export function sortStudents<T extends { givenName: string; familyName: string }>(students: readonly T[]): T[] {
  return [...students].sort(
    (a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName),
  );
}
