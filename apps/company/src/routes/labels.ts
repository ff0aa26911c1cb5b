import { formatDate } from '@stelsel/ui/format';
import type { AccreditationStatus, Pathway, PlaceStatus } from '../graphql/generated/graphql.ts';

export const ACCREDITATION_STATUS_LABELS: Record<AccreditationStatus, string> = {
  ACTIVE: 'Erkend',
  SUSPENDED: 'Geschorst',
  WITHDRAWN: 'Ingetrokken',
};

export const PLACE_STATUS_LABELS: Record<PlaceStatus, string> = { OPEN: 'Open', CLOSED: 'Gesloten' };

export const PATHWAY_LABELS: Record<Pathway, string> = { BOL: 'bol (stage)', BBL: 'bbl (leerbaan)' };

/** The reassessment date, with a plain warning when it has passed (SBB reassesses every 4 years). */
export function reassessmentText(due: string, today = new Date()): string {
  const todayIso = today.toISOString().slice(0, 10);
  return due < todayIso ? `${formatDate(due)} (datum verstreken)` : formatDate(due);
}
