import { useQuery } from '@stelsel/client';
import { PlacePageView } from '@stelsel/placements-react';
import { studentPlaceQuery } from '../graphql/place.ts';
import { APP_NAME, CHOICES_PATH, PAGE_TITLES } from './paths.ts';

/**
 * One place, for choosing with open eyes: what the work is, hours, allowance, address and the inclusive
 * markers. The back end shows only places the student may rank or already chose (else FORBIDDEN).
 */
export function PlacePage({
  placeId,
  basePath,
  navigate,
}: {
  placeId: string;
  basePath: string;
  navigate: (href: string) => void;
}) {
  return (
    <PlacePageView
      result={useQuery(studentPlaceQuery, { id: placeId })}
      appName={APP_NAME}
      titles={{ place: PAGE_TITLES.place, notFound: PAGE_TITLES['not-found'] }}
      back={{ href: `${basePath}${CHOICES_PATH}`, label: 'Mijn keuzes' }}
      navigate={navigate}
      address="je"
    />
  );
}
