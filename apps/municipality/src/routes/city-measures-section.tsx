import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Heading, Paragraph, QueryStatus, SuccessMessage } from '@stelsel/ui';
import { useState } from 'react';
import { cityMeasuresQuery } from '../graphql/city-measures.ts';
import type {
  IntroWeekStatus,
  MunicipalityCityMeasuresQuery,
  StudentSportAccess,
} from '../graphql/generated/graphql.ts';
import { ContributionsPart, IntroWeekForm, STUDENT_SPORT_LABELS, StudentSportForm } from './city-measures-forms.tsx';
import { INTRO_WEEK_STATUS_LABELS, NO_DATA } from './intro-week.ts';

type City = NonNullable<MunicipalityCityMeasuresQuery['equalTreatmentOverview']>['cities'][number];

const week = (s: IntroWeekStatus | null | undefined) => (s ? INTRO_WEEK_STATUS_LABELS[s] : NO_DATA);
const sport = (s: StudentSportAccess | null | undefined) => (s ? STUDENT_SPORT_LABELS[s] : NO_DATA);

const COLUMNS: Column<City>[] = [
  { key: 'city', header: 'Gemeente', rowHeader: true, sortable: true, cell: (c) => c.municipality.name },
  { key: 'week', header: 'Introductieweek dit jaar', sortable: true, cell: (c) => week(c.introWeek) },
  { key: 'weekLast', header: 'Introductieweek vorig jaar', cell: (c) => week(c.introWeekLastYear) },
  { key: 'sport', header: 'Studentensport dit jaar', sortable: true, cell: (c) => sport(c.studentSport) },
  { key: 'sportLast', header: 'Studentensport vorig jaar', cell: (c) => sport(c.studentSportLastYear) },
];

/** Set and publish this year's intro week and student sport; compare with the other cities (issue 12). */
export function CityMeasuresSection({ code, year, onChanged }: { code: string; year: number; onChanged: () => void }) {
  const result = useQuery(cityMeasuresQuery, { code, year });
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    result.reload();
    onChanged();
  };
  return (
    <>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <IntroWeekForm code={code} year={year} onDone={changed} />
      <QueryStatus
        result={result}
        what="de studentensport en de andere steden"
        loading="De studentensport en de andere steden worden geladen…"
      />
      {result.status === 'done' ? (
        <>
          <Heading level={2}>Bijdragen van instellingen in {year}</Heading>
          <ContributionsPart
            code={code}
            year={year}
            contributions={result.data.municipality?.introWeek?.contributions ?? []}
            institutions={result.data.institutions ?? []}
            onDone={changed}
          />
          <Heading level={2}>Studentensport in {year}</Heading>
          <Paragraph>
            Nu vastgelegd: <strong>{sport(result.data.municipality?.studentSport?.access)}</strong>
            {result.data.municipality?.studentSport?.facilities.length
              ? ` (${result.data.municipality.studentSport.facilities.join(', ')})`
              : ''}
            .
          </Paragraph>
          <StudentSportForm
            code={code}
            year={year}
            current={result.data.municipality?.studentSport ?? null}
            onDone={changed}
          />
          <Heading level={2}>Andere steden: dit jaar en vorig jaar</Heading>
          <DataTable
            caption={`Introductieweek en studentensport per gemeente, ${year} en ${year - 1}`}
            columns={COLUMNS}
            rows={result.data.equalTreatmentOverview?.cities ?? []}
            rowKey={(c) => c.municipality.code}
          />
        </>
      ) : null}
    </>
  );
}
