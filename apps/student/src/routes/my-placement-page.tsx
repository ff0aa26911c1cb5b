import { graphqlRequest, mutationOutcome, unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import { AGREEMENT_STATUS_LABELS } from '@stelsel/placements-common';
import {
  AgreementDetails,
  AgreementHistoryTable,
  AllowanceOverview,
  ContactMomentExceptionsList,
  ContactMomentsTable,
  formatMomentWithTime,
  PeopleProvider,
  SignaturesTable,
} from '@stelsel/placements-react';
import {
  BusyStatus,
  ConfirmAction,
  Empty,
  ErrorSummary,
  FocusedMessage,
  Heading,
  Paragraph,
  PartialNotice,
  PrintButton,
  QueryStatus,
  useSubmission,
} from '@stelsel/ui';
import { type ReactNode, useRef, useState } from 'react';
import type { AgreementFieldsFragment, StudentMyPlacementQuery } from '../graphql/generated/graphql.ts';
import { myPlacementQuery, signAgreementMutation } from '../graphql/placement.ts';
import {
  missingSignaturesText,
  PATHWAY_LABELS,
  periodText,
  placementStatusText,
  responseText,
  studentSignState,
} from './my-placement.ts';

type Me = NonNullable<StudentMyPlacementQuery['me']>;
type Placement = NonNullable<Me['placement']>;

export interface MyPlacementPageProps {
  /** "Wat moet ik nu doen", loaded by the app root (it also counts them in the navigation). */
  tasks?: ReactNode;
  /** Called after the student signed, so the app root counts the tasks again. */
  onChanged?: () => void;
}

/** Mijn stage: the student's own data, placement and agreement, with the button to sign it. */
export function MyPlacementPage({ tasks, onChanged }: MyPlacementPageProps = {}) {
  const query = useQuery(myPlacementQuery, {});
  const result = {
    ...query,
    reload: () => {
      query.reload();
      onChanged?.();
    },
  };
  // Keep showing the page while it reloads after signing, so the message and focus stay put.
  const last = useRef<{ me: Me | null } | null>(null);
  if (result.status === 'done') last.current = { me: result.data.me ?? null };
  const shown = result.status === 'failed' ? null : last.current;
  const unavailable = result.status === 'done' ? unavailableFields(result.errors) : [];
  return (
    <section aria-labelledby="student-title">
      <Heading level={1} id="student-title">
        Mijn stage
      </Heading>
      {tasks}
      <QueryStatus result={result} what="je gegevens" loading="Je gegevens worden geladen…" showing={shown} />
      {shown && !shown.me ? (
        <Empty>We vinden je gegevens als student niet. Neem contact op met je school.</Empty>
      ) : null}
      {shown?.me ? (
        <>
          <PartialNotice
            unavailable={unavailable.map(() => 'een deel van je gegevens')}
            services={result.status === 'done' ? unavailableServices(result.errors) : []}
          />
          <OwnData me={shown.me} />
          <PeopleProvider
            value={{
              students: [{ id: shown.me.id, name: `${shown.me.givenName} ${shown.me.familyName}` }],
              institution: shown.me.institution?.name ?? null,
              company: shown.me.placement?.company.name ?? null,
            }}
          >
            <PlacementSection me={shown.me} reload={result.reload} />
          </PeopleProvider>
        </>
      ) : null}
    </section>
  );
}

function OwnData({ me }: { me: Me }) {
  return (
    <>
      <Heading level={2}>Mijn gegevens</Heading>
      <dl className="stelsel-facts">
        <dt>Naam</dt>
        <dd>
          {me.givenName} {me.familyName}
        </dd>
        <dt>Opleiding</dt>
        <dd>
          {me.qualification.name} (crebo {me.qualification.crebo})
        </dd>
        <dt>Niveau</dt>
        <dd>{me.level}</dd>
        <dt>Leerweg</dt>
        <dd>{PATHWAY_LABELS[me.pathway]}</dd>
        <dt>School</dt>
        <dd>{me.institution.name}</dd>
      </dl>
    </>
  );
}

function PlacementSection({ me, reload }: { me: Me; reload: () => void }) {
  const placement = me.placement;
  return (
    <>
      <Heading level={2}>Mijn plaatsing</Heading>
      <Paragraph>{placementStatusText(me.placementStatus, me.pathway)}</Paragraph>
      {responseText(me.placementStatus, placement) ? (
        <Paragraph>{responseText(me.placementStatus, placement)}</Paragraph>
      ) : null}
      {placement ? <PlacementFacts placement={placement} /> : null}
      <Heading level={2}>Praktijkovereenkomst</Heading>
      {placement?.agreement ? (
        <AgreementSection agreement={placement.agreement} reload={reload} />
      ) : (
        <Paragraph>
          Er is nog geen praktijkovereenkomst. Je school stelt die op zodra{' '}
          {placement && placement.status !== 'DECLINED' ? 'het leerbedrijf' : 'een leerbedrijf'} je plaatsing heeft
          geaccepteerd. Daarna lees en onderteken je haar hier.
        </Paragraph>
      )}
    </>
  );
}

function PlacementFacts({ placement }: { placement: Placement }) {
  return (
    <dl className="stelsel-facts">
      <dt>Leerbedrijf</dt>
      <dd>{placement.company.name}</dd>
      <dt>Plaats</dt>
      <dd>
        {placement.place.title}, {placement.place.city}
      </dd>
      <dt>Periode</dt>
      <dd>{periodText(placement.place.startsOn, placement.place.endsOn)}</dd>
    </dl>
  );
}

function AgreementSection({ agreement, reload }: { agreement: AgreementFieldsFragment; reload: () => void }) {
  const missing = missingSignaturesText(agreement);
  return (
    <>
      <dl className="stelsel-facts">
        <dt>Stand</dt>
        <dd>{AGREEMENT_STATUS_LABELS[agreement.status]}</dd>
      </dl>
      <AgreementDetails agreement={agreement} />
      <Heading level={3}>Handtekeningen</Heading>
      <SignaturesTable agreement={agreement} />
      <PrintButton>Praktijkovereenkomst afdrukken</PrintButton>
      {missing ? <Paragraph>{missing}</Paragraph> : null}
      {agreement.guardianRequired ? (
        <Paragraph>
          Omdat je op de begindatum jonger bent dan 18, tekent ook je ouder of voogd. Je school legt die handtekening
          vast.
        </Paragraph>
      ) : null}
      <SignAgreement agreement={agreement} onSigned={reload} />
      <Heading level={3}>Contactmomenten</Heading>
      <Paragraph>
        Je school, het leerbedrijf en jij spreken elkaar minstens drie keer: bij de start, tussendoor en aan het eind.
        Minstens één keer op locatie.
      </Paragraph>
      <ContactMomentsTable moments={agreement.contactMoments} caption="Contactmomenten van je stage" />
      <ContactMomentExceptionsList exceptions={agreement.contactMomentExceptions} />
      <Heading level={3}>Vergoedingen</Heading>
      <AllowanceOverview status={agreement.allowanceStatus} payments={agreement.allowancePayments} />
      <Heading level={3}>Geschiedenis</Heading>
      <AgreementHistoryTable events={agreement.history} />
    </>
  );
}

function SignAgreement({ agreement, onSigned }: { agreement: AgreementFieldsFragment; onSigned: () => void }) {
  // One key per attempt: made at the first click, reused when that attempt is retried.
  const submission = useSubmission(() => null);
  const [done, setDone] = useState(false);
  const state = studentSignState(agreement);

  const sign = async () => {
    setDone(false);
    const signed = await submission.send(
      { ok: true, input: { agreementId: agreement.id, version: agreement.version } },
      ({ agreementId }, idempotencyKey) =>
        mutationOutcome(async () => {
          const { data } = await graphqlRequest(signAgreementMutation, { agreementId, idempotencyKey });
          return data?.signAgreement;
        }),
    );
    if (signed) {
      setDone(true);
      onSigned();
    }
  };

  return (
    <div className="stelsel-form">
      <ErrorSummary errors={submission.summary({}, {})} title="De praktijkovereenkomst is niet ondertekend" />
      {/* The button disappears after signing: the message takes focus, so it is not lost. */}
      {done ? <FocusedMessage>Je hebt de praktijkovereenkomst ondertekend.</FocusedMessage> : null}
      {state.kind === 'sign' ? (
        <>
          <Paragraph>
            Lees de overeenkomst hierboven goed. Klopt alles, onderteken dan. Klopt er iets niet, neem dan eerst contact
            op met je school.
          </Paragraph>
          <ConfirmAction
            trigger="Praktijkovereenkomst ondertekenen"
            title="Controleer voordat je ondertekent"
            declaration={`Ik heb versie ${agreement.version} van de praktijkovereenkomst gelezen en ga ermee akkoord.`}
            confirm="Ja, ik onderteken"
            onConfirm={sign}
            busy={submission.busy}
            address="je"
          >
            <Paragraph>
              Met je handtekening ga je akkoord met de afspraken hierboven: de periode, de werktijden, de begeleiding en
              de vergoeding. Je school en het leerbedrijf zien dat je hebt getekend. Wordt de overeenkomst later
              gewijzigd, dan teken je de nieuwe versie opnieuw.
            </Paragraph>
          </ConfirmAction>
        </>
      ) : null}
      {state.kind === 'signed' && !done ? (
        <Paragraph>
          Je hebt versie {state.version} ondertekend op {formatMomentWithTime(state.at)}.
        </Paragraph>
      ) : null}
      {state.kind === 'superseded' ? (
        <Paragraph>Deze overeenkomst is vervangen door een nieuwe. Je hoeft haar niet meer te ondertekenen.</Paragraph>
      ) : null}
      <BusyStatus busy={submission.busy}>De praktijkovereenkomst wordt ondertekend…</BusyStatus>
    </div>
  );
}
