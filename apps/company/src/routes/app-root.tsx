import { type AppRootProps, useAppPath } from '@stelsel/client';
import { SubNavigation } from '@stelsel/ui';
import { CompanyPage } from './company-page.tsx';
import { MatchesPage } from './matches-page.tsx';
import { PlacePage } from './place-page.tsx';

/** The pages of the company app, each at its own address under the base path. */
export function CompanyRoot({ basePath }: AppRootProps) {
  const { path, navigate } = useAppPath(basePath);
  const placeMatch = /^\/plaatsen\/([^/]+)$/.exec(path);
  const placeId = placeMatch?.[1] ? decodeURIComponent(placeMatch[1]) : null;
  const page = path === '/matches' ? 'matches' : placeId ? 'place' : 'overview';
  const items = [
    { href: basePath, label: 'Erkenning en leerplaatsen', current: page === 'overview' },
    { href: `${basePath}/plaatsen/nieuw`, label: 'Plaats publiceren', current: placeId === 'nieuw' },
    { href: `${basePath}/matches`, label: 'Gematchte studenten', current: page === 'matches' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van het leerbedrijf" items={items} onNavigate={navigate} />
      {page === 'matches' ? <MatchesPage /> : null}
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
