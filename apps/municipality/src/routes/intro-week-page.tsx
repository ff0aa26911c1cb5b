import { type AppRootProps, unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import { type Column, DataTable, Empty, Heading, Paragraph, PartialNotice, QueryStatus } from '@stelsel/ui';
import { introWeekQuery } from '../graphql/intro-week.ts';
import { CityMeasuresSection } from './city-measures-section.tsx';
import { introWeekVariables, type YearRow, yearRow } from './intro-week.ts';

const columns: Column<YearRow>[] = [
  {
    key: 'year',
    header: 'Jaar',
    rowHeader: true,
    cell: (row) => (row.relative ? `${row.year} (${row.relative})` : String(row.year)),
  },
  { key: 'status', header: 'Status', cell: (row) => row.status },
  { key: 'organiser', header: 'Organisatie', cell: (row) => row.organiser || '—' },
  { key: 'participants', header: 'Mbo-deelnemers', numeric: true, cell: (row) => row.participants },
  { key: 'note', header: 'Toelichting of bron', cell: (row) => row.note || '—' },
];

export function IntroWeekPage({ session }: AppRootProps) {
  const variables = introWeekVariables(session.user.organisation);
  const result = useQuery(introWeekQuery, variables);
  return (
    <section aria-labelledby="municipality-title">
      <Heading level={1} id="municipality-title">
        Introductieweek voor mbo-studenten
      </Heading>
      <QueryStatus
        result={result}
        what="de gegevens over de introductieweek"
        loading="De gegevens over de introductieweek worden geladen…"
      />
      {result.status === 'done' ? (
        result.data.municipality ? (
          <>
            <Paragraph>
              Kunnen mbo-studenten in <strong>{result.data.municipality.name}</strong> meedoen aan de introductieweek?
            </Paragraph>
            <PartialNotice
              unavailable={unavailableFields(result.errors).map(() => 'de gegevens over de introductieweek')}
              services={unavailableServices(result.errors)}
            />
            <DataTable
              caption={`Introductieweek in ${result.data.municipality.name}: dit jaar en vorig jaar`}
              columns={columns}
              rows={[
                yearRow(variables.thisYear, 'dit jaar', result.data.municipality.thisYear),
                yearRow(variables.lastYear, 'vorig jaar', result.data.municipality.lastYear),
              ]}
              rowKey={(row) => String(row.year)}
            />
            <CityMeasuresSection code={variables.code} year={variables.thisYear} onChanged={result.reload} />
            <Heading level={2}>Eerdere jaren</Heading>
            {(() => {
              const m = result.data.municipality;
              const earlier = [
                [variables.earlier1, m.earlier1],
                [variables.earlier2, m.earlier2],
                [variables.earlier3, m.earlier3],
                [variables.earlier4, m.earlier4],
              ] as const;
              const rows = earlier
                .filter(([, record]) => record != null)
                .map(([year, record]) => yearRow(year, '', record));
              return rows.length === 0 ? (
                <Empty>Voor eerdere jaren is niets vastgelegd.</Empty>
              ) : (
                <DataTable
                  caption={`Introductieweek in ${m.name}: eerdere jaren met gegevens`}
                  columns={columns}
                  rows={rows}
                  rowKey={(row) => String(row.year)}
                />
              );
            })()}
          </>
        ) : (
          <Empty>Uw gemeente ({session.user.organisation}) is niet gevonden.</Empty>
        )
      ) : null}
    </section>
  );
}
