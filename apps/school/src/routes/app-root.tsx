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
import { BooksPage } from './books-page.tsx';
import { CardsPage } from './cards-page.tsx';
import { IntroWeekPage } from './intro-week-page.tsx';
import { MissingContactMomentsPage } from './missing-contact-moments-page.tsx';
import { PlacePage } from './place-page.tsx';
import { PlacementPage } from './placement-page.tsx';
import { QualityPlanPage } from './quality-plan-page.tsx';
import { RefundsPage } from './refunds-page.tsx';
import { ReportDeskPage } from './report-desk-page.tsx';
import { RoundPage } from './round-page.tsx';
import { RoundsPage } from './rounds-page.tsx';
import { OVERDUE_TEXT } from './students.ts';
import { StudentsPage } from './students-page.tsx';

type Page =
  | 'students'
  | 'placement'
  | 'contact-moments'
  | 'rounds'
  | 'round'
  | 'place'
  | 'books'
  | 'refunds'
  | 'cards'
  | 'intro-week'
  | 'report-desk'
  | 'quality-plan'
  | 'not-found';

export const APP_NAME = 'School';

/** The page part of the document title (WCAG 2.4.2), one per kind of page. */
export const PAGE_TITLES: Record<Page, string> = {
  students: 'Mijn studenten',
  placement: 'Plaatsing',
  'contact-moments': 'Contactmomenten',
  rounds: 'Stagematching',
  round: 'Matchingsronde',
  place: 'Plaats',
  books: 'Gratis boeken',
  refunds: 'Ongebruikte leermiddelen',
  cards: 'Studentenkaarten',
  'intro-week': 'Introductieweken',
  'report-desk': 'Meldpunt',
  'quality-plan': 'Kwaliteitsplan',
  'not-found': 'Pagina niet gevonden',
};

/** The page an app path shows, with the id in it (`/rondes/<id>`, `/plaatsingen/<id>`, `/plaatsen/<id>`). */
export function pageOf(path: string): { page: Page; id: string | null } {
  const place = /^\/plaatsen\/([^/]+)$/.exec(path);
  if (place?.[1]) return { page: 'place', id: decodeURIComponent(place[1]) };
  const round = /^\/rondes\/([^/]+)$/.exec(path);
  if (round?.[1]) return { page: 'round', id: decodeURIComponent(round[1]) };
  const placement = /^\/plaatsingen\/([^/]+)$/.exec(path);
  if (placement?.[1]) return { page: 'placement', id: decodeURIComponent(placement[1]) };
  if (path === '/rondes') return { page: 'rounds', id: null };
  if (path === '/boeken') return { page: 'books', id: null };
  if (path === '/leermiddelen') return { page: 'refunds', id: null };
  if (path === '/kaarten') return { page: 'cards', id: null };
  if (path === '/introductieweken') return { page: 'intro-week', id: null };
  if (path === '/meldpunt') return { page: 'report-desk', id: null };
  if (path === '/kwaliteitsplan') return { page: 'quality-plan', id: null };
  if (path === '/contactmomenten') return { page: 'contact-moments', id: null };
  if (path === '') return { page: 'students', id: null };
  return { page: 'not-found', id: null };
}

/** Where each task of the school is done (issue 9 §5); overdue matches open the list searched for them. */
export function taskHref(basePath: string, kind: TaskKind): string {
  if (kind === 'RECORD_CONTACT_MOMENTS') return `${basePath}/contactmomenten`;
  if (kind === 'OVERDUE_MATCHES') return `${basePath}?zoek=${encodeURIComponent(OVERDUE_TEXT)}`;
  return basePath;
}

/** The pages of the school app, each at its own address under the base path. */
export function SchoolRoot(props: AppRootProps) {
  const { basePath, session } = props;
  const { path, navigate } = useAppPath(basePath);
  const { page, id } = pageOf(path);
  usePageTitle(PAGE_TITLES[page], APP_NAME);
  // What waits, counted again on every page change so the navigation follows what was just done.
  const tasksResult = useQuery(myTasksQuery, {});
  useReloadOnChange(path, tasksResult.reload);
  const tasks = tasksResult.status === 'done' ? (tasksResult.data.myTasks ?? null) : null;
  const items = [
    {
      href: basePath,
      label: 'Studenten',
      current: page === 'students' || page === 'placement',
      count: countOf(tasks, ['DRAW_UP_AGREEMENTS', 'SIGN_AGREEMENTS', 'OVERDUE_MATCHES']),
    },
    {
      href: `${basePath}/contactmomenten`,
      label: 'Contactmomenten',
      current: page === 'contact-moments',
      count: countOf(tasks, ['RECORD_CONTACT_MOMENTS']),
    },
    {
      href: `${basePath}/rondes`,
      label: 'Stagematching',
      current: page === 'rounds' || page === 'round' || page === 'place',
    },
    { href: `${basePath}/boeken`, label: 'Gratis boeken', current: page === 'books' },
    { href: `${basePath}/leermiddelen`, label: 'Ongebruikte leermiddelen', current: page === 'refunds' },
    { href: `${basePath}/kaarten`, label: 'Studentenkaarten', current: page === 'cards' },
    { href: `${basePath}/introductieweken`, label: 'Introductieweken', current: page === 'intro-week' },
    { href: `${basePath}/meldpunt`, label: 'Meldpunt', current: page === 'report-desk' },
    { href: `${basePath}/kwaliteitsplan`, label: 'Kwaliteitsplan', current: page === 'quality-plan' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van de school" items={items} onNavigate={navigate} />
      {page === 'students' ? (
        <StudentsPage
          {...props}
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
      {page === 'placement' && id ? (
        <PlacementPage
          key={id}
          placementId={id}
          institutionId={session.user.organisation}
          basePath={basePath}
          navigate={navigate}
        />
      ) : null}
      {page === 'contact-moments' ? <MissingContactMomentsPage basePath={basePath} navigate={navigate} /> : null}
      {page === 'rounds' ? <RoundsPage {...props} navigate={navigate} /> : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Mijn studenten" onNavigate={navigate} />
      ) : null}
      {page === 'place' && id ? (
        <PlacePage key={id} placeId={id} basePath={basePath} navigate={navigate} appName={APP_NAME} />
      ) : null}
      {page === 'books' ? <BooksPage institutionId={session.user.organisation} /> : null}
      {page === 'refunds' ? <RefundsPage institutionId={session.user.organisation} /> : null}
      {page === 'cards' ? <CardsPage institutionId={session.user.organisation} /> : null}
      {page === 'quality-plan' ? <QualityPlanPage institutionId={session.user.organisation} /> : null}
      {page === 'intro-week' ? <IntroWeekPage institutionId={session.user.organisation} /> : null}
      {page === 'report-desk' ? <ReportDeskPage institutionId={session.user.organisation} /> : null}
      {page === 'round' && id ? <RoundPage key={id} roundId={id} basePath={basePath} navigate={navigate} /> : null}
    </>
  );
}
