import { ErrorMessage, NotFound, Paragraph, QueryStatus, RouteLink, usePageTitle } from '@stelsel/ui';
import { PlaceDetails, type PlaceDetailsData } from './place-details.tsx';

/** What an app's `useQuery` of one place answers (`place` null: not found, or refused with the error's message). */
export type PlaceQueryState = (
  | { status: 'loading' }
  | { status: 'failed'; error: { message: string } }
  | { status: 'done'; data: { place?: PlaceDetailsData | null }; errors: readonly { message: string }[] }
) & { reload: () => void };

export interface PlacePageViewProps {
  result: PlaceQueryState;
  appName: string;
  /** The page part of the document title while loading and when there is no such place. */
  titles: { place: string; notFound: string };
  /** Where the reader came from: the link back and the start of the "not found" page. */
  back: { href: string; label: string };
  navigate: (href: string) => void;
  /** How the app addresses its reader: `u` (staff) or `je` (student). */
  address: 'u' | 'je';
}

/**
 * One place as its student sees it, in every app that shows it (the student choosing, the school ranking
 * choices with the same facts in view): loading, failed, refused with the service's reason, not found, or the place.
 */
export function PlacePageView({ result, appName, titles, back, navigate, address }: PlacePageViewProps) {
  const place = result.status === 'done' ? (result.data.place ?? null) : null;
  const refusal = result.status === 'done' && !place ? result.errors[0]?.message : undefined;
  const notFound = result.status === 'done' && !place && !refusal;
  usePageTitle(place ? place.title : notFound ? titles.notFound : titles.place, appName);
  if (notFound) {
    return <NotFound app={appName} startHref={back.href} startLabel={back.label} onNavigate={navigate} />;
  }
  const backLink = (
    <Paragraph>
      <RouteLink href={back.href} onNavigate={navigate}>
        Terug naar {back.label}
      </RouteLink>
    </Paragraph>
  );
  return (
    <section aria-labelledby="plaats-titel">
      <QueryStatus result={result} what="deze plaats" loading="De plaats wordt geladen…" />
      {refusal ? (
        <>
          <ErrorMessage
            title={address === 'u' ? 'Deze plaats kunt u niet bekijken' : 'Deze plaats kun je niet bekijken'}
          >
            {refusal}
          </ErrorMessage>
          {backLink}
        </>
      ) : null}
      {place ? (
        <>
          <PlaceDetails place={place} headingId="plaats-titel" />
          {backLink}
        </>
      ) : null}
    </section>
  );
}
