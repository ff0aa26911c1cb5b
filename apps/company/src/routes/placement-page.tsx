import { graphqlRequest, mutationOutcome, readSession, useQuery } from '@stelsel/client';
import {
  AGREEMENT_PARTY_LABELS,
  AGREEMENT_STATUS_LABELS,
  missingSignatures,
  mustSign,
  signatureOf,
} from '@stelsel/placements-common';
import {
  AgreementDetails,
  AgreementHistoryTable,
  AllowanceOverview,
  AllowancePaymentForm,
  ContactMomentExceptionsList,
  ContactMomentForms,
  ContactMomentsTable,
  formatMomentWithTime,
  PeopleProvider,
  placementPeople,
  SignaturesTable,
} from '@stelsel/placements-react';
import {
  BusyStatus,
  ConfirmAction,
  Empty,
  ErrorSummary,
  Failed,
  FocusedMessage,
  formatDate,
  Heading,
  Loading,
  Paragraph,
  PrintButton,
  QueryStatus,
  RouteLink,
  useSubmission,
} from '@stelsel/ui';
import { useRef, useState } from 'react';
import {
  agreementQuery,
  planContactMomentMutation,
  recordAllowancePaymentMutation,
  recordContactMomentMutation,
  signAgreementMutation,
} from '../graphql/agreements.ts';
import type { AgreementFieldsFragment, CompanyPlacementQuery } from '../graphql/generated/graphql.ts';
import { companyPlacementQuery } from '../graphql/placements.ts';
import { PATHWAY_LABELS, PLACEMENT_STATUS_LABELS } from './labels.ts';
import { isFollowedUp, NO_AGREEMENT_TEXT } from './placement-summary.ts';

type Placement = NonNullable<CompanyPlacementQuery['placement']>;
type Agreement = AgreementFieldsFragment;

export interface PlacementPageProps {
  placementId: string;
  basePath: string;
  navigate: (href: string) => void;
}

/**
 * One placement for the company: the student and the place, and once the institution drew up the
 * agreement: signing it, the contact moments and the allowance payments.
 */
export function PlacementPage({ placementId, basePath, navigate }: PlacementPageProps) {
  const result = useQuery(companyPlacementQuery, { placementId });
  // Keep the placement on screen while it reloads, so focus and messages stay put.
  const last = useRef<Placement | null>(null);
  if (result.status === 'done') last.current = result.data.placement ?? null;
  const placement = result.status === 'done' ? (result.data.placement ?? null) : last.current;
  const name = placement ? `${placement.student.givenName} ${placement.student.familyName}` : null;
  const people = placementPeople(placement, readSession()?.user);
  return (
    <PeopleProvider value={people}>
      <section aria-labelledby="placement-title">
        <Heading level={1} id="placement-title">
          {name ? `Stage van ${name}` : 'Stage'}
        </Heading>
        <QueryStatus result={result} what="de stage" loading="De stage wordt geladen…" showing={placement} />
        {result.status === 'done' && !placement ? (
          <Empty>
            Deze stage bestaat niet of hoort niet bij uw leerbedrijf. Uw studenten staan bij{' '}
            <RouteLink href={`${basePath}/stages`} onNavigate={navigate}>
              Stages
            </RouteLink>
            .
          </Empty>
        ) : null}
        {placement && name ? (
          <>
            <dl className="stelsel-facts">
              <dt>Student</dt>
              <dd>{name}</dd>
              <dt>E-mailadres</dt>
              <dd>
                {placement.student.email ? (
                  <a href={`mailto:${placement.student.email}`}>{placement.student.email}</a>
                ) : (
                  'onbekend'
                )}
              </dd>
              <dt>Opleiding</dt>
              <dd>
                {placement.student.qualification.name}, niveau {placement.student.level},{' '}
                {PATHWAY_LABELS[placement.student.pathway]}
              </dd>
              <dt>Plaats</dt>
              <dd>
                {placement.place.title} ({formatDate(placement.place.startsOn)} tot en met{' '}
                {formatDate(placement.place.endsOn)})
              </dd>
              <dt>Status</dt>
              <dd>{PLACEMENT_STATUS_LABELS[placement.status]}</dd>
            </dl>
            {!isFollowedUp(placement.status) ? (
              <Paragraph>
                Een praktijkovereenkomst, contactmomenten en betalingen horen bij een student die u heeft geaccepteerd.
                Bevestigde matches staan bij{' '}
                <RouteLink href={`${basePath}/matches`} onNavigate={navigate}>
                  Gematchte studenten
                </RouteLink>
                .
              </Paragraph>
            ) : placement.agreement ? (
              <AgreementSections
                agreementId={placement.agreement.id}
                companyName={placement.company.name}
                studentName={name}
              />
            ) : (
              <section aria-labelledby="agreement-title">
                <Heading level={2} id="agreement-title">
                  Praktijkovereenkomst
                </Heading>
                <Paragraph>{NO_AGREEMENT_TEXT} U ondertekent die hier zodra zij klaar is.</Paragraph>
                <Paragraph>
                  Contactmomenten en betalingen van vergoedingen legt u vast zodra er een praktijkovereenkomst is.
                </Paragraph>
              </section>
            )}
          </>
        ) : null}
      </section>
    </PeopleProvider>
  );
}

