/**
 * The one list of the stelsel's parts. The gateway composes these subgraphs, the stack starts them,
 * each server reads its default port here, and the web host serves the apps as `/apps.json`, from
 * which the shell builds its routes and menu at run time. Adding an app or a subgraph is a line here.
 * Isomorphic: no Node or browser APIs, so the shell may import its types too.
 */

export interface SubgraphPart {
  /** Folder under services/ and the subgraph's name in the supergraph. */
  name: string;
  port: number;
  /** Prefix of its environment variables: `<ENV>_PORT`, `<ENV>_URL`, `<ENV>_DATA_DIR`. */
  env: string;
  /** Dutch name, for messages. */
  label: string;
  /**
   * Subgraphs only: the port of its loopback event feed (`<ENV>_EVENTS_PORT`), where the services that
   * consume its domain events read its outbox when no NATS_URL is set (packages/events).
   */
  eventsPort?: number;
}

export const SUBGRAPHS = [
  { name: 'placements', port: 4001, eventsPort: 4101, env: 'PLACEMENTS', label: 'plaatsingen' },
  { name: 'reports', port: 4002, eventsPort: 4102, env: 'REPORTS', label: 'meldingen' },
  { name: 'funding', port: 4003, eventsPort: 4103, env: 'FUNDING', label: 'financiering' },
  { name: 'equal-treatment', port: 4004, eventsPort: 4104, env: 'EQUAL_TREATMENT', label: 'gelijke behandeling' },
] as const satisfies readonly SubgraphPart[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** The parts that are not subgraphs: identity provider, gateway and web host. */
export const HOSTS = [
  { name: 'identity', port: 4100, env: 'IDENTITY', label: 'identiteitsprovider' },
  { name: 'gateway', port: 4000, env: 'GATEWAY', label: 'gateway' },
  { name: 'web', port: 3000, env: 'WEB', label: 'webapps' },
] as const satisfies readonly SubgraphPart[];

/** Every process of the system, in start order (identity first, web last). */
export const PARTS = [HOSTS[0], ...SUBGRAPHS, HOSTS[1], HOSTS[2]] as const;
export type PartName = (typeof PARTS)[number]['name'];

export function partOf(name: PartName): (typeof PARTS)[number] {
  const part = PARTS.find((p) => p.name === name);
  if (!part) throw new Error(`Onbekend onderdeel: ${name}`);
  return part;
}

export const defaultPortOf = (name: PartName): number => partOf(name).port;

/** The environment variable that moves a part to another port, e.g. `EQUAL_TREATMENT_PORT`. */
export const portVariableOf = (name: PartName): string => `${partOf(name).env}_PORT`;

/** The variable that moves a subgraph's event feed, e.g. `REPORTS_EVENTS_PORT`. */
export const eventsPortVariableOf = (name: SubgraphName): string => `${partOf(name).env}_EVENTS_PORT`;

/** A stakeholder app as the shell needs it; served by the web host as `/apps.json`. */
export interface AppEntry {
  /** Folder under apps/ and the name of its build. */
  name: string;
  /** Bare specifier in the import map, e.g. "@stelsel/school". */
  specifier: string;
  /** Where it lives in the URL. */
  path: string;
  /** The roles that may open it; the first one's home page is this app. */
  roles: readonly string[];
  /** Link text in the navigation. */
  label: string;
  /** Dutch name of the part, used when saying it is unavailable. */
  title: string;
  /**
   * Pages of the app that open without logging in (full paths under `path`), for everyone: the shell
   * mounts the app for them and links them from its login page. The gateway still lets a visitor run
   * only the documents open to visitors.
   */
  publicPages?: readonly PublicPage[];
}

/** A page open without login, as the shell links it. */
export interface PublicPage {
  path: string;
  label: string;
}

export const APPS: readonly AppEntry[] = [
  {
    name: 'school',
    specifier: '@stelsel/school',
    path: '/school',
    roles: ['institution'],
    label: 'Mijn studenten',
    title: 'School',
  },
  {
    name: 'company',
    specifier: '@stelsel/company',
    path: '/bedrijf',
    roles: ['company'],
    label: 'Erkenning en leerplaatsen',
    title: 'Bedrijf',
  },
  {
    name: 'municipality',
    specifier: '@stelsel/municipality',
    path: '/gemeente',
    roles: ['municipality'],
    label: 'Introductieweek',
    title: 'Gemeente',
  },
  {
    name: 'ministry',
    specifier: '@stelsel/ministry',
    path: '/ministerie',
    roles: ['ministry'],
    label: 'Allocaties',
    title: 'Ministerie',
  },
  {
    name: 'sbb',
    specifier: '@stelsel/sbb',
    path: '/sbb',
    roles: ['sbb'],
    label: 'Meldingen en zaken',
    title: 'SBB',
  },
  {
    name: 'student',
    specifier: '@stelsel/student',
    path: '/student',
    roles: ['student'],
    label: 'Mijn stage',
    title: 'Student',
    publicPages: [{ path: '/student/melding-volgen', label: 'Een melding volgen met de ontvangstcode' }],
  },
];

/** Reads an `/apps.json` body; refuses anything that is not a list of complete app entries. */
export function parseApps(value: unknown): AppEntry[] {
  if (!Array.isArray(value)) throw new Error('apps.json is geen lijst van apps.');
  return value.map((raw, index) => {
    const app = raw as Partial<AppEntry> | null;
    const text = (v: unknown) => typeof v === 'string' && v.length > 0;
    if (
      !app ||
      !text(app.name) ||
      !text(app.specifier) ||
      !text(app.label) ||
      !text(app.title) ||
      typeof app.path !== 'string' ||
      !app.path.startsWith('/') ||
      !Array.isArray(app.roles) ||
      !app.roles.every(text)
    ) {
      throw new Error(`apps.json: app ${index + 1} is onvolledig (naam, specifier, pad, rollen, label en titel).`);
    }
    const base = app.path;
    const pages = app.publicPages ?? [];
    if (
      !Array.isArray(pages) ||
      !pages.every(
        (page) => page && text(page.label) && typeof page.path === 'string' && page.path.startsWith(`${base}/`),
      )
    ) {
      throw new Error(`apps.json: app ${index + 1} heeft een openbare pagina zonder label of buiten ${base}/.`);
    }
    return {
      name: app.name as string,
      specifier: app.specifier as string,
      path: app.path,
      roles: [...app.roles],
      label: app.label as string,
      title: app.title as string,
      ...(pages.length > 0 ? { publicPages: pages.map((page) => ({ path: page.path, label: page.label })) } : {}),
    };
  });
}
