import { useQuery } from '@stelsel/client';
import { Empty, Failed, formatDate, Heading, Loading, Notice, Paragraph } from '@stelsel/ui';
import { useRef } from 'react';
import { myCompanyQuery } from '../graphql/places.ts';
import { ClosePlace } from './close-place-form.tsx';
import { PlaceForm } from './place-editor.tsx';
import type { Company } from './place-form.ts';

export interface PlacePageProps {
  /** null: a new place. */
  placeId: string | null;
  basePath: string;
  navigate: (href: string) => void;
}

/** Publish a new place, or edit, close and reopen an existing one. */
export function PlacePage({ placeId, basePath, navigate }: PlacePageProps) {
  const result = useQuery(myCompanyQuery, {});
  const title = placeId ? 'Plaats wijzigen of sluiten' : 'Stageplaats of leerbaan publiceren';
  // Keep the page on screen while it reloads after a change, so focus and messages stay put.
  const last = useRef<Company | null>(null);
  if (result.status === 'done') last.current = result.data.myCompany ?? null;
  const company = result.status === 'done' ? result.data.myCompany : last.current;
  const place = placeId ? company?.places.find((p) => p.id === placeId) : undefined;
  return (
    <section aria-labelledby="place-title">
      <Heading level={1} id="place-title">
        {title}
      </Heading>
      {result.status === 'loading' && !company ? (
        <Loading>De gegevens van uw leerbedrijf worden geladen…</Loading>
      ) : null}
      {result.status === 'failed' ? (
        <Failed what="de gegevens van uw leerbedrijf" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' && !company ? <Empty>Er is geen leerbedrijf aan uw account gekoppeld.</Empty> : null}
      {company && placeId && !place ? <Empty>Deze plaats bestaat niet of is niet van uw leerbedrijf.</Empty> : null}
      {company && (!placeId || place) ? (
        <>
          {place?.expired ? (
            <Notice title="Deze plaats is verlopen">
              <Paragraph>
                De periode liep tot en met {formatDate(place.endsOn)}. Scholen en studenten zien de plaats daarom niet
                meer. Wilt u haar opnieuw aanbieden? Geef hieronder een nieuwe begin- en einddatum en sla de wijzigingen
                op; had u de plaats zelf gesloten, zet haar daarna weer open.
              </Paragraph>
            </Notice>
          ) : null}
          <PlaceForm
            company={company}
            place={place ?? null}
            label={title}
            onSaved={() => navigate(`${basePath}?opgeslagen=${placeId ? 'gewijzigd' : 'gepubliceerd'}`)}
          />
          {place && !place.expired ? <ClosePlace place={place} onChanged={result.reload} /> : null}
        </>
      ) : null}
    </section>
  );
}
