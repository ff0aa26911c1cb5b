import { unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Empty,
  formatDate,
  Heading,
  Paragraph,
  PartialNotice,
  QueryStatus,
  RouteLink,
  SuccessMessage,
} from '@stelsel/ui';
import type { ReactNode } from 'react';
import type { MyCompanyQuery } from '../graphql/generated/graphql.ts';
import { myCompanyQuery } from '../graphql/places.ts';
import {
  ACCREDITATION_STATUS_LABELS,
  accreditationStatusText,
  formatMoment,
  PATHWAY_LABELS,
  placeStatusText,
  reassessmentText,
} from './labels.ts';
import { ReassessmentNotice } from './reassessment-notice.tsx';

type Company = NonNullable<MyCompanyQuery['myCompany']>;
type Accreditation = Company['accreditations'][number];
type Place = Company['places'][number];
type HistoryRow = Accreditation['history'][number] & { key: string; qualification: string };

const accreditationColumns: Column<Accreditation>[] = [
  { key: 'qualification', header: 'Kwalificatie', rowHeader: true, cell: (a) => a.qualification.name },
  {
    key: 'crebo',
    header: 'Crebo',
    cell: (a) =>
      a.equivalentQualifications.length > 0
        ? `${a.qualification.crebo} (geldt ook voor ${a.equivalentQualifications.map((q) => q.crebo).join(', ')})`
        : a.qualification.crebo,
  },
  { key: 'level', header: 'Niveau', numeric: true, cell: (a) => a.qualification.level },
  { key: 'status', header: 'Status', cell: accreditationStatusText },
  { key: 'since', header: 'Erkend sinds', cell: (a) => formatDate(a.since) },
  {
    key: 'reassessment',
    header: 'Herbeoordeling uiterlijk',
    cell: (a) => reassessmentText(a.reassessmentDue, a.needsReassessment),
  },
];

const historyColumns: Column<HistoryRow>[] = [
  { key: 'qualification', header: 'Kwalificatie', rowHeader: true, cell: (h) => h.qualification },
  { key: 'at', header: 'Datum', cell: (h) => formatMoment(h.at) },
  { key: 'status', header: 'Status na het besluit', cell: (h) => ACCREDITATION_STATUS_LABELS[h.status] },
  { key: 'reason', header: 'Motivering', cell: (h) => h.reason },
];

const PART_LABELS: Record<string, string> = { myCompany: 'de gegevens van uw leerbedrijf' };

export interface CompanyPageProps {
  basePath: string;
  navigate: (href: string) => void;
  /** "Wat moet ik nu doen", loaded by the app root (it also counts them in the navigation). */
  tasks: ReactNode;
}

export function CompanyPage({ basePath, navigate, tasks }: CompanyPageProps) {
  const result = useQuery(myCompanyQuery, {});
  const saved = new URLSearchParams(window.location.search).get('opgeslagen');
  const placeColumns: Column<Place>[] = [
    { key: 'title', header: 'Plaats', rowHeader: true, cell: (p) => p.title },
    { key: 'qualification', header: 'Kwalificatie', cell: (p) => `${p.qualification.name} (niveau ${p.level})` },
    { key: 'pathway', header: 'Leerweg', cell: (p) => PATHWAY_LABELS[p.pathway] },
    { key: 'capacity', header: 'Plaatsen (bezet)', numeric: true, cell: (p) => `${p.capacity} (${p.seatsTaken})` },
    { key: 'period', header: 'Periode', cell: (p) => `${formatDate(p.startsOn)} tot en met ${formatDate(p.endsOn)}` },
    { key: 'status', header: 'Status', cell: placeStatusText },
    {
      key: 'actions',
      header: 'Actie',
      cell: (p) => (
        <RouteLink href={`${basePath}/plaatsen/${encodeURIComponent(p.id)}`} onNavigate={navigate}>
          Wijzigen of sluiten<span className="stelsel-visually-hidden">: {p.title}</span>
        </RouteLink>
      ),
    },
  ];
  return (
    <section aria-labelledby="company-title">
      <Heading level={1} id="company-title">
        Erkenning en leerplaatsen
      </Heading>
      {saved === 'gepubliceerd' ? <SuccessMessage>De plaats is gepubliceerd.</SuccessMessage> : null}
      {saved === 'gewijzigd' ? <SuccessMessage>De wijzigingen zijn opgeslagen.</SuccessMessage> : null}
      {tasks}
      <QueryStatus
        result={result}
        what="de gegevens van uw leerbedrijf"
        loading="De gegevens van uw leerbedrijf worden geladen…"
      />
      {result.status === 'done' ? (
        result.data.myCompany ? (
          <>
            <Paragraph>
              <strong>{result.data.myCompany.name}</strong>, KvK-nummer {result.data.myCompany.kvkNumber}.
            </Paragraph>
            <PartialNotice
              unavailable={unavailableFields(result.errors).map((f) => PART_LABELS[f] ?? f)}
              services={unavailableServices(result.errors)}
            />
            <Heading level={2}>Erkenningen</Heading>
            <ReassessmentNotice accreditations={result.data.myCompany.accreditations} />
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
            <Heading level={2}>Geschiedenis van de erkenningen</Heading>
            {historyRows(result.data.myCompany.accreditations).length === 0 ? (
              <Empty>Er zijn nog geen besluiten over uw erkenningen vastgelegd.</Empty>
            ) : (
              <DataTable
                caption="Besluiten van SBB over uw erkenningen, oudste eerst"
                columns={historyColumns}
                rows={historyRows(result.data.myCompany.accreditations)}
                rowKey={(h) => h.key}
              />
            )}
            <Heading level={2}>Stageplaatsen en leerbanen</Heading>
            <Paragraph>
              <RouteLink href={`${basePath}/plaatsen/nieuw`} onNavigate={navigate}>
                Een nieuwe stageplaats of leerbaan publiceren
              </RouteLink>
            </Paragraph>
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

function historyRows(accreditations: readonly Accreditation[]): HistoryRow[] {
  return accreditations.flatMap((a) =>
    a.history.map((h, index) => ({ ...h, key: `${a.id}-${index}`, qualification: a.qualification.name })),
  );
}
