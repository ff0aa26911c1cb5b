import { type AppRootProps, useAppPath, useQuery } from '@stelsel/client';
import {
  countOf,
  NotFound,
  SubNavigation,
  type TaskKind,
  TaskList,
  usePageTitle,
  useReloadOnChange,
} from '@stelsel/ui';
import { myTasksQuery } from '../graphql/tasks.ts';
import { CasesPage } from './cases-page.tsx';
import { CompanyPage } from './company-page.tsx';
import { MatchesPage } from './matches-page.tsx';
import { PlacePage } from './place-page.tsx';
import { PlacementPage } from './placement-page.tsx';
import { PlacementsPage } from './placements-page.tsx';
import { PraktijklerenPage } from './praktijkleren-page.tsx';

export const APP_NAME = 'Leerbedrijf';

type Page =
  | 'overview'
  | 'new-place'
  | 'place'
  | 'matches'
  | 'placements'
  | 'placement'
  | 'cases'
  | 'praktijkleren'
  | 'not-found';

/** The page part of the document title (WCAG 2.4.2), one per kind of page. */
export const PAGE_TITLES: Record<Page, string> = {
  overview: 'Erkenning en leerplaatsen',
  'new-place': 'Plaats publiceren',
  place: 'Leerplaats wijzigen',
  matches: 'Gematchte studenten',
  placements: 'Stages',
  placement: 'Stage',
  cases: 'Meldingen',
  praktijkleren: 'Subsidie praktijkleren',
  'not-found': 'Pagina niet gevonden',
};

/** Where each task of the company is done (issue 9 §5). */
export function taskHref(basePath: string, kind: TaskKind): string {
  if (kind === 'ANSWER_MATCHES') return `${basePath}/matches`;
  if (kind === 'SIGN_AGREEMENTS' || kind === 'RECORD_CONTACT_MOMENTS') return `${basePath}/stages`;
  return basePath;
}

const segment = (match: RegExpExecArray | null) => (match?.[1] ? decodeURIComponent(match[1]) : null);

/** The pages of the company app, each at its own address under the base path. */
export function CompanyRoot({ basePath, session }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const placeId = segment(/^\/plaatsen\/([^/]+)$/.exec(path));
  const placementId = segment(/^\/stages\/([^/]+)$/.exec(path));
  const page: Page =
    path === '/matches'
      ? 'matches'
      : path === '/meldingen'
        ? 'cases'
        : path === '/praktijkleren'
          ? 'praktijkleren'
          : path === '/stages'
            ? 'placements'
            : placementId
              ? 'placement'
              : placeId === 'nieuw'
                ? 'new-place'
                : placeId
                  ? 'place'
                  : path === ''
                    ? 'overview'
                    : 'not-found';
  usePageTitle(PAGE_TITLES[page], APP_NAME);
  // What waits, counted again on every page change so the navigation follows what was just done.
  const tasksResult = useQuery(myTasksQuery, {});
  useReloadOnChange(path, tasksResult.reload);
  const tasks = tasksResult.status === 'done' ? (tasksResult.data.myTasks ?? null) : null;
  const items = [
    {
      href: basePath,
      label: 'Erkenning en leerplaatsen',
      current: page === 'overview',
      count: countOf(tasks, ['RENEW_PLACES', 'REASSESSMENT_DUE']),
    },
    { href: `${basePath}/plaatsen/nieuw`, label: 'Plaats publiceren', current: page === 'new-place' },
    {
      href: `${basePath}/matches`,
      label: 'Gematchte studenten',
      current: page === 'matches',
      count: countOf(tasks, ['ANSWER_MATCHES']),
    },
    {
      href: `${basePath}/stages`,
      label: 'Stages',
      current: page === 'placements' || page === 'placement',
      count: countOf(tasks, ['SIGN_AGREEMENTS', 'RECORD_CONTACT_MOMENTS']),
    },
    { href: `${basePath}/meldingen`, label: 'Meldingen', current: page === 'cases' },
    { href: `${basePath}/praktijkleren`, label: 'Subsidie praktijkleren', current: page === 'praktijkleren' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van het leerbedrijf" items={items} onNavigate={navigate} />
      {page === 'matches' ? <MatchesPage basePath={basePath} navigate={navigate} /> : null}
      {page === 'cases' ? <CasesPage /> : null}
      {page === 'praktijkleren' ? <PraktijklerenPage companyId={session.user.organisation} /> : null}
      {page === 'placements' ? <PlacementsPage basePath={basePath} navigate={navigate} /> : null}
      {page === 'placement' && placementId ? (
        <PlacementPage key={placementId} placementId={placementId} basePath={basePath} navigate={navigate} />
      ) : null}
      {(page === 'place' || page === 'new-place') && placeId ? (
        <PlacePage
          key={placeId}
          placeId={placeId === 'nieuw' ? null : placeId}
          basePath={basePath}
          navigate={navigate}
        />
      ) : null}
      {page === 'overview' ? (
        <CompanyPage
          basePath={basePath}
          navigate={navigate}
          tasks={
            <TaskList
              tasks={tasks}
              failed={tasksResult.status === 'failed'}
              audience="staff"
              hrefOf={(kind) => taskHref(basePath, kind)}
              onNavigate={navigate}
            />
          }
        />
      ) : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Erkenning en leerplaatsen" onNavigate={navigate} />
      ) : null}
    </>
  );
}
