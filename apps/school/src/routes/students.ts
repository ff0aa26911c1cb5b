import type {
  InclusiveMarker,
  MatchingRoundStatus,
  Pathway,
  StudentPlacementStatus,
} from '../graphql/generated/graphql.ts';

/** bol and bbl are written in lower case in Dutch education texts. */
export const PATHWAY_LABELS: Record<Pathway, string> = { BOL: 'bol', BBL: 'bbl' };

export const PLACEMENT_STATUS_LABELS: Record<StudentPlacementStatus, string> = {
  NONE: 'Nog geen plaats',
  MATCHED: 'Gematcht, nog niet bevestigd',
  CONFIRMED: 'Bevestigd, wacht op leerbedrijf',
  ACCEPTED: 'Geaccepteerd door leerbedrijf',
  DECLINED: 'Afgewezen door leerbedrijf',
  ACTIVE: 'Stage of leerbaan loopt',
  NEEDS_REPLACEMENT: 'Vervangende plaats nodig',
};

export const ROUND_STATUS_LABELS: Record<MatchingRoundStatus, string> = {
  DRAFT: 'In voorbereiding',
  RUN: 'Gematcht, nog niet bevestigd',
  CONFIRMED: 'Bevestigd',
};

export const ACCESSIBLE_MARKER: InclusiveMarker = 'ACCESSIBLE_WORKPLACE';

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });

/** Alphabetical by family name, then given name, the Dutch way. */
export function sortStudents<T extends { givenName: string; familyName: string }>(students: readonly T[]): T[] {
  return [...students].sort(
    (a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName),
  );
}

/** The ranked choices to send: filled picks in order, without repeats. */
export function rankedChoices(picks: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const pick of picks) {
    if (pick === '' || seen.has(pick)) continue;
    seen.add(pick);
    out.push(pick);
  }
  return out;
}
