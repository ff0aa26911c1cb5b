/** The pages of the ministry app, each under the app's base path. */
export const MINISTRY_ROUTES = [
  { id: 'allocations', suffix: '', label: 'Allocaties' },
  { id: 'shortages', suffix: '/stagetekorten', label: 'Stagetekorten' },
] as const;

export type MinistryRoute = (typeof MINISTRY_ROUTES)[number];

/** The page for a path; anything unknown under the base path shows the allocations. */
export function routeFor(basePath: string, pathname: string): MinistryRoute {
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length).replace(/\/+$/, '') : '';
  return MINISTRY_ROUTES.find((route) => route.suffix !== '' && route.suffix === rest) ?? MINISTRY_ROUTES[0];
}
