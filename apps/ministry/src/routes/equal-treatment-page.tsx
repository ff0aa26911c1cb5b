import { useQuery } from '@stelsel/client';
import { type Column, DataTable, formatInteger, Heading, Paragraph, QueryStatus } from '@stelsel/ui';
import { equalTreatmentQuery } from '../graphql/equal-treatment.ts';
import type { IntroWeekStatus, MinistryEqualTreatmentQuery, StudentSportAccess } from '../graphql/generated/graphql.ts';
import { type MapPoint, Marker, type MarkerShape, NetherlandsMap } from './netherlands-map.tsx';
import { countText } from './student-measures-page.tsx';

type Overview = NonNullable<MinistryEqualTreatmentQuery['equalTreatmentOverview']>;
type City = Overview['cities'][number];

export const WEEK_LABELS: Record<IntroWeekStatus, string> = {
  OPEN: 'Open',
  SEPARATE_PROGRAMME: 'Eigen mbo-programma',
  IN_TALKS: 'In gesprek',
  NOT_YET: '(Nog) niet',
};
const SPORT_LABELS: Record<StudentSportAccess, string> = { OPEN: 'Open', PILOT: 'Pilot', NOT_OPEN: '(Nog) niet open' };
const NONE = 'Geen gegevens';

/** Shape and colour per status: the shape alone tells them apart (WCAG 1.4.1), colours have 3:1 on white. */
export const WEEK_MARKERS: Record<IntroWeekStatus | 'NONE', { shape: MarkerShape; colour: string }> = {
  OPEN: { shape: 'circle', colour: '#00703c' },
  SEPARATE_PROGRAMME: { shape: 'square', colour: '#1d5fa5' },
  IN_TALKS: { shape: 'triangle', colour: '#a85000' },
  NOT_YET: { shape: 'cross', colour: '#595959' },
  NONE: { shape: 'ring', colour: '#595959' },
};

const week = (s: IntroWeekStatus | null | undefined) => (s ? WEEK_LABELS[s] : NONE);
const sport = (s: StudentSportAccess | null | undefined) => (s ? SPORT_LABELS[s] : NONE);

/** The map's points: every city with coordinates, marked by this year's intro-week status. */
export function mapPoints(cities: readonly City[]): MapPoint[] {
  return cities.flatMap((c) =>
    c.municipality.latitude == null || c.municipality.longitude == null
      ? []
      : [
          {
            id: c.municipality.code,
            name: c.municipality.name,
            latitude: c.municipality.latitude,
            longitude: c.municipality.longitude,
            ...WEEK_MARKERS[c.introWeek ?? 'NONE'],
            label: `introductieweek ${week(c.introWeek).toLowerCase()} (vorig jaar: ${week(c.introWeekLastYear).toLowerCase()})`,
          },
        ],
  );
}

const CITY_COLUMNS: Column<City>[] = [
  { key: 'city', header: 'Gemeente', rowHeader: true, sortable: true, cell: (c) => c.municipality.name },
  { key: 'week', header: 'Introductieweek', sortable: true, cell: (c) => week(c.introWeek) },
  { key: 'weekLast', header: 'Vorig jaar', cell: (c) => week(c.introWeekLastYear) },
  {
    key: 'participants',
    header: 'Mbo-deelnemers',
    numeric: true,
    cell: (c) => (c.participants == null ? '—' : formatInteger(c.participants)),
  },
  { key: 'sport', header: 'Studentensport', sortable: true, cell: (c) => sport(c.studentSport) },
  { key: 'sportLast', header: 'Sport vorig jaar', cell: (c) => sport(c.studentSportLastYear) },
];

type CountRow = { key: string; label: string; count: number; previousYear: number };
const COUNT_COLUMNS: Column<CountRow>[] = [
  { key: 'status', header: 'Stand', rowHeader: true, cell: (r) => r.label },
  { key: 'count', header: 'Gemeenten dit jaar', numeric: true, cell: (r) => formatInteger(r.count) },
  { key: 'previous', header: 'Vorig jaar', numeric: true, cell: (r) => formatInteger(r.previousYear) },
];

/** Gelijkwaardige behandeling: which cities open their intro week and sport to mbo students, this year against last. */
export function EqualTreatmentPage({ today = new Date() }: { today?: Date }) {
  const year = today.getFullYear();
  const result = useQuery(equalTreatmentQuery, { year });
  return (
    <section aria-labelledby="equal-title">
      <Heading level={1} id="equal-title">
        Gelijkwaardige behandeling van mbo-studenten in {year}
      </Heading>
      <Paragraph>
        Kunnen mbo-studenten meedoen aan de algemene introductieweek en de studentensport in hun studentenstad? Zoals de
        gemeenten het vastleggen; 2023 komt uit de Kamerstukken.
      </Paragraph>
      <QueryStatus result={result} what="het landelijke beeld" loading="Het landelijke beeld wordt geladen…" />
      {result.status === 'done' && result.data.equalTreatmentOverview ? (
        <Overview overview={result.data.equalTreatmentOverview} />
      ) : null}
    </section>
  );
}

function Overview({ overview }: { overview: Overview }) {
  const open = overview.introWeek.find((c) => c.status === 'OPEN');
  const books = overview.studentMeasures;
  return (
    <>
      <Heading level={2}>Introductieweek per gemeente</Heading>
      <figure className="stelsel-figure">
        <NetherlandsMap
          id="intro-map"
          points={mapPoints(overview.cities)}
          title={`Kaart van Nederland: de introductieweek in ${overview.year} is open voor mbo-studenten in ${open?.count ?? 0} van ${overview.cities.length} gemeenten (vorig jaar ${open?.previousYear ?? 0}). De tabel hieronder noemt elke gemeente.`}
        />
        <figcaption>
          <ul
            className="stelsel-legend"
            aria-label="Legenda"
            style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem', padding: 0 }}
          >
            {(Object.keys(WEEK_MARKERS) as (IntroWeekStatus | 'NONE')[]).map((key) => (
              <li key={key}>
                <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                  <Marker {...WEEK_MARKERS[key]} x={0} y={0} />
                </svg>{' '}
                {key === 'NONE' ? NONE : WEEK_LABELS[key]}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <DataTable
        caption={`Aantal gemeenten per stand van de introductieweek, ${overview.year} en ${overview.year - 1}`}
        columns={COUNT_COLUMNS}
        rows={overview.introWeek.map((c) => ({
          key: c.status ?? 'NONE',
          label: week(c.status),
          count: c.count,
          previousYear: c.previousYear,
        }))}
        rowKey={(r) => r.key}
      />
      <DataTable
        caption={`Introductieweek en studentensport per gemeente, ${overview.year} tegen ${overview.year - 1}`}
        columns={CITY_COLUMNS}
        rows={overview.cities}
        rowKey={(c) => c.municipality.code}
        csvName={`gelijkwaardige-behandeling-${overview.year}`}
      />
      <Heading level={2}>Gratis boeken in schooljaar {overview.schoolYear}</Heading>
      <Paragraph>
        Landelijk hebben {countText(books.studentsWithAllBooks)} van de {countText(books.entitledStudents)} studenten
        met recht op gratis boeken ze voor taal, rekenen en burgerschap gekregen
        {books.shareWithAllBooks == null
          ? ''
          : ` (${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(books.shareWithAllBooks * 100)}%)`}
        ; {countText(books.cardsIssued)} studentenkaarten zijn uitgegeven. Per instelling: zie “Boeken en kaarten”.
      </Paragraph>
    </>
  );
}
