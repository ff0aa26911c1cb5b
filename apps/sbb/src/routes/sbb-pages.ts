export const APP_NAME = 'SBB';
export const CASES_PATH = '/zaken';
export const REASSESSMENTS_PATH = '/herbeoordelingen';

export type SbbPage =
  | { kind: 'cases' }
  | { kind: 'case'; id: string }
  | { kind: 'reassessments' }
  | { kind: 'not-found' };

/** The page for a path inside the app: the case list is the start page. */
export function sbbPage(path: string): SbbPage {
  if (path === '' || path === CASES_PATH) return { kind: 'cases' };
  if (path === REASSESSMENTS_PATH) return { kind: 'reassessments' };
  const match = /^\/zaken\/([^/]+)$/.exec(path);
  if (match?.[1]) return { kind: 'case', id: decodeURIComponent(match[1]) };
  return { kind: 'not-found' };
}

export const TITLES: Record<SbbPage['kind'], string> = {
  cases: 'Meldingen en zaken',
  case: 'Zaak',
  reassessments: 'Herbeoordelingen',
  'not-found': 'Pagina niet gevonden',
};

/** "3 december 2026" from an ISO moment or date. */
export const dayOf = (moment: string): string => moment.slice(0, 10);
