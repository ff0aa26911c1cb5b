import { type AppRootProps, useAppPath } from '@stelsel/client';
import { NotFound, SubNavigation, usePageTitle } from '@stelsel/ui';
import { CompanyPage } from './company-page.tsx';
import { MatchesPage } from './matches-page.tsx';
import { PlacePage } from './place-page.tsx';
import { PlacementPage } from './placement-page.tsx';
import { PlacementsPage } from './placements-page.tsx';

export const APP_NAME = 'Leerbedrijf';

type Page = 'overview' | 'new-place' | 'place' | 'matches' | 'placements' | 'placement' | 'not-found';

/** The page part of the document title (WCAG 2.4.2), one per kind of page. */
export const PAGE_TITLES: Record<Page, string> = {
  overview: 'Erkenning en leerplaatsen',
  'new-place': 'Plaats publiceren',
  place: 'Leerplaats wijzigen',
  matches: 'Gematchte studenten',
  placements: 'Stages',
  placement: 'Stage',
  'not-found': 'Pagina niet gevonden',
};

const segment = (match: RegExpExecArray | null) => (match?.[1] ? decodeURIComponent(match[1]) : null);

/** The pages of the company app, each at its own address under the base path. */
export function CompanyRoot({ basePath }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const placeId = segment(/^\/plaatsen\/([^/]+)$/.exec(path));
  const placementId = segment(/^\/stages\/([^/]+)$/.exec(path));
  const page: Page =
    path === '/matches'
      ? 'matches'
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
  const items = [
    { href: basePath, label: 'Erkenning en leerplaatsen', current: page === 'overview' },
    { href: `${basePath}/plaatsen/nieuw`, label: 'Plaats publiceren', current: page === 'new-place' },
    { href: `${basePath}/matches`, label: 'Gematchte studenten', current: page === 'matches' },
    { href: `${basePath}/stages`, label: 'Stages', current: page === 'placements' || page === 'placement' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van het leerbedrijf" items={items} onNavigate={navigate} />
      {page === 'matches' ? <MatchesPage basePath={basePath} navigate={navigate} /> : null}
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
      {page === 'overview' ? <CompanyPage basePath={basePath} navigate={navigate} /> : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Erkenning en leerplaatsen" onNavigate={navigate} />
      ) : null}
    </>
  );
}
