import { type AppRootProps, useAppPath, useQuery } from '@stelsel/client';
import { countOf, NotFound, SubNavigation, TaskList, usePageTitle, useReloadOnChange } from '@stelsel/ui';
import { myTasksQuery } from '../graphql/tasks.ts';
import { ChoicesPage } from './choices-page.tsx';
import { EntitlementsPage } from './entitlements-page.tsx';
import { MyPlacementPage } from './my-placement-page.tsx';
import { APP_NAME, CHOICES_PATH, ENTITLEMENTS_PATH, PAGE_TITLES, pageOf, REPORT_PATH } from './paths.ts';
import { PlacePage } from './place-page.tsx';
import { ReportPage } from './report-page.tsx';

export { APP_NAME, CHOICES_PATH, PAGE_TITLES } from './paths.ts';

/** The pages of the student app, each at its own address under the base path. */
export function StudentRoot(props: AppRootProps) {
  const { basePath } = props;
  const { path, navigate } = useAppPath(basePath);
  const { page, id } = pageOf(path);
  usePageTitle(PAGE_TITLES[page], APP_NAME);
  // What waits for the student, counted again on every page change and after signing.
  const tasksResult = useQuery(myTasksQuery, {});
  useReloadOnChange(path, tasksResult.reload);
  const tasks = tasksResult.status === 'done' ? (tasksResult.data.myTasks ?? null) : null;
  const items = [
    { href: basePath, label: 'Mijn stage', current: page === 'placement', count: countOf(tasks, ['SIGN_AGREEMENTS']) },
    { href: `${basePath}${CHOICES_PATH}`, label: 'Mijn keuzes', current: page === 'choices' || page === 'place' },
    { href: `${basePath}${ENTITLEMENTS_PATH}`, label: 'Mijn rechten', current: page === 'entitlements' },
    { href: `${basePath}${REPORT_PATH}`, label: 'Melden', current: page === 'report' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van mijn stage" items={items} onNavigate={navigate} />
      {page === 'placement' ? (
        <MyPlacementPage
          onChanged={tasksResult.reload}
          tasks={
            <TaskList
              tasks={tasks}
              failed={tasksResult.status === 'failed'}
              audience="student"
              hrefOf={() => basePath}
              onNavigate={navigate}
            />
          }
        />
      ) : null}
      {page === 'entitlements' ? <EntitlementsPage /> : null}
      {page === 'report' ? <ReportPage basePath={basePath} /> : null}
      {page === 'choices' ? <ChoicesPage basePath={basePath} navigate={navigate} /> : null}
      {page === 'place' && id ? <PlacePage key={id} placeId={id} basePath={basePath} navigate={navigate} /> : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Mijn stage" onNavigate={navigate} />
      ) : null}
    </>
  );
}
