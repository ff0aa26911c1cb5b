import type { DeclineReason } from '../graphql/generated/graphql.ts';

/** Dutch labels of the reasons a company declines a match. */
export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  NO_CAPACITY: 'Geen begeleidingscapaciteit in de periode',
  PROFILE_MISMATCH: 'Opleiding of niveau past niet bij het werk',
  PERIOD_MISMATCH: 'Periode van de student past niet',
  PRACTICAL_TRAINER_UNAVAILABLE: 'Geen praktijkopleider beschikbaar',
  OTHER: 'Andere reden (toegelicht)',
};
