import { useQuery } from '@stelsel/client';
import { PlacePageView } from '@stelsel/placements-react';
import { schoolPlaceQuery } from '../graphql/place.ts';

/** One place, as its student would see it, so the school ranks choices with the same facts in view. */
export function PlacePage({
  placeId,
  basePath,
  navigate,
  appName,
}: {
  placeId: string;
  basePath: string;
  navigate: (href: string) => void;
  appName: string;
}) {
  return (
    <PlacePageView
      result={useQuery(schoolPlaceQuery, { id: placeId })}
      appName={appName}
      titles={{ place: 'Plaats', notFound: 'Pagina niet gevonden' }}
      back={{ href: `${basePath}/rondes`, label: 'Stagematching' }}
      navigate={navigate}
      address="u"
    />
  );
}
