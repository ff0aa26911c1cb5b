import { type AppRootProps, useAppPath, useQuery } from '@stelsel/client';
import { countOf, NotFound, SubNavigation, TaskList, usePageTitle, useReloadOnChange } from '@stelsel/ui';
import { myTasksQuery } from '../graphql/tasks.ts';
import { ChoicesPage } from './choices-page.tsx';
import { MyPlacementPage } from './my-placement-page.tsx';

export const CHOICES_PATH = '/keuzes';

export const APP_NAME = 'Student';

/** The page part of the document title (WCAG 2.4.2). */
export const PAGE_TITLES = {
  placement: 'Mijn stage',
  choices: 'Mijn keuzes',
  'not-found': 'Pagina niet gevonden',
} as const;

/** The pages of the student app, each at its own address under the base path. */
export function StudentRoot(props: AppRootProps) {
  const { basePath } = props;
  const { path, navigate } = useAppPath(basePath);
  const page = path === CHOICES_PATH ? 'choices' : path === '' ? 'placement' : 'not-found';
  usePageTitle(PAGE_TITLES[page], APP_NAME);
  // What waits for the student, counted again on every page change and after signing.
  const tasksResult = useQuery(myTasksQuery, {});
  useReloadOnChange(path, tasksResult.reload);
  const tasks = tasksResult.status === 'done' ? (tasksResult.data.myTasks ?? null) : null;
  const items = [
    { href: basePath, label: 'Mijn stage', current: page === 'placement', count: countOf(tasks, ['SIGN_AGREEMENTS']) },
    { href: `${basePath}${CHOICES_PATH}`, label: 'Mijn keuzes', current: page === 'choices' },
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
      {page === 'choices' ? <ChoicesPage /> : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Mijn stage" onNavigate={navigate} />
      ) : null}
    </>
  );
}
