import { type AppRootProps, unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import { distinctStudentNames } from '@stelsel/placements-react';
import {
  applyTableState,
  type Column,
  DataTable,
  Empty,
  Failed,
  Heading,
  Paragraph,
  PartialNotice,
  QueryStatus,
  RouteLink,
  useTableState,
} from '@stelsel/ui';
import type { ReactNode } from 'react';
import type { SchoolStudentsQuery as Result } from '../graphql/generated/graphql.ts';
import { schoolStudentsQuery } from '../graphql/students.ts';
import {
  agreementStatusText,
  PATHWAY_LABELS,
  PLACEMENT_STATUS_LABELS,
  placementPath,
  placementText,
  sortStudents,
} from './students.ts';

type Student = NonNullable<Result['institution']>['students'][number];

function studentColumns(
  basePath: string,
  navigate: (href: string) => void,
  names: ReadonlyMap<string, string>,
): Column<Student>[] {
  return [
    {
      key: 'name',
      header: 'Naam',
      rowHeader: true,
      sortable: true,
      // Two students with the same name are told apart by their student number.
      cell: (s) => names.get(s.id) ?? `${s.givenName} ${s.familyName}`,
      sortValue: (s) => `${s.familyName} ${s.givenName}`,
    },
    {
      key: 'qualification',
      header: 'Kwalificatie',
      cell: (s) => `${s.qualification.name} (crebo ${s.qualification.crebo})`,
    },
    { key: 'level', header: 'Niveau', numeric: true, cell: (s) => s.level },
    { key: 'pathway', header: 'Leerweg', cell: (s) => PATHWAY_LABELS[s.pathway] },
    { key: 'cohort', header: 'Cohort', numeric: true, cell: (s) => s.cohort },
    {
      key: 'placement',
      header: 'Plaatsing',
      // A placement exists once the institution confirmed the match; its page has the agreement.
      cell: (s) =>
        s.placement && s.placementStatus !== 'NONE' && s.placementStatus !== 'MATCHED' ? (
          <RouteLink href={placementPath(basePath, s.placement.id)} onNavigate={navigate}>
            {placementText(s.placementStatus, s.placement)}
          </RouteLink>
        ) : (
          PLACEMENT_STATUS_LABELS[s.placementStatus]
        ),
    },
    { key: 'agreement', header: 'Overeenkomst', cell: (s) => agreementStatusText(s.placement) },
  ];
}

export interface StudentsPageProps extends AppRootProps {
  navigate: (href: string) => void;
  /** "Wat moet ik nu doen", loaded by the app root (it also counts them in the navigation). */
  tasks?: ReactNode;
}

export function StudentsPage({ session, basePath, navigate, tasks }: StudentsPageProps) {
  const result = useQuery(schoolStudentsQuery, { institutionId: session.user.organisation });
  return (
    <section aria-labelledby="school-title">
      <Heading level={1} id="school-title">
        Mijn studenten
      </Heading>
      {tasks}
      <QueryStatus result={result} what="de studenten" loading="De studenten worden geladen…" />
      {result.status === 'done' ? (
        result.data.institution ? (
          <>
            <Paragraph>
              Ingeschreven studenten van <strong>{result.data.institution.name}</strong>.
            </Paragraph>
            <PartialNotice
              unavailable={unavailableFields(result.errors).map(() => 'de studentgegevens')}
              services={unavailableServices(result.errors)}
            />
            {result.data.institution.students.length === 0 ? (
              <Empty>Er staan nog geen studenten ingeschreven.</Empty>
            ) : (
              <StudentsTable
                institutionName={result.data.institution.name}
                students={result.data.institution.students}
                basePath={basePath}
                navigate={navigate}
              />
            )}
          </>
        ) : (
          <Failed what="de studenten" message="Uw instelling is niet gevonden." />
        )
      ) : null}
    </section>
  );
}

/** The class list with search, a pathway filter and sorting (state in the URL), CSV and print. */
function StudentsTable({
  institutionName,
  students,
  basePath,
  navigate,
}: {
  institutionName: string;
  students: readonly Student[];
  basePath: string;
  navigate: (href: string) => void;
}) {
  const [state, setState] = useTableState(['leerweg']);
  const columns = studentColumns(basePath, navigate, distinctStudentNames(students));
  const rows = applyTableState(sortStudents(students), columns, state, (s, filters) =>
    filters.leerweg ? s.pathway === filters.leerweg : true,
  );
  return (
    <DataTable
      caption={`Studenten van ${institutionName} (${students.length})`}
      columns={columns}
      rows={rows}
      rowKey={(s) => s.id}
      csvName="studenten"
      printable
      empty="Geen studenten gevonden die aan de zoekopdracht of het filter voldoen."
      controls={{
        state,
        onChange: setState,
        search: { label: 'Zoek een student', hint: 'Op naam, kwalificatie, leerweg of stand.' },
        filters: [
          {
            key: 'leerweg',
            label: 'Leerweg',
            allLabel: 'Bol en bbl',
            options: [
              { value: 'BOL', label: 'Bol' },
              { value: 'BBL', label: 'Bbl' },
            ],
          },
        ],
      }}
    />
  );
}
