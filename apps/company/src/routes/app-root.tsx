import { type AppRootProps, useAppPath } from '@stelsel/client';
import { SubNavigation } from '@stelsel/ui';
import { CompanyPage } from './company-page.tsx';
import { MatchesPage } from './matches-page.tsx';
import { PlacePage } from './place-page.tsx';
import { PlacementPage } from './placement-page.tsx';
import { PlacementsPage } from './placements-page.tsx';

const segment = (match: RegExpExecArray | null) => (match?.[1] ? decodeURIComponent(match[1]) : null);

/** The pages of the company app, each at its own address under the base path. */
export function CompanyRoot({ basePath }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const placeId = segment(/^\/plaatsen\/([^/]+)$/.exec(path));
  const placementId = segment(/^\/stages\/([^/]+)$/.exec(path));
  const page =
    path === '/matches'
      ? 'matches'
      : path === '/stages'
        ? 'placements'
        : placementId
          ? 'placement'
          : placeId
            ? 'place'
            : 'overview';
  const items = [
    { href: basePath, label: 'Erkenning en leerplaatsen', current: page === 'overview' },
    { href: `${basePath}/plaatsen/nieuw`, label: 'Plaats publiceren', current: placeId === 'nieuw' },
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
      {page === 'place' && placeId ? (
        <PlacePage
          key={placeId}
          placeId={placeId === 'nieuw' ? null : placeId}
          basePath={basePath}
          navigate={navigate}
        />
      ) : null}
      {page === 'overview' ? <CompanyPage basePath={basePath} navigate={navigate} /> : null}
    </>
  );
}
