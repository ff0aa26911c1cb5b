import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Empty, formatDate, Heading, Paragraph, QueryStatus } from '@stelsel/ui';
import type { SbbReassessmentsQuery } from '../graphql/generated/graphql.ts';
import { reassessmentsQuery } from '../graphql/sbb.ts';

type Row = NonNullable<SbbReassessmentsQuery['accreditationsDueForReassessment']>[number];

const COLUMNS: Column<Row>[] = [
  { key: 'company', header: 'Leerbedrijf', rowHeader: true, cell: (a) => a.company.name },
  {
    key: 'qualification',
    header: 'Kwalificatie',
    cell: (a) => `${a.qualification.name} (crebo ${a.qualification.crebo})`,
  },
  { key: 'since', header: 'Erkend sinds', cell: (a) => formatDate(a.since) },
  { key: 'due', header: 'Herbeoordeling uiterlijk', cell: (a) => formatDate(a.reassessmentDue) },
  {
    key: 'state',
    header: 'Stand',
    cell: (a) => (a.needsReassessment ? 'Datum verstreken: plan de herbeoordeling' : 'Binnenkort'),
  },
];

/** Accreditations whose four-yearly reassessment date has passed or falls within 90 days. */
export function ReassessmentsPage() {
  const result = useQuery(reassessmentsQuery, { withinDays: 90 });
  return (
    <section aria-labelledby="sbb-reassessments-title">
      <Heading level={1} id="sbb-reassessments-title">
        Herbeoordelingen
      </Heading>
      <Paragraph>
        SBB beoordeelt elke erkenning elke 4 jaar opnieuw. Hieronder staan de actieve erkenningen waarvan de datum
        verstreken is of binnen 90 dagen valt, oudste eerst. Een erkenning met een verstreken datum blijft gelden tot
        SBB besluit; het leerbedrijf ziet dat de herbeoordeling gepland wordt.
      </Paragraph>
      <QueryStatus result={result} what="de erkenningen" loading="De erkenningen worden geladen…" />
      {result.status === 'done' ? (
        (result.data.accreditationsDueForReassessment ?? []).length === 0 ? (
          <Empty>Er zijn geen erkenningen die herbeoordeeld moeten worden.</Empty>
        ) : (
          <DataTable
            caption="Erkenningen die herbeoordeeld moeten worden"
            columns={COLUMNS}
            rows={result.data.accreditationsDueForReassessment ?? []}
            rowKey={(a) => a.id}
          />
        )
      ) : null}
    </section>
  );
}
