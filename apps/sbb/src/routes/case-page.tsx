import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import {
  ConfirmAction,
  ErrorSummary,
  Failed,
  formatDate,
  Heading,
  Loading,
  NotFound,
  Paragraph,
  RouteLink,
  SuccessMessage,
} from '@stelsel/ui';
import { useState } from 'react';
import {
  acknowledgeMutation,
  caseQuery,
  closeCaseMutation,
  investigateMutation,
  startHearingMutation,
} from '../graphql/sbb.ts';
import { DecisionFormView, StatementForm, Statements } from './case-actions.tsx';
import { AssessForm, AuditLog } from './case-follow-up.tsx';
import { APP_NAME, CASES_PATH, dayOf } from './sbb-pages.ts';

const CHANNEL = {
  INSTITUTION_DESK: 'Via het meldpunt van de school',
  SBB: 'Rechtstreeks bij SBB',
  ADV: 'Via de antidiscriminatievoorziening',
} as const;

const AGREEMENT_STATUS = { OPEN: 'open', FULFILLED: 'nagekomen', BREACHED: 'niet nagekomen' } as const;

/** One case: the report as the student gave it (this read is logged), its deadlines and the next step. */
export function CasePage({
  id,
  basePath,
  navigate,
}: {
  id: string;
  basePath: string;
  navigate: (href: string) => void;
}) {
  const result = useQuery(caseQuery, { id });
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (run: () => Promise<{ __typename: string; message?: string } | undefined>, success: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await run();
      if (!answer) setError('Er kwam geen antwoord terug. Probeer het opnieuw.');
      else if (isUserError(answer)) setError(answer.message);
      else {
        setDone(success);
        result.reload();
      }
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const changed = (message: string) => {
    setDone(message);
    setError(null);
    result.reload();
  };

  if (result.status === 'loading') return <Loading>De zaak wordt geladen…</Loading>;
  if (result.status === 'failed')
    return <Failed what="de zaak" message={result.error.message} onRetry={result.reload} />;
  const c = result.data.sbbCase;
  if (!c) {
    return (
      <NotFound
        app={APP_NAME}
        startHref={`${basePath}${CASES_PATH}`}
        startLabel="Meldingen en zaken"
        onNavigate={navigate}
      />
    );
  }
  const report = c.report;
  return (
    <section aria-labelledby="sbb-case-title">
      <Heading level={1} id="sbb-case-title">
        Zaak over {c.company.name}
      </Heading>
      <Paragraph>
        <RouteLink href={`${basePath}${CASES_PATH}`} onNavigate={navigate}>
          Terug naar alle zaken
        </RouteLink>
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <ErrorSummary errors={error ? [{ fieldId: null, message: error }] : []} title="De zaak is niet gewijzigd" />
      <dl className="stelsel-facts">
        <dt>Stand</dt>
        <dd>{c.statusLabel}</dd>
        <dt>Ontvangen op</dt>
        <dd>
          {formatDate(dayOf(c.receivedAt))} ({c.ageInDays} dagen geleden)
        </dd>
        <dt>Ontvangst bevestigen</dt>
        <dd>
          {c.acknowledgedAt
            ? `Bevestigd op ${formatDate(dayOf(c.acknowledgedAt))}`
            : `${c.acknowledgeOverdue ? 'Te laat: ' : ''}uiterlijk ${formatDate(c.acknowledgeDueOn)}`}
        </dd>
        {c.decisionLabel ? (
          <>
            <dt>Besluit</dt>
            <dd>
              {c.decisionLabel}
              {c.decidedAt ? ` (${formatDate(dayOf(c.decidedAt))})` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <Heading level={2}>De melding</Heading>
      <dl className="stelsel-facts">
        <dt>Soort</dt>
        <dd>{report.kindLabel}</dd>
        <dt>Moment</dt>
        <dd>{report.momentLabel}</dd>
        <dt>Gronden</dt>
        <dd>{report.grounds.length ? report.grounds.map((g) => g.label).join(', ') : 'Geen (misbruik)'}</dd>
        <dt>Wanneer</dt>
        <dd>{formatDate(report.occurredOn)}</dd>
        <dt>Route</dt>
        <dd>{CHANNEL[report.channel]}</dd>
        <dt>Melder</dt>
        <dd>{report.anonymous ? 'Anoniem: er is niets over de melder bewaard' : 'Bekend bij SBB'}</dd>
      </dl>
      <Heading level={3}>Wat er gebeurde</Heading>
      <Paragraph>{report.description}</Paragraph>
      <Heading level={2}>Volgende stap</Heading>
      {c.status === 'RECEIVED' ? (
        <ConfirmAction
          trigger="Ontvangst bevestigen"
          title="Controleer voordat u de ontvangst bevestigt"
          confirm="Ja, ontvangst bevestigen"
          busy={busy}
          onConfirm={() =>
            act(
              async () => (await graphqlRequest(acknowledgeMutation, { caseId: c.id })).data?.acknowledgeCase,
              'De ontvangst is bevestigd.',
            )
          }
        >
          <Paragraph>
            De melder en het meldpunt zien daarna dat SBB de melding in behandeling heeft. U bent de behandelaar van
            deze zaak.
          </Paragraph>
        </ConfirmAction>
      ) : null}
      {c.status === 'ACKNOWLEDGED' ? (
        <ConfirmAction
          trigger="Onderzoek starten"
          title="Controleer voordat u het onderzoek start"
          confirm="Ja, onderzoek starten"
          busy={busy}
          onConfirm={() =>
            act(
              async () => (await graphqlRequest(investigateMutation, { caseId: c.id })).data?.startCaseInvestigation,
              'Het onderzoek is gestart.',
            )
          }
        >
          <Paragraph>
            SBB onderzoekt de melding onafhankelijk. Het leerbedrijf krijgt de gelegenheid om zijn kant te geven (hoor
            en wederhoor) voordat SBB besluit.
          </Paragraph>
        </ConfirmAction>
      ) : null}
      {c.status === 'INVESTIGATING' ? (
        <ConfirmAction
          trigger="Hoor en wederhoor starten"
          title="Controleer voordat u hoor en wederhoor start"
          confirm="Ja, hoor en wederhoor starten"
          busy={busy}
          onConfirm={() =>
            act(
              async () => (await graphqlRequest(startHearingMutation, { caseId: c.id })).data?.startCaseHearing,
              'Hoor en wederhoor is gestart.',
            )
          }
        >
          <Paragraph>Het leerbedrijf, de school en de student krijgen de gelegenheid hun kant te geven.</Paragraph>
        </ConfirmAction>
      ) : null}
      {c.status === 'HEARING' ? (
        <DecisionFormView caseId={c.id} accreditations={c.company?.accreditations ?? null} onDone={changed} />
      ) : null}
      {c.agreements.length > 0 ? (
        <>
          <Heading level={2}>Verbeterafspraken</Heading>
          <ul aria-label="Verbeterafspraken">
            {c.agreements.map((a) => (
              <li key={a.id}>
                {a.kindLabel}: {a.description} (uiterlijk {formatDate(a.dueOn)};{' '}
                {a.overdue ? 'termijn verstreken' : AGREEMENT_STATUS[a.status]})
                {a.companyReport ? `. Toelichting leerbedrijf: ${a.companyReport}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {c.status === 'MONITORING' ? <AssessForm agreements={c.agreements} onDone={changed} /> : null}
      {c.status === 'MONITORING' && c.agreements.every((a) => a.status !== 'OPEN') ? (
        <ConfirmAction
          trigger="Zaak afsluiten"
          title="Controleer voordat u de zaak afsluit"
          confirm="Ja, zaak afsluiten"
          busy={busy}
          onConfirm={() =>
            act(
              async () => (await graphqlRequest(closeCaseMutation, { caseId: c.id })).data?.closeCase,
              'De zaak is afgesloten.',
            )
          }
        >
          <Paragraph>
            Alle verbeterafspraken zijn beoordeeld. De melder en het meldpunt zien dat de zaak is afgesloten.
          </Paragraph>
        </ConfirmAction>
      ) : null}
      {c.motivation ? <Paragraph>Motivering: {c.motivation}</Paragraph> : null}
      <Heading level={2}>Hoor en wederhoor</Heading>
      <Statements statements={c.statements} />
      {['INVESTIGATING', 'HEARING', 'MONITORING'].includes(c.status) ? (
        <StatementForm caseId={c.id} onDone={changed} />
      ) : null}
      <AuditLog caseId={c.id} />
    </section>
  );
}
