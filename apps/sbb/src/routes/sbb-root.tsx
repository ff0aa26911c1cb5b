import { type AppRootProps, useAppPath } from '@stelsel/client';
import { NotFound, SubNavigation, usePageTitle } from '@stelsel/ui';
import { CasePage } from './case-page.tsx';
import { CasesPage } from './cases-page.tsx';
import { ReassessmentsPage } from './reassessments-page.tsx';
import { APP_NAME, CASES_PATH, REASSESSMENTS_PATH, sbbPage, TITLES } from './sbb-pages.ts';

/** The SBB app: reports of internship discrimination as cases, and accreditations due for reassessment. */
export function SbbRoot({ basePath }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const page = sbbPage(path);
  usePageTitle(TITLES[page.kind], APP_NAME);
  const items = [
    {
      href: `${basePath}${CASES_PATH}`,
      label: 'Meldingen en zaken',
      current: page.kind === 'cases' || page.kind === 'case',
    },
    { href: `${basePath}${REASSESSMENTS_PATH}`, label: 'Herbeoordelingen', current: page.kind === 'reassessments' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van SBB" items={items} onNavigate={navigate} />
      {page.kind === 'cases' ? <CasesPage basePath={basePath} navigate={navigate} /> : null}
      {page.kind === 'case' ? <CasePage id={page.id} basePath={basePath} navigate={navigate} /> : null}
      {page.kind === 'reassessments' ? <ReassessmentsPage /> : null}
      {page.kind === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Meldingen en zaken" onNavigate={navigate} />
      ) : null}
    </>
  );
}
