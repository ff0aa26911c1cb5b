import { type AppRootProps, unavailableFields, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Empty,
  Failed,
  Heading,
  Loading,
  Paragraph,
  PartialNotice,
  RouteLink,
} from '@stelsel/ui';
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

function studentColumns(basePath: string, navigate: (href: string) => void): Column<Student>[] {
  return [
    { key: 'name', header: 'Naam', rowHeader: true, cell: (s) => `${s.givenName} ${s.familyName}` },
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
}

export function StudentsPage({ session, basePath, navigate }: StudentsPageProps) {
  const result = useQuery(schoolStudentsQuery, { institutionId: session.user.organisation });
  return (
    <section aria-labelledby="school-title">
      <Heading level={1} id="school-title">
        Mijn studenten
      </Heading>
      {result.status === 'loading' ? <Loading>De studenten worden geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de studenten" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? (
        result.data.institution ? (
          <>
            <Paragraph>
              Ingeschreven studenten van <strong>{result.data.institution.name}</strong>.
            </Paragraph>
            <PartialNotice unavailable={unavailableFields(result.errors).map(() => 'de studentgegevens')} />
            {result.data.institution.students.length === 0 ? (
              <Empty>Er staan nog geen studenten ingeschreven.</Empty>
            ) : (
              <DataTable
                caption={`Studenten van ${result.data.institution.name} (${result.data.institution.students.length})`}
                columns={studentColumns(basePath, navigate)}
                rows={sortStudents(result.data.institution.students)}
                rowKey={(s) => s.id}
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
