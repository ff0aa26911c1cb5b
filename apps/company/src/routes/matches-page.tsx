import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  ConfirmAction,
  Empty,
  ErrorSummary,
  formatDate,
  Heading,
  Notice,
  optionsOf,
  Paragraph,
  QueryStatus,
  RouteLink,
  SelectField,
  SuccessMessage,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useRef, useState } from 'react';
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
      <QueryStatus
        result={result}
        what="de gematchte studenten"
        loading="De gematchte studenten worden geladen…"
        showing={matches}
      />
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

type RespondField = 'reason' | 'explanation';

/** Accepting needs nothing more; declining needs a reason, and "other" an explanation. */
function responseFromForm(
  accept: boolean,
  form: { reason: DeclineReason | ''; explanation: string },
): FormResult<
  { accept: boolean; declineReason: DeclineReason | null; declineExplanation: string | null },
  RespondField
> {
  const explanation = form.explanation.trim();
  if (!accept) {
    const errors: Partial<Record<RespondField, string>> = {};
    if (form.reason === '') errors.reason = 'Kies een reden om af te wijzen.';
    if (form.reason === 'OTHER' && explanation === '') errors.explanation = 'Licht de andere reden toe.';
    if (Object.keys(errors).length > 0) return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      accept,
      declineReason: accept || form.reason === '' ? null : form.reason,
      declineExplanation: accept || explanation === '' ? null : explanation,
    },
  };
}

/** Not a FormFrame: two confirmed answers (accept, decline) instead of one submit button, and no title of its own. */
function RespondForm({ match, name, onChanged }: { match: Match; name: string; onChanged: (message: string) => void }) {
  const f = useForm({
    initial: { reason: '' as DeclineReason | '', explanation: '' },
    ids: { reason: `afwijzen-reden-${match.id}`, explanation: `afwijzen-toelichting-${match.id}` },
    labels: { reason: 'Reden van afwijzen', explanation: 'Toelichting' },
    serverFields: { declineReason: 'reason', declineExplanation: 'explanation' },
  });
  const { reason, explanation } = f.form;

  // One key per answer (useSubmission), kept for a retry of the same answer.
  const respond = async (accept: boolean) => {
    const sent = await f.submission.send(responseFromForm(accept, f.form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(respondToMatchMutation, { placementId: match.id, ...input, idempotencyKey })).data
            ?.respondToMatch,
      ),
    );
    if (sent) onChanged(accept ? `U heeft ${name} geaccepteerd.` : `U heeft ${name} afgewezen.`);
  };

  return (
    <form
      className="stelsel-form"
      noValidate
      aria-label={`Reageren op de match met ${name}`}
      onSubmit={(event) => event.preventDefault()}
    >
      <ErrorSummary errors={f.summary} title="Uw reactie is niet verstuurd" />
      <ConfirmAction
        trigger={`${name} accepteren`}
        title={`Controleer voordat u ${name} accepteert`}
        confirm={`Ja, accepteer ${name}`}
        onConfirm={() => respond(true)}
        busy={f.submission.busy}
      >
        <Paragraph>
          Met accepteren neemt {name} de plaats in. De school stelt daarna de praktijkovereenkomst op, die u, de student
          en de school ondertekenen. Intrekken kan daarna alleen via de school.
        </Paragraph>
      </ConfirmAction>
      <SelectField
        {...f.bind('reason')}
        placeholder="Kies een reden"
        options={optionsOf(DECLINE_REASON_LABELS)}
        onChange={(v) => f.set('reason', DECLINE_REASONS.find((r) => r === v) ?? '')}
        required={false}
        description="Alleen nodig als u afwijst."
      />
      <TextareaField
        {...f.bind('explanation')}
        required={false}
        rows={3}
        description="Verplicht bij een andere reden."
      />
      <ConfirmAction
        trigger={`${name} afwijzen`}
        title={`Controleer voordat u ${name} afwijst`}
        confirm={`Ja, wijs ${name} af`}
        onConfirm={() => respond(false)}
        busy={f.submission.busy}
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
