import type { Role, SessionUser } from '@stelsel/client';

/** A stakeholder app: where it lives in the URL, who it is for, and how it is named in the import map. */
export interface AppDefinition {
  /** Bare specifier in the import map, e.g. "@stelsel/school". */
  specifier: string;
  path: string;
  role: Role;
  /** Link text in the navigation. */
  label: string;
  /** Name of the part, used when saying it is unavailable. */
  title: string;
}

export const APPS: readonly AppDefinition[] = [
  { specifier: '@stelsel/school', path: '/school', role: 'institution', label: 'Mijn studenten', title: 'School' },
  {
    specifier: '@stelsel/company',
    path: '/bedrijf',
    role: 'company',
    label: 'Erkenning en leerplaatsen',
    title: 'Bedrijf',
  },
  {
    specifier: '@stelsel/municipality',
    path: '/gemeente',
    role: 'municipality',
    label: 'Introductieweek',
    title: 'Gemeente',
  },
  { specifier: '@stelsel/ministry', path: '/ministerie', role: 'ministry', label: 'Allocaties', title: 'Ministerie' },
  { specifier: '@stelsel/student', path: '/student', role: 'student', label: 'Mijn stage', title: 'Student' },
];

export const CALLBACK_PATH = '/auth/callback';

export function isUnder(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function appForPath(pathname: string): AppDefinition | undefined {
  return APPS.find((app) => isUnder(pathname, app.path));
}

export function appForRole(role: Role): AppDefinition | undefined {
  return APPS.find((app) => app.role === role);
}

/** What the shell shows for a path and a (possibly absent) person. */
export type Screen =
  | { kind: 'callback' }
  | { kind: 'login' }
  | { kind: 'redirect'; to: string }
  | { kind: 'app'; app: AppDefinition }
  | { kind: 'wrong-role'; app: AppDefinition; own: AppDefinition | undefined }
  | { kind: 'no-app-for-role'; role: Role }
  | { kind: 'not-found' };

/**
 * Role-based routing. The shell never shows data to someone not logged in, and never mounts an
 * app for another role (the subgraphs would refuse the data anyway; this is the polite front).
 */
export function decideScreen(pathname: string, user: SessionUser | null): Screen {
  if (pathname === CALLBACK_PATH) return { kind: 'callback' };
  if (!user) return { kind: 'login' };
  const own = appForRole(user.role);
  if (pathname === '/' || pathname === '') {
    return own ? { kind: 'redirect', to: own.path } : { kind: 'no-app-for-role', role: user.role };
  }
  const app = appForPath(pathname);
  if (!app) return { kind: 'not-found' };
  if (app.role !== user.role) return { kind: 'wrong-role', app, own };
  return { kind: 'app', app };
}

/** single-spa's activity function for an app: the path matches and the person has that role. */
export function isAppActive(app: AppDefinition, pathname: string, user: SessionUser | null): boolean {
  const screen = decideScreen(pathname, user);
  return screen.kind === 'app' && screen.app.specifier === app.specifier;
}
