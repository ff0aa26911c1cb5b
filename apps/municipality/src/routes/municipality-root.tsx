import { type AppRootProps, useAppPath } from '@stelsel/client';
import { NotFound, SubNavigation, usePageTitle } from '@stelsel/ui';
import { FundingPage } from './funding-page.tsx';
import { IntroWeekPage } from './intro-week-page.tsx';
import { ReportsPage } from './reports-page.tsx';
import { ShortagesSection } from './shortages-section.tsx';

export const APP_NAME = 'Gemeente';
export const SHORTAGES_PATH = '/stagetekorten';
export const FUNDING_PATH = '/financiering';
export const REPORTS_PATH = '/meldingen';

/** The page for an app path: the intro week is the start page, the region's shortages have their own. */
export function municipalityPage(path: string): 'intro-week' | 'shortages' | 'funding' | 'reports' | 'not-found' {
  if (path === '') return 'intro-week';
  if (path === SHORTAGES_PATH) return 'shortages';
  if (path === FUNDING_PATH) return 'funding';
  if (path === REPORTS_PATH) return 'reports';
  return 'not-found';
}

const TITLES = {
  'intro-week': 'Introductieweek',
  shortages: 'Stagetekorten in uw regio',
  funding: 'Financiering voor gemeenten',
  reports: 'Meldingen in uw regio',
  'not-found': 'Pagina niet gevonden',
} as const;

/** The municipality app: the intro week and the shortages in the own labour-market region, each on its own page. */
export function MunicipalityRoot(props: AppRootProps) {
  const { basePath } = props;
  const { path, navigate } = useAppPath(basePath);
  const page = municipalityPage(path);
  usePageTitle(TITLES[page], APP_NAME);
  const items = [
    { href: basePath, label: 'Introductieweek', current: page === 'intro-week' },
    { href: `${basePath}${SHORTAGES_PATH}`, label: 'Stagetekorten in uw regio', current: page === 'shortages' },
    { href: `${basePath}${FUNDING_PATH}`, label: 'Financiering', current: page === 'funding' },
    { href: `${basePath}${REPORTS_PATH}`, label: 'Meldingen in uw regio', current: page === 'reports' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van de gemeente" items={items} onNavigate={navigate} />
      {page === 'intro-week' ? <IntroWeekPage {...props} /> : null}
      {page === 'shortages' ? <ShortagesSection /> : null}
      {page === 'funding' ? <FundingPage /> : null}
      {page === 'reports' ? <ReportsPage /> : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Introductieweek" onNavigate={navigate} />
      ) : null}
    </>
  );
}
