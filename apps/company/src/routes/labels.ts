import { formatDate } from '@stelsel/ui/format';
import type {
  AccreditationStatus,
  DeclineReason,
  InclusiveMarker,
  Pathway,
  PlacementStatus,
  PlaceStatus,
} from '../graphql/generated/graphql.ts';

export const ACCREDITATION_STATUS_LABELS: Record<AccreditationStatus, string> = {
  ACTIVE: 'Actief',
  SUSPENDED: 'Geschorst',
  WITHDRAWN: 'Ingetrokken',
};

export const PLACE_STATUS_LABELS: Record<PlaceStatus, string> = { OPEN: 'Open', CLOSED: 'Gesloten' };

/** A place's status as the company reads it: "Verlopen" once its end date has passed (issue 9 §5). */
export function placeStatusText(place: {
  status: PlaceStatus;
  expired: boolean;
  closedReason?: string | null;
}): string {
  if (place.expired)
    return 'Verlopen: einddatum voorbij. Geef de plaats een nieuwe periode om haar weer aan te bieden.';
  return place.closedReason
    ? `${PLACE_STATUS_LABELS[place.status]}: ${place.closedReason}`
    : PLACE_STATUS_LABELS[place.status];
}

export const PATHWAY_LABELS: Record<Pathway, string> = { BOL: 'bol (stage)', BBL: 'bbl (leerbaan)' };

export const INCLUSIVE_MARKER_LABELS: Record<InclusiveMarker, string> = {
  ACCESSIBLE_WORKPLACE: 'Toegankelijke werkplek (bijvoorbeeld voor een rolstoel)',
  GUIDANCE_LEVEL_1_2: 'Extra begeleiding voor studenten op niveau 1 en 2',
  PART_TIME_POSSIBLE: 'In deeltijd mogelijk',
  LANGUAGE_SUPPORT: 'Ondersteuning bij de Nederlandse taal op de werkvloer',
};

export const INCLUSIVE_MARKERS = Object.keys(INCLUSIVE_MARKER_LABELS) as InclusiveMarker[];

export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, string> = {
  CONFIRMED: 'Wacht op uw reactie',
  ACCEPTED: 'Geaccepteerd',
  DECLINED: 'Afgewezen',
  ACTIVE: 'Loopt',
  ENDED: 'Beëindigd',
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  NO_CAPACITY: 'Geen begeleidingscapaciteit meer in de periode',
  PROFILE_MISMATCH: 'De opleiding of het niveau past niet bij het werk',
  PERIOD_MISMATCH: 'De periode van de student past niet bij de plaats',
  PRACTICAL_TRAINER_UNAVAILABLE: 'Er is geen praktijkopleider beschikbaar',
  OTHER: 'Andere reden (licht toe)',
};

/** The reassessment date, with a plain warning once the API says it has passed (SBB reassesses every 4 years). */
export function reassessmentText(due: string, overdue: boolean): string {
  return overdue ? `${formatDate(due)}: verstreken, SBB plant de herbeoordeling` : formatDate(due);
}

/** An accreditation's status; an active one past its reassessment date says so (issue 9 §5). */
export function accreditationStatusText(a: { status: AccreditationStatus; needsReassessment: boolean }): string {
  return a.needsReassessment ? 'Actief, herbeoordeling verlopen' : ACCREDITATION_STATUS_LABELS[a.status];
}

/** "2025-05-14T09:30:00Z" → "14 mei 2025". */
export function formatMoment(iso: string): string {
  return formatDate(iso.slice(0, 10));
}
