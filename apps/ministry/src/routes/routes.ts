/** The pages of the ministry app, each under the app's base path. */
export const MINISTRY_ROUTES = [
  { id: 'allocations', suffix: '', label: 'Allocaties' },
  { id: 'shortages', suffix: '/stagetekorten', label: 'Stagetekorten' },
  { id: 'student-measures', suffix: '/boeken-en-kaarten', label: 'Boeken en kaarten' },
  { id: 'equal-treatment', suffix: '/gelijke-behandeling', label: 'Introductie en sport' },
  { id: 'reports', suffix: '/meldingen', label: 'Meldingen' },
  { id: 'quality-plans', suffix: '/kwaliteitsplannen', label: 'Kwaliteitsplannen' },
  { id: 'funding-lines', suffix: '/financiering', label: 'Financieringslijnen' },
  { id: 'praktijkleren', suffix: '/praktijkleren', label: 'Praktijkleren' },
] as const;

export type MinistryRoute = (typeof MINISTRY_ROUTES)[number];

export const APP_NAME = 'Ministerie';

/** The page for an app path (after the base path, without trailing slashes); `null` when there is none. */
export function routeFor(path: string): MinistryRoute | null {
  return MINISTRY_ROUTES.find((route) => route.suffix === path) ?? null;
}

/** The plan id of a quality plan's own page (`/kwaliteitsplannen/<id>`); null for any other path. */
export function qualityPlanIdOf(path: string): string | null {
  const match = /^\/kwaliteitsplannen\/([^/]+)$/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