function AgreementSections({
  agreementId,
  companyName,
  studentName,
}: {
  agreementId: string;
  companyName: string;
  studentName: string;
}) {
  const result = useQuery(agreementQuery, { id: agreementId });
  // Keep the agreement on screen while it reloads after a change, so focus and messages stay put.
  const last = useRef<Agreement | null>(null);
  if (result.status === 'done') last.current = result.data.agreement ?? null;
  const agreement = result.status === 'done' ? result.data.agreement : last.current;
  if (result.status === 'loading' && !agreement) return <Loading>De praktijkovereenkomst wordt geladen…</Loading>;
  if (result.status === 'failed' && !agreement) {
    return <Failed what="de praktijkovereenkomst" message={result.error.message} onRetry={result.reload} />;
  }
  if (!agreement) return <Empty>U kunt deze praktijkovereenkomst niet inzien.</Empty>;
  const current = agreement.status !== 'SUPERSEDED';
  return (
    <>
      {result.status === 'failed' ? (
        <Failed what="de nieuwste gegevens" message={result.error.message} onRetry={result.reload} />
      ) : null}
      <section aria-labelledby="agreement-title">
        <Heading level={2} id="agreement-title">
          Praktijkovereenkomst
        </Heading>
        <Paragraph>
          Status: <strong>{AGREEMENT_STATUS_LABELS[agreement.status]}</strong>
        </Paragraph>
        <AgreementDetails agreement={agreement} />
        <SignaturesTable agreement={agreement} />
        <PrintButton>Praktijkovereenkomst afdrukken</PrintButton>
        <Signing agreement={agreement} companyName={companyName} onChanged={result.reload} />
        <AgreementHistoryTable events={agreement.history} />
      </section>
      <section aria-labelledby="moments-title">
        <Heading level={2} id="moments-title">
          Contactmomenten
        </Heading>
        <Paragraph>
          Elke stage heeft minstens drie contactmomenten tussen school, student en leerbedrijf: een startgesprek, een
          tussentijds gesprek en een eindgesprek, en minstens één daarvan is op locatie.
        </Paragraph>
        <ContactMomentsTable moments={agreement.contactMoments} caption={`Contactmomenten van ${studentName}`} />
        <ContactMomentExceptionsList exceptions={agreement.contactMomentExceptions} />
        {current ? (
          <ContactMomentForms
            agreement={agreement}
            notesReadBy="de student en de school"
            plan={(input, idempotencyKey) =>
              mutationOutcome(async () => {
                const { data } = await graphqlRequest(planContactMomentMutation, {
                  agreementId: agreement.id,
                  ...input,
                  idempotencyKey,
                });
                return data?.planContactMoment;
              })
            }
            record={(contactMomentId, input) =>
              mutationOutcome(async () => {
                const { data } = await graphqlRequest(recordContactMomentMutation, { contactMomentId, ...input });
                return data?.recordContactMoment;
              })
            }
            onChanged={result.reload}
          />
        ) : (
          <Paragraph>Deze overeenkomst is vervangen; contactmomenten horen bij de nieuwe overeenkomst.</Paragraph>
        )}
      </section>
      <section aria-labelledby="allowances-title">
        <Heading level={2} id="allowances-title">
          Vergoedingen
        </Heading>
        {agreement.status === 'SIGNED' || agreement.allowancePayments.length > 0 ? (
          <AllowanceOverview status={agreement.allowanceStatus} payments={agreement.allowancePayments} />
        ) : null}
        {agreement.status === 'SIGNED' ? (
          <AllowancePaymentForm
            agreement={agreement}
            submit={(payment, idempotencyKey) =>
              mutationOutcome(async () => {
                const { data } = await graphqlRequest(recordAllowancePaymentMutation, {
                  agreementId: agreement.id,
                  ...payment,
                  idempotencyKey,
                });
                return data?.recordAllowancePayment;
              })
            }
            onRecorded={result.reload}
          />
        ) : agreement.status !== 'SUPERSEDED' ? (
          <Paragraph>
            Betalingen legt u vast zodra de praktijkovereenkomst door alle partijen is ondertekend. De afgesproken
            vergoedingen staan hierboven bij de overeenkomst.
          </Paragraph>
        ) : null}
      </section>
    </>
  );
}

