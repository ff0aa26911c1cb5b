import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import {
  ConfirmAction,
  Empty,
  ErrorSummary,
  Failed,
  type FormError,
  formatDate,
  Heading,
  Loading,
  Notice,
  Paragraph,
  RouteLink,
  SelectField,
  SuccessMessage,
  TextareaField,
} from '@stelsel/ui';
import { type FormEvent, useRef, useState } from 'react';
import type { DeclineReason, MyMatchesQuery } from '../graphql/generated/graphql.ts';
import { myMatchesQuery, respondToMatchMutation } from '../graphql/matches.ts';
import { DECLINE_REASON_LABELS, formatMoment, PATHWAY_LABELS, PLACEMENT_STATUS_LABELS } from './labels.ts';
import { agreementStatusText, isFollowedUp } from './placement-summary.ts';
import { placementHref } from './placements-page.tsx';

type Match = NonNullable<MyMatchesQuery['myMatches']>[number];

const DECLINE_REASONS = Object.keys(DECLINE_REASON_LABELS) as DeclineReason[];

export interface MatchesPageProps {
  basePath: string;
  navigate: (href: string) => void;
}

/** Students matched to the company after their institution confirmed: accept or decline each. */
export function MatchesPage({ basePath, navigate }: MatchesPageProps) {
  const result = useQuery(myMatchesQuery, {});
  // Keep the list on screen while it reloads after an answer, so focus and messages stay put.
  const last = useRef<Match[] | null>(null);
  if (result.status === 'done') last.current = result.data.myMatches;
  const matches = result.status === 'done' ? result.data.myMatches : last.current;
  return (
    <section aria-labelledby="matches-title">
      <Heading level={1} id="matches-title">
        Gematchte studenten
      </Heading>
      <Paragraph>
        U ziet een student pas nadat de onderwijsinstelling de match heeft bevestigd. Accepteer de student of wijs af
        met een reden, uiterlijk op de datum bij de match; daarna kunt u niet meer reageren en zoekt de school verder.
        Afwijzingen worden vastgelegd en gevolgd.
      </Paragraph>
      {result.status === 'loading' && !matches ? <Loading>De gematchte studenten worden geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de gematchte studenten" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {matches ? (
        matches.length === 0 ? (
          <Empty>Er zijn nog geen bevestigde matches met uw leerbedrijf.</Empty>
        ) : (
          <ul className="stelsel-match-list">
            {matches.map((match) => (
              <li key={match.id}>
                <MatchCard match={match} onChanged={result.reload} basePath={basePath} navigate={navigate} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

function MatchCard({
  match,
  onChanged,
  basePath,
  navigate,
}: {
  match: Match;
  onChanged: () => void;
} & MatchesPageProps) {
  const [done, setDone] = useState<string | null>(null);
  const name = `${match.student.givenName} ${match.student.familyName}`;
  const headingId = `match-${match.id}`;
  return (
    <article className="stelsel-panel" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {name}
      </Heading>
      <dl className="stelsel-facts">
        <dt>E-mailadres</dt>
        <dd>
          {match.student.email ? <a href={`mailto:${match.student.email}`}>{match.student.email}</a> : 'onbekend'}
        </dd>
        <dt>Opleiding</dt>
        <dd>
          {match.student.qualification.name}, niveau {match.student.level}, {PATHWAY_LABELS[match.student.pathway]}
        </dd>
        <dt>Plaats</dt>
        <dd>
          {match.place.title} ({formatDate(match.place.startsOn)} tot en met {formatDate(match.place.endsOn)})
        </dd>
        <dt>Bevestigd door de instelling</dt>
        <dd>{formatMoment(match.confirmedAt)}</dd>
        {match.status === 'CONFIRMED' ? (
          <>
            <dt>Reageren uiterlijk op</dt>
            <dd>
              {formatDate(match.respondBy)}
              {match.responseOverdue ? ' (verlopen)' : ''}
            </dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>
          {match.responseOverdue ? 'Verlopen: u heeft niet op tijd gereageerd' : PLACEMENT_STATUS_LABELS[match.status]}
          {match.declineReason ? `: ${DECLINE_REASON_LABELS[match.declineReason]}` : ''}
          {match.declineExplanation ? ` (${match.declineExplanation})` : ''}
        </dd>
        {isFollowedUp(match.status) ? (
          <>
            <dt>Praktijkovereenkomst</dt>
            <dd>{agreementStatusText(match.agreement)}</dd>
          </>
        ) : null}
      </dl>
      {isFollowedUp(match.status) ? (
        <Paragraph>
          <RouteLink href={placementHref(basePath, match.id)} onNavigate={navigate}>
            Stage van {name} bekijken
          </RouteLink>
        </Paragraph>
      ) : null}
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      {match.responseOverdue ? (
        <Notice title="De reactietermijn is verlopen">
          <Paragraph>
            U kunt {name} niet meer accepteren of afwijzen. De school neemt contact met u op of zoekt met {name} een
            andere plaats. Wilt u {name} toch een plaats geven? Neem dan contact op met de school.
          </Paragraph>
        </Notice>
      ) : match.status === 'CONFIRMED' ? (
        <RespondForm
          match={match}
          name={name}
          onChanged={(message) => {
            setDone(message);
            onChanged();
          }}
        />
      ) : null}
    </article>
  );
}

function RespondForm({ match, name, onChanged }: { match: Match; name: string; onChanged: (message: string) => void }) {
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  // One key per answer, kept for a retry of the same answer.
  const key = useRef<{ accept: boolean; value: string } | null>(null);
  const ids = { reason: `afwijzen-reden-${match.id}`, explanation: `afwijzen-toelichting-${match.id}` };

  const respond = async (accept: boolean) => {
    if (busy) return;
    setErrors([]);
    if (!accept) {
      const problems: FormError[] = [];
      if (reason === '') problems.push({ fieldId: ids.reason, message: 'Kies een reden om af te wijzen.' });
      if (reason === 'OTHER' && explanation.trim() === '')
        problems.push({ fieldId: ids.explanation, message: 'Licht de andere reden toe.' });
      if (problems.length > 0) {
        setErrors(problems);
        return;
      }
    }
    if (!key.current || key.current.accept !== accept) key.current = { accept, value: crypto.randomUUID() };
    setBusy(true);
    try {
      const { data } = await graphqlRequest(respondToMatchMutation, {
        placementId: match.id,
        accept,
        declineReason: accept || reason === '' ? null : reason,
        declineExplanation: accept || explanation.trim() === '' ? null : explanation.trim(),
        idempotencyKey: key.current.value,
      });
      const answer = data?.respondToMatch;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (isUserError(answer)) {
        const fieldId =
          answer.field === 'declineReason'
            ? ids.reason
            : answer.field === 'declineExplanation'
              ? ids.explanation
              : null;
        setErrors([{ fieldId, message: answer.message }]);
      } else {
        onChanged(accept ? `U heeft ${name} geaccepteerd.` : `U heeft ${name} afgewezen.`);
      }
    } catch (error) {
      setErrors([{ fieldId: null, message: failureMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <form
      className="stelsel-form"
      noValidate
      aria-label={`Reageren op de match met ${name}`}
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <ErrorSummary errors={errors} title="Uw reactie is niet verstuurd" />
      <ConfirmAction
        trigger={`${name} accepteren`}
        title={`Controleer voordat u ${name} accepteert`}
        confirm={`Ja, accepteer ${name}`}
        onConfirm={() => respond(true)}
        busy={busy}
      >
        <Paragraph>
          Met accepteren neemt {name} de plaats in. De school stelt daarna de praktijkovereenkomst op, die u, de student
          en de school ondertekenen. Intrekken kan daarna alleen via de school.
        </Paragraph>
      </ConfirmAction>
      <SelectField
        id={ids.reason}
        label="Reden van afwijzen"
        value={reason}
        placeholder="Kies een reden"
        options={DECLINE_REASONS.map((r) => ({ value: r, label: DECLINE_REASON_LABELS[r] }))}
        onChange={(v) => setReason(DECLINE_REASONS.find((r) => r === v) ?? '')}
        error={errorFor(ids.reason)}
        required={false}
        description="Alleen nodig als u afwijst."
      />
      <TextareaField
        id={ids.explanation}
        label="Toelichting"
        value={explanation}
        onChange={setExplanation}
        error={errorFor(ids.explanation)}
        required={false}
        rows={3}
        description="Verplicht bij een andere reden."
      />
      <ConfirmAction
        trigger={`${name} afwijzen`}
        title={`Controleer voordat u ${name} afwijst`}
        confirm={`Ja, wijs ${name} af`}
        onConfirm={() => respond(false)}
        busy={busy}
        secondary
      >
        <Paragraph>
          Reden: {reason === '' ? 'nog niet gekozen' : DECLINE_REASON_LABELS[reason]}.
          {explanation.trim() ? ` Toelichting: ${explanation.trim()}` : ''} De student en de school zien dat u heeft
          afgewezen; de school zoekt een andere plaats. De reden telt mee in de monitor van het Stagepact (zonder naam).
        </Paragraph>
      </ConfirmAction>
    </form>
  );
}
