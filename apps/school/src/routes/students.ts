import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '@stelsel/ui';
import type {
  DeclineReason,
  InclusiveMarker,
  MatchingRoundStatus,
  Pathway,
  PlacementEventKind,
  PlacementStatus,
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

/** The status of one placement (the students list shows the student's status instead). */
export const PLACEMENT_RECORD_STATUS_LABELS: Record<PlacementStatus, string> = {
  CONFIRMED: 'Bevestigd, wacht op leerbedrijf',
  ACCEPTED: 'Geaccepteerd door leerbedrijf',
  DECLINED: 'Afgewezen door leerbedrijf',
  ACTIVE: 'Stage of leerbaan loopt',
  ENDED: 'Beëindigd',
};

export const PLACEMENT_EVENT_LABELS: Record<PlacementEventKind, string> = {
  CONFIRMED: 'Bevestigd door de instelling',
  ACCEPTED: 'Geaccepteerd door het leerbedrijf',
  DECLINED: 'Afgewezen door het leerbedrijf',
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  NO_CAPACITY: 'Geen begeleidingscapaciteit meer in de periode',
  PROFILE_MISMATCH: 'De opleiding of het niveau past niet bij het werk',
  PERIOD_MISMATCH: 'De periode van de student past niet bij de plaats',
  PRACTICAL_TRAINER_UNAVAILABLE: 'Er is geen praktijkopleider beschikbaar',
  OTHER: 'Andere reden',
};

/** The agreement column of the students list: its status, or "Nog geen". */
export function agreementStatusText(placement: { agreement?: { status: AgreementStatus } | null } | null | undefined) {
  return placement?.agreement ? AGREEMENT_STATUS_LABELS[placement.agreement.status] : 'Nog geen';
}

/** The placement column of the students list: "Geaccepteerd door leerbedrijf: <place>, <company>". */
export function placementText(
  status: StudentPlacementStatus,
  placement: { place: { title: string }; company: { name: string }; responseOverdue?: boolean },
): string {
  // The company did not answer in time (issue 9 §5): the school follows up.
  const overdue = placement.responseOverdue ? ` (${OVERDUE_TEXT})` : '';
  return `${PLACEMENT_STATUS_LABELS[status]}${overdue}: ${placement.place.title}, ${placement.company.name}`;
}

/** Said of a match the company did not answer in time; also the search that finds them in the list. */
export const OVERDUE_TEXT = 'reactietermijn verlopen';

/** A placement's page, under the app's base path. */
export function placementPath(basePath: string, placementId: string): string {
  return `${basePath}/plaatsingen/${encodeURIComponent(placementId)}`;
}

/** An agreement can be drawn up once the company accepted the placement (and while it runs). */
export function mayDraftAgreement(status: PlacementStatus): boolean {
  return status === 'ACCEPTED' || status === 'ACTIVE';
}

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
