import { formatDate } from '@stelsel/ui';
import type { MatchingRoundQuery, RoundPlaceFragment } from '../graphql/generated/graphql.ts';
import { ACCESSIBLE_MARKER } from './students.ts';

/** The matching round as the round page shows it, and the labels its parts share. */
export type Round = NonNullable<MatchingRoundQuery['matchingRound']>;
export type RoundStudent = Round['students'][number];
export type Result = Round['results'][number];

export function placeLabel(p: RoundPlaceFragment): string {
  const accessible = p.inclusiveMarkers.includes(ACCESSIBLE_MARKER) ? ', toegankelijk' : '';
  return `${p.title} — ${p.company.name}, ${p.city} (${formatDate(p.startsOn)} tot en met ${formatDate(p.endsOn)}${accessible})`;
}

export function studentName(s: { givenName: string; familyName: string }): string {
  return `${s.givenName} ${s.familyName}`;
}
