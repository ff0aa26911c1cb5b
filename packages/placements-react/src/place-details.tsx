import { formatDate, formatEuro, Heading, Paragraph } from '@stelsel/ui';

export type InclusiveMarkerCode =
  | 'ACCESSIBLE_WORKPLACE'
  | 'GUIDANCE_LEVEL_1_2'
  | 'PART_TIME_POSSIBLE'
  | 'LANGUAGE_SUPPORT';

/** The inclusive markers in words, as the API describes them (`InclusiveMarker`). */
export const INCLUSIVE_MARKER_TEXT: Record<InclusiveMarkerCode, string> = {
  ACCESSIBLE_WORKPLACE: 'Toegankelijke werkplek, bijvoorbeeld voor een rolstoel',
  GUIDANCE_LEVEL_1_2: 'Extra begeleiding voor studenten op niveau 1 en 2',
  PART_TIME_POSSIBLE: 'In deeltijd mogelijk',
  LANGUAGE_SUPPORT: 'Ondersteuning bij de Nederlandse taal op de werkvloer',
};

/** What a place page shows; the `Place` fields both the student and the school app ask for. */
export interface PlaceDetailsData {
  title: string;
  description: string;
  pathway: 'BOL' | 'BBL';
  level: number;
  qualification: { crebo: string; name: string };
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  /** Money: euros as text, e.g. "150.00". */
  expenseAllowance: string;
  internshipWage?: string | null;
  /** Empty when the reader may not see it (a student, once the place is closed). */
  address?: string | null;
  city: string;
  municipality?: { name: string } | null;
  status: 'OPEN' | 'CLOSED';
  inclusiveMarkers: readonly InclusiveMarkerCode[];
  company: { name: string };
}

const PATHWAY_TEXT = { BOL: 'bol: stageplaats', BBL: 'bbl: leerbaan (werken en leren)' } as const;

/** "Maasboulevard 100, 3011 Rotterdam (gemeente Rotterdam)", or why the address is not shown. */
export function placeAddressText(place: PlaceDetailsData): string {
  const municipality =
    place.municipality && place.municipality.name !== place.city ? ` (gemeente ${place.municipality.name})` : '';
  if (!place.address)
    return `${place.city}${municipality}; het adres staat er niet meer bij, want de plaats is gesloten.`;
  return `${place.address}, ${place.city}${municipality}`;
}

/**
 * One place as a page: heading, the facts a student weighs (company, qualification, period, hours,
 * allowance, address, inclusive markers) and the description. Neutral words: the student and the school app show it.
 */
export function PlaceDetails({ place, headingId }: { place: PlaceDetailsData; headingId: string }) {
  const paragraphs = place.description
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  return (
    <>
      <Heading level={1} id={headingId}>
        {place.title}
      </Heading>
      <dl className="stelsel-facts">
        <dt>Leerbedrijf</dt>
        <dd>{place.company.name}</dd>
        <dt>Stand</dt>
        <dd>{place.status === 'OPEN' ? 'Open voor nieuwe studenten' : 'Gesloten'}</dd>
        <dt>Opleiding</dt>
        <dd>
          {place.qualification.name} (crebo {place.qualification.crebo}), niveau {place.level}
        </dd>
        <dt>Leerweg</dt>
        <dd>{PATHWAY_TEXT[place.pathway]}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(place.startsOn)} tot en met {formatDate(place.endsOn)}
        </dd>
        <dt>Uren per week</dt>
        <dd>{place.hoursPerWeek}</dd>
        <dt>Onkostenvergoeding</dt>
        <dd>{formatEuro(place.expenseAllowance)} per maand</dd>
        <dt>Stagevergoeding</dt>
        <dd>{place.internshipWage ? `${formatEuro(place.internshipWage)} per maand` : 'Geen'}</dd>
        <dt>Adres van de werkplek</dt>
        <dd>{placeAddressText(place)}</dd>
        <dt>Inclusieve werkplek</dt>
        <dd>
          {place.inclusiveMarkers.length === 0 ? (
            'Geen bijzondere kenmerken opgegeven'
          ) : (
            <ul className="stelsel-plain-list">
              {place.inclusiveMarkers.map((marker) => (
                <li key={marker}>{INCLUSIVE_MARKER_TEXT[marker]}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <Heading level={2}>Het werk op deze plaats</Heading>
      {paragraphs.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
    </>
  );
}
