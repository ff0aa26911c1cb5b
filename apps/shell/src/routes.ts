import type { Role, SessionUser } from '@stelsel/client';
import { type AppEntry, parseApps } from '@stelsel/topology';

/** A stakeholder app: where it lives in the URL, who it is for, and how it is named in the import map. */
export type AppDefinition = AppEntry;

/**
 * The apps the shell routes to. Not compiled in: the shell reads `/apps.json` (served by the web host
 * from @stelsel/topology) at start and sets it here, so adding an app rebuilds no shell.
 */
let apps: readonly AppDefinition[] = [];

export function setApps(list: readonly AppDefinition[]): void {
  apps = list;
}

export function currentApps(): readonly AppDefinition[] {
  return apps;
}

/** Fetches and checks the app list; the shell cannot route without it. */
export async function loadApps(fetchFn: typeof fetch = fetch, url = '/apps.json'): Promise<AppDefinition[]> {
  const response = await fetchFn(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} gaf status ${response.status}`);
  return parseApps(await response.json());
}

export const CALLBACK_PATH = '/auth/callback';

export function isUnder(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function appForPath(pathname: string): AppDefinition | undefined {
  return apps.find((app) => isUnder(pathname, app.path));
}

/** The app whose page at this path opens without login, if any. */
export function appForPublicPath(pathname: string): AppDefinition | undefined {
  const path = pathname.replace(/\/+$/, '');
  return apps.find((app) => app.publicPages?.some((page) => page.path === path));
}

/** Every page open without login, for the login screen's links. */
export function publicPages(): { path: string; label: string }[] {
  return apps.flatMap((app) => app.publicPages ?? []);
}

export function appForRole(role: Role): AppDefinition | undefined {
  return apps.find((app) => app.roles[0] === role);
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
 * Role-based routing. The shell shows no data to someone not logged in, except an app's public pages
 * (following a report with its receipt code), and never mounts an app for another role (the subgraphs
 * would refuse the data anyway; this is the polite front).
 */
export function decideScreen(pathname: string, user: SessionUser | null): Screen {
  if (pathname === CALLBACK_PATH) return { kind: 'callback' };
  const open = appForPublicPath(pathname);
  if (open) return { kind: 'app', app: open };
  if (!user) return { kind: 'login' };
  const own = appForRole(user.role);
  if (pathname === '/' || pathname === '') {
    return own ? { kind: 'redirect', to: own.path } : { kind: 'no-app-for-role', role: user.role };
  }
  const app = appForPath(pathname);
  if (!app) return { kind: 'not-found' };
  if (!app.roles.includes(user.role)) return { kind: 'wrong-role', app, own };
  return { kind: 'app', app };
}

/** single-spa's activity function for an app: the path matches and the person has that role. */
export function isAppActive(app: AppDefinition, pathname: string, user: SessionUser | null): boolean {
  const screen = decideScreen(pathname, user);
  return screen.kind === 'app' && screen.app.specifier === app.specifier;
}