function Signing({
  agreement,
  companyName,
  onChanged,
}: {
  agreement: Agreement;
  companyName: string;
  onChanged: () => void;
}) {
  const [done, setDone] = useState(false);
  const submission = useSubmission(() => null);

  const sign = async () => {
    const signed = await submission.send(
      { ok: true, input: { agreementId: agreement.id, version: agreement.version } },
      ({ agreementId }, idempotencyKey) =>
        mutationOutcome(async () => {
          const { data } = await graphqlRequest(signAgreementMutation, {
            agreementId,
            party: 'COMPANY',
            idempotencyKey,
          });
          return data?.signAgreement;
        }),
    );
    if (signed) {
      setDone(true);
      onChanged();
    }
  };

  const own = signatureOf(agreement, 'COMPANY');
  const missing = missingSignatures(agreement).map((party) => AGREEMENT_PARTY_LABELS[party].toLowerCase());
  return (
    <>
      {done ? <FocusedMessage>U heeft namens het leerbedrijf ondertekend.</FocusedMessage> : null}
      {mustSign(agreement, 'COMPANY') ? (
        <div className="stelsel-form">
          <ErrorSummary errors={submission.summary({}, {})} title="Er is niet ondertekend" />
          <ConfirmAction
            trigger="Ondertekenen namens het leerbedrijf"
            title="Controleer voordat u ondertekent"
            declaration={`Ik heb versie ${agreement.version} van de praktijkovereenkomst gelezen en ga namens ${companyName} akkoord.`}
            confirm="Ja, onderteken namens het leerbedrijf"
            onConfirm={() => sign()}
            busy={submission.busy}
          >
            <Paragraph>
              Met ondertekenen gaat u namens {companyName} akkoord met versie {agreement.version}: u biedt de student de
              afgesproken begeleiding, werktijden en vergoeding. De school en de student zien dat u heeft getekend.
            </Paragraph>
          </ConfirmAction>
          <BusyStatus busy={submission.busy}>Bezig met ondertekenen…</BusyStatus>
        </div>
      ) : agreement.status === 'SIGNED' ? (
        <Paragraph>
          De praktijkovereenkomst is door alle partijen ondertekend
          {agreement.signedAt ? ` (${formatMomentWithTime(agreement.signedAt)})` : ''}.
        </Paragraph>
      ) : own && agreement.status !== 'SUPERSEDED' ? (
        <Paragraph>
          U heeft namens het leerbedrijf ondertekend op {formatMomentWithTime(own.signedAt)}.
          {missing.length > 0 ? ` Nog niet ondertekend: ${missing.join(', ')}.` : ''}
        </Paragraph>
      ) : null}
    </>
  );
}
