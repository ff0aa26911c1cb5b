import { type AppRootProps, unavailableFields, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Empty,
  Failed,
  formatDate,
  Heading,
  Loading,
  Paragraph,
  PartialNotice,
} from '@stelsel/ui';
import { myCompanyQuery } from '../graphql/company.ts';
import type { MyCompanyQuery } from '../graphql/generated/graphql.ts';
import { ACCREDITATION_STATUS_LABELS, PATHWAY_LABELS, PLACE_STATUS_LABELS, reassessmentText } from './labels.ts';

type Company = NonNullable<MyCompanyQuery['myCompany']>;
type Accreditation = Company['accreditations'][number];
type Place = Company['places'][number];

const accreditationColumns: Column<Accreditation>[] = [
  { key: 'qualification', header: 'Kwalificatie', rowHeader: true, cell: (a) => a.qualification.name },
  { key: 'crebo', header: 'Crebo', cell: (a) => a.qualification.crebo },
  { key: 'level', header: 'Niveau', numeric: true, cell: (a) => a.qualification.level },
  { key: 'status', header: 'Status', cell: (a) => ACCREDITATION_STATUS_LABELS[a.status] },
  { key: 'since', header: 'Erkend sinds', cell: (a) => formatDate(a.since) },
  { key: 'reassessment', header: 'Herbeoordeling uiterlijk', cell: (a) => reassessmentText(a.reassessmentDue) },
];

const placeColumns: Column<Place>[] = [
  { key: 'title', header: 'Plaats', rowHeader: true, cell: (p) => p.title },
  { key: 'qualification', header: 'Kwalificatie', cell: (p) => `${p.qualification.name} (niveau ${p.level})` },
  { key: 'pathway', header: 'Leerweg', cell: (p) => PATHWAY_LABELS[p.pathway] },
  { key: 'capacity', header: 'Plaatsen', numeric: true, cell: (p) => p.capacity },
  { key: 'period', header: 'Periode', cell: (p) => `${formatDate(p.startsOn)} tot ${formatDate(p.endsOn)}` },
  { key: 'status', header: 'Status', cell: (p) => PLACE_STATUS_LABELS[p.status] },
];

const PART_LABELS: Record<string, string> = { myCompany: 'de gegevens van uw leerbedrijf' };

export function CompanyPage(_props: AppRootProps) {
  const result = useQuery(myCompanyQuery, {});
  return (
    <section aria-labelledby="company-title">
      <Heading level={1} id="company-title">
        Erkenning en leerplaatsen
      </Heading>
      {result.status === 'loading' ? <Loading>De gegevens van uw leerbedrijf worden geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de gegevens van uw leerbedrijf" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? (
        result.data.myCompany ? (
          <>
            <Paragraph>
              <strong>{result.data.myCompany.name}</strong>, KvK-nummer {result.data.myCompany.kvkNumber}.
            </Paragraph>
            <PartialNotice unavailable={unavailableFields(result.errors).map((f) => PART_LABELS[f] ?? f)} />
            <Heading level={2}>Erkenningen</Heading>
            {result.data.myCompany.accreditations.length === 0 ? (
              <Empty>Uw leerbedrijf heeft nog geen erkenningen.</Empty>
            ) : (
              <DataTable
                caption="Erkenningen door SBB, met de datum van de volgende herbeoordeling"
                columns={accreditationColumns}
                rows={result.data.myCompany.accreditations}
                rowKey={(a) => a.id}
              />
            )}
            <Heading level={2}>Stageplaatsen en leerbanen</Heading>
            {result.data.myCompany.places.length === 0 ? (
              <Empty>Uw leerbedrijf heeft nog geen stageplaatsen of leerbanen.</Empty>
            ) : (
              <DataTable
                caption="Stageplaatsen en leerbanen van uw leerbedrijf"
                columns={placeColumns}
                rows={result.data.myCompany.places}
                rowKey={(p) => p.id}
              />
            )}
          </>
        ) : (
          <Empty>Er is geen leerbedrijf aan uw account gekoppeld.</Empty>
        )
      ) : null}
    </section>
  );
}
