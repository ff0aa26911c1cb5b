import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Empty, Heading, Paragraph, QueryStatus, RouteLink } from '@stelsel/ui';
import { placementsMissingContactMomentsQuery } from '../graphql/agreements.ts';
import type { PlacementsMissingContactMomentsQuery } from '../graphql/generated/graphql.ts';
import { CONTACT_MOMENT_RULE } from './exception-form.ts';
import { placementPath, sortStudents } from './students.ts';

type Row = NonNullable<PlacementsMissingContactMomentsQuery['placementsMissingContactMoments']>[number];

export interface MissingContactMomentsPageProps {
  basePath: string;
  navigate: (href: string) => void;
}

/** Signed agreements of own students where a contact moment is missing, each linked to its placement. */
export function MissingContactMomentsPage({ basePath, navigate }: MissingContactMomentsPageProps) {
  const result = useQuery(placementsMissingContactMomentsQuery, {});
  const columns: Column<Row>[] = [
    {
      key: 'student',
      header: 'Student',
      rowHeader: true,
      cell: (r) => (
        <RouteLink href={placementPath(basePath, r.placement.id)} onNavigate={navigate}>
          {r.placement.student.givenName} {r.placement.student.familyName}
        </RouteLink>
      ),
    },
    { key: 'company', header: 'Leerbedrijf', cell: (r) => `${r.placement.company.name} (${r.placement.place.title})` },
    {
      key: 'missing',
      header: 'Wat ontbreekt',
      cell: (r) =>
        r.missing.length === 1 ? (
          r.missing[0]
        ) : (
          <ul>
            {r.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ),
    },
  ];
  const rows =
    result.status === 'done'
      ? sortStudents(
          (result.data.placementsMissingContactMoments ?? []).map((r) => ({
            ...r,
            givenName: r.placement.student.givenName,
            familyName: r.placement.student.familyName,
          })),
        )
      : [];
  return (
    <section aria-labelledby="contact-moments-title">
      <Heading level={1} id="contact-moments-title">
        Contactmomenten
      </Heading>
      <Paragraph>{CONTACT_MOMENT_RULE}</Paragraph>
      <Paragraph>
        Hieronder staan de ondertekende overeenkomsten van uw studenten waarbij een contactmoment nog niet is gepland of
        gehouden. Open de plaatsing om het te plannen, vast te leggen of een uitzondering met reden vast te leggen.
      </Paragraph>
      <QueryStatus result={result} what="de contactmomenten" loading="De contactmomenten worden geladen…" />
      {result.status === 'done' ? (
        rows.length === 0 ? (
          <Empty>Bij alle ondertekende overeenkomsten zijn de contactmomenten gepland of gehouden.</Empty>
        ) : (
          <DataTable
            caption={`Ondertekende overeenkomsten met ontbrekende contactmomenten (${rows.length})`}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.agreement.id}
          />
        )
      ) : null}
    </section>
  );
}
