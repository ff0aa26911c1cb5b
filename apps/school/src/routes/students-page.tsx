import { type AppRootProps, unavailableFields, useQuery } from '@stelsel/client';
import { type Column, DataTable, Empty, Failed, Heading, Loading, Paragraph, PartialNotice } from '@stelsel/ui';
import type { SchoolStudentsQuery as Result } from '../graphql/generated/graphql.ts';
import { schoolStudentsQuery } from '../graphql/students.ts';
import { PATHWAY_LABELS, PLACEMENT_STATUS_LABELS, sortStudents } from './students.ts';

type Student = NonNullable<Result['institution']>['students'][number];

const columns: Column<Student>[] = [
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
    cell: (s) =>
      s.placement && s.placementStatus !== 'NONE' && s.placementStatus !== 'MATCHED'
        ? `${PLACEMENT_STATUS_LABELS[s.placementStatus]}: ${s.placement.place.title}, ${s.placement.company.name}`
        : PLACEMENT_STATUS_LABELS[s.placementStatus],
  },
];

export function StudentsPage({ session }: AppRootProps) {
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
                columns={columns}
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
