export const CHOICES_PATH = '/keuzes';
export const PLACES_PATH = '/plaatsen';
export const ENTITLEMENTS_PATH = '/rechten';
export const REPORT_PATH = '/melden';
/** Open without login (the shell knows it from @stelsel/topology's app list). */
export const FOLLOW_PATH = '/melding-volgen';
/**
 * Every page of this app that opens without login. The shell routes to them from the app list in
 * @stelsel/topology, which this app does not import (adding an app there rebuilds no other app):
 * public-pages.test.ts holds the two lists together.
 */
export const PUBLIC_PATHS = [FOLLOW_PATH] as const;

export const APP_NAME = 'Student';

/** The page part of the document title (WCAG 2.4.2); a place page shows the place's own title once loaded. */
export const PAGE_TITLES = {
  placement: 'Mijn stage',
  choices: 'Mijn keuzes',
  place: 'Plaats',
  entitlements: 'Mijn rechten',
  report: 'Melden',
  'not-found': 'Pagina niet gevonden',
} as const;

export type Page = keyof typeof PAGE_TITLES;

/** The page an app path shows, with the place id in it (`/plaatsen/<id>`). */
export function pageOf(path: string): { page: Page; id: string | null } {
  const place = /^\/plaatsen\/([^/]+)$/.exec(path);
  if (place?.[1]) return { page: 'place', id: decodeURIComponent(place[1]) };
  if (path === CHOICES_PATH) return { page: 'choices', id: null };
  if (path === ENTITLEMENTS_PATH) return { page: 'entitlements', id: null };
  if (path === REPORT_PATH) return { page: 'report', id: null };
  if (path === '') return { page: 'placement', id: null };
  return { page: 'not-found', id: null };
}

/** The address of a place page under the app's base path. */
export const placeHref = (basePath: string, placeId: string): string =>
  `${basePath}${PLACES_PATH}/${encodeURIComponent(placeId)}`;
