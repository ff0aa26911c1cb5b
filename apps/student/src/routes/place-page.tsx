import { useQuery } from '@stelsel/client';
import { PlaceDetails } from '@stelsel/placements-react';
import { ErrorMessage, Failed, Loading, NotFound, Paragraph, RouteLink, usePageTitle } from '@stelsel/ui';
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
  const result = useQuery(studentPlaceQuery, { id: placeId });
  const place = result.status === 'done' ? (result.data.place ?? null) : null;
  const refusal = result.status === 'done' && !place ? result.errors[0]?.message : undefined;
  const notFound = result.status === 'done' && !place && !refusal;
  usePageTitle(place ? place.title : notFound ? PAGE_TITLES['not-found'] : PAGE_TITLES.place, APP_NAME);
  const back = (
    <Paragraph>
      <RouteLink href={`${basePath}${CHOICES_PATH}`} onNavigate={navigate}>
        Terug naar Mijn keuzes
      </RouteLink>
    </Paragraph>
  );
  if (notFound) {
    return (
      <NotFound
        app={APP_NAME}
        startHref={`${basePath}${CHOICES_PATH}`}
        startLabel="Mijn keuzes"
        onNavigate={navigate}
      />
    );
  }
  return (
    <section aria-labelledby="plaats-titel">
      {result.status === 'loading' ? <Loading>De plaats wordt geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="deze plaats" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {refusal ? (
        <>
          <ErrorMessage title="Deze plaats kun je niet bekijken">{refusal}</ErrorMessage>
          {back}
        </>
      ) : null}
      {place ? (
        <>
          <PlaceDetails place={place} headingId="plaats-titel" />
          {back}
        </>
      ) : null}
    </section>
  );
}
