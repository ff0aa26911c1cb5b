import { useQuery } from '@stelsel/client';
import { PlaceDetails } from '@stelsel/placements-react';
import { ErrorMessage, Failed, Loading, NotFound, Paragraph, RouteLink, usePageTitle } from '@stelsel/ui';
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
  const result = useQuery(schoolPlaceQuery, { id: placeId });
  const place = result.status === 'done' ? (result.data.place ?? null) : null;
  const refusal = result.status === 'done' && !place ? result.errors[0]?.message : undefined;
  const notFound = result.status === 'done' && !place && !refusal;
  usePageTitle(place ? place.title : notFound ? 'Pagina niet gevonden' : 'Plaats', appName);
  const back = (
    <Paragraph>
      <RouteLink href={`${basePath}/rondes`} onNavigate={navigate}>
        Terug naar Stagematching
      </RouteLink>
    </Paragraph>
  );
  if (notFound) {
    return <NotFound app={appName} startHref={`${basePath}/rondes`} startLabel="Stagematching" onNavigate={navigate} />;
  }
  return (
    <section aria-labelledby="plaats-titel">
      {result.status === 'loading' ? <Loading>De plaats wordt geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="deze plaats" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {refusal ? (
        <>
          <ErrorMessage title="Deze plaats kunt u niet bekijken">{refusal}</ErrorMessage>
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
