import { readSession, useQuery } from '@stelsel/client';
import { formatMomentWithTime, PeopleProvider, placementPeople, usePersonLabel } from '@stelsel/placements-react';
import {
  type Column,
  DataTable,
  Empty,
  FocusedMessage,
  formatDate,
  Heading,
  Paragraph,
  QueryStatus,
  RouteLink,
} from '@stelsel/ui';
import { useRef, useState } from 'react';
import { schoolPlacementQuery, studentBirthQuery } from '../graphql/agreements.ts';
import type { SchoolPlacementQuery } from '../graphql/generated/graphql.ts';
import { formFromPlace } from './agreement-form.ts';
import { AgreementForm } from './agreement-form-view.tsx';
import { AgreementArea } from './agreement-section.tsx';
import {
  DECLINE_REASON_LABELS,
  mayDraftAgreement,
  PATHWAY_LABELS,
  PLACEMENT_EVENT_LABELS,
  PLACEMENT_RECORD_STATUS_LABELS,
} from './students.ts';

type Placement = NonNullable<SchoolPlacementQuery['placement']>;
type PlacementEvent = Placement['history'][number];

export interface PlacementPageProps {
  placementId: string;
  institutionId: string;
  basePath: string;
  navigate: (href: string) => void;
}

/** One placement of an own student: the placement, its praktijkovereenkomst, contact moments and allowances. */
export function PlacementPage({ placementId, institutionId, basePath, navigate }: PlacementPageProps) {
  const result = useQuery(schoolPlacementQuery, { placementId });
  // Keep showing the placement while it reloads after a change, so forms, focus and messages stay put.
  const last = useRef<Placement | null>(null);
  const loaded = result.status === 'done' ? (result.data.placement ?? null) : last.current;
  // Another institution's placement is refused by the service; the page never shows it either.
  const placement = loaded && loaded.institution.id === institutionId ? loaded : null;
  if (result.status === 'done') last.current = placement;
  const name = placement ? `${placement.student.givenName} ${placement.student.familyName}` : null;
  const people = placementPeople(placement, readSession()?.user);
  return (
    <PeopleProvider value={people}>
      <section aria-labelledby="placement-title">
        <Heading level={1} id="placement-title">
          {name ? `Plaatsing van ${name}` : 'Plaatsing'}
        </Heading>
        <Paragraph>
          <RouteLink href={basePath} onNavigate={navigate}>
            Terug naar mijn studenten
          </RouteLink>
        </Paragraph>
        <QueryStatus result={result} what="de plaatsing" loading="De plaatsing wordt geladen…" showing={placement} />
        {result.status === 'done' && !placement ? (
          <Empty>Deze plaatsing bestaat niet of hoort niet bij een student van uw instelling.</Empty>
        ) : null}
        {placement && name ? <PlacementDetails placement={placement} name={name} reload={result.reload} /> : null}
      </section>
    </PeopleProvider>
  );
}

const historyColumns = (label: (subject: string) => string): Column<PlacementEvent>[] => [
  { key: 'at', header: 'Wanneer', rowHeader: true, cell: (e) => formatMomentWithTime(e.at) },
  { key: 'what', header: 'Wat', cell: (e) => PLACEMENT_EVENT_LABELS[e.what] },
  { key: 'by', header: 'Door', cell: (e) => label(e.by) },
  { key: 'detail', header: 'Toelichting', cell: (e) => e.detail ?? '' },
];

function PlacementDetails({ placement, name, reload }: { placement: Placement; name: string; reload: () => void }) {
  const personLabelOf = usePersonLabel();
  const student = placement.student;
  const [drafted, setDrafted] = useState(false);
  const place = placement.place;
  const agreement = placement.agreement;
  // The date of birth is not part of the placement (the company sees that): read from the student record.
  const birth = useQuery(studentBirthQuery, { id: student.id });
  const dateOfBirth = birth.status === 'done' ? (birth.data.student?.dateOfBirth ?? null) : null;
  const who = dateOfBirth ? { name, dateOfBirth } : null;
  return (
    <>
      <dl className="stelsel-facts">
        <dt>Student</dt>
        <dd>
          {name}
          {student.email ? (
            <>
              {' '}
              (<a href={`mailto:${student.email}`}>{student.email}</a>)
            </>
          ) : null}
        </dd>
        <dt>Opleiding</dt>
        <dd>
          {student.qualification.name} (crebo {student.qualification.crebo}), niveau {student.level},{' '}
          {PATHWAY_LABELS[student.pathway]}
        </dd>
        <dt>Leerbedrijf</dt>
        <dd>{placement.company.name}</dd>
        <dt>Plaats</dt>
        <dd>
          {place.title}, {place.address}, {place.city}
        </dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(place.startsOn)} tot en met {formatDate(place.endsOn)}, {place.hoursPerWeek} uur per week
        </dd>
        <dt>Stand</dt>
        <dd>
          {PLACEMENT_RECORD_STATUS_LABELS[placement.status]}
          {placement.declineReason ? `: ${DECLINE_REASON_LABELS[placement.declineReason]}` : ''}
          {placement.declineExplanation ? ` (${placement.declineExplanation})` : ''}
          {placement.needsReplacement
            ? '. De erkenning van het leerbedrijf is ingetrokken: de student heeft een vervangende plaats nodig.'
            : ''}
        </dd>
        {placement.status === 'CONFIRMED' ? (
          <>
            <dt>Leerbedrijf reageert uiterlijk op</dt>
            <dd>
              {formatDate(placement.respondBy)}
              {placement.responseOverdue
                ? ': verlopen. Het leerbedrijf kan niet meer reageren; neem contact op met het leerbedrijf of zoek met de student een andere plaats.'
                : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <DataTable
        caption="Geschiedenis van de plaatsing"
        columns={historyColumns(personLabelOf)}
        rows={placement.history}
        rowKey={(e) => `${e.at}-${e.what}`}
      />
      <Heading level={2} id="pok-sectie-titel">
        Praktijkovereenkomst
      </Heading>
      {drafted ? <FocusedMessage>De praktijkovereenkomst is opgesteld.</FocusedMessage> : null}
      <QueryStatus
        result={birth}
        what="de gegevens van de student"
        loading="De gegevens van de student worden geladen…"
      />
      {birth.status === 'done' && !who ? <Empty>De gegevens van deze student zijn niet gevonden.</Empty> : null}
      {!who ? null : agreement ? (
        <AgreementArea
          key={agreement.id}
          agreementId={agreement.id}
          placementId={placement.id}
          student={who}
          institutionName={placement.institution.name}
          onAction={() => setDrafted(false)}
        />
      ) : mayDraftAgreement(placement.status) ? (
        <AgreementForm
          placementId={placement.id}
          mode="new"
          initial={formFromPlace(place)}
          student={who}
          onSaved={() => {
            setDrafted(true);
            reload();
          }}
        />
      ) : (
        <Paragraph>
          Er is nog geen praktijkovereenkomst. U stelt die op nadat het leerbedrijf de plaatsing heeft geaccepteerd;
          daarna legt u hier ook contactmomenten en vergoedingen vast.
        </Paragraph>
      )}
    </>
  );
}
