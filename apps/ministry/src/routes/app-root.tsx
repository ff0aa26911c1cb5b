import { type AppRootProps, useAppPath } from '@stelsel/client';
import { NotFound, SubNavigation, usePageTitle } from '@stelsel/ui';
import type { ComponentType } from 'react';
import { AllocationsPage } from './allocations-page.tsx';
import { EqualTreatmentPage } from './equal-treatment-page.tsx';
import { FundingLinesPage } from './funding-lines-page.tsx';
import { PraktijklerenPage } from './praktijkleren-page.tsx';
import { QualityPlanPage } from './quality-plan-page.tsx';
import { QualityPlansPage } from './quality-plans-page.tsx';
import { ReportsPage } from './reports-page.tsx';
import { APP_NAME, MINISTRY_ROUTES, type MinistryRoute, qualityPlanIdOf, routeFor } from './routes.ts';
import { ShortagesPage } from './shortages-page.tsx';
import { StudentMeasuresPage } from './student-measures-page.tsx';

const PAGES: Record<Exclude<MinistryRoute['id'], 'quality-plans'>, ComponentType> = {
  allocations: AllocationsPage,
  shortages: ShortagesPage,
  'student-measures': StudentMeasuresPage,
  'equal-treatment': () => <EqualTreatmentPage />,
  reports: ReportsPage,
  'funding-lines': FundingLinesPage,
  praktijkleren: PraktijklerenPage,
};

/** The ministry app: its own navigation between allocations and shortages, each at its own address. */
export function MinistryRoot({ basePath }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const planId = qualityPlanIdOf(path);
  const active = planId ? (MINISTRY_ROUTES.find((r) => r.id === 'quality-plans') ?? null) : routeFor(path);
  usePageTitle(planId ? 'Kwaliteitsplan' : active ? active.label : 'Pagina niet gevonden', APP_NAME);
  const items = MINISTRY_ROUTES.map((route) => ({
    href: `${basePath}${route.suffix}`,
    label: route.label,
    current: route.id === active?.id,
  }));
  const page = (() => {
    if (planId) return <QualityPlanPage key={planId} id={planId} basePath={basePath} navigate={navigate} />;
    if (active?.id === 'quality-plans') return <QualityPlansPage basePath={basePath} navigate={navigate} />;
    const Page = active ? PAGES[active.id] : null;
    return Page ? <Page /> : null;
  })();
  return (
    <>
      <SubNavigation label="Onderdelen van het ministerie" items={items} onNavigate={navigate} />
      {page ?? <NotFound app={APP_NAME} startHref={basePath} startLabel="Allocaties" onNavigate={navigate} />}
    </>
  );
}
