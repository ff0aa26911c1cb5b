import { type AppRootProps, useAppPath } from '@stelsel/client';
import { NotFound, SubNavigation, usePageTitle } from '@stelsel/ui';
import type { ComponentType } from 'react';
import { AllocationsPage } from './allocations-page.tsx';
import { EqualTreatmentPage } from './equal-treatment-page.tsx';
import { ReportsPage } from './reports-page.tsx';
import { APP_NAME, MINISTRY_ROUTES, type MinistryRoute, routeFor } from './routes.ts';
import { ShortagesPage } from './shortages-page.tsx';
import { StudentMeasuresPage } from './student-measures-page.tsx';

const PAGES: Record<MinistryRoute['id'], ComponentType> = {
  allocations: AllocationsPage,
  shortages: ShortagesPage,
  'student-measures': StudentMeasuresPage,
  'equal-treatment': () => <EqualTreatmentPage />,
  reports: ReportsPage,
};

/** The ministry app: its own navigation between allocations and shortages, each at its own address. */
export function MinistryRoot({ basePath }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const active = routeFor(path);
  usePageTitle(active ? active.label : 'Pagina niet gevonden', APP_NAME);
  const Page = active ? PAGES[active.id] : null;
  const items = MINISTRY_ROUTES.map((route) => ({
    href: `${basePath}${route.suffix}`,
    label: route.label,
    current: route.id === active?.id,
  }));
  return (
    <>
      <SubNavigation label="Onderdelen van het ministerie" items={items} onNavigate={navigate} />
      {Page ? <Page /> : <NotFound app={APP_NAME} startHref={basePath} startLabel="Allocaties" onNavigate={navigate} />}
    </>
  );
}
