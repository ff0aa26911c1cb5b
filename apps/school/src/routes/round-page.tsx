import { useQuery } from '@stelsel/client';
import { Empty, formatDate, Heading, Paragraph, QueryStatus, RouteLink, SuccessMessage } from '@stelsel/ui';
import { useRef } from 'react';
import { matchingRoundQuery } from '../graphql/rounds.ts';
import { AdjustForm, ConfirmRound, RunRound } from './round-actions.tsx';
import { ChoicesForm } from './round-choices-form.tsx';
import type { Round, RoundNav } from './round-model.ts';
import { Results } from './round-results.tsx';
import { ROUND_STATUS_LABELS } from './students.ts';

export interface RoundPageProps {
  roundId: string;
  basePath: string;
  navigate: (href: string) => void;
}

/** One matching round: choices per student, run, results with explanation, adjust, confirm. */
export function RoundPage({ roundId, basePath, navigate }: RoundPageProps) {
  const result = useQuery(matchingRoundQuery, { id: roundId });
  // Keep showing the round while it reloads after a change, so forms and focus stay put.
  const last = useRef<Round | null>(null);
  if (result.status === 'done') last.current = result.data.matchingRound ?? null;
  const round = result.status === 'done' ? (result.data.matchingRound ?? null) : last.current;
  const heading = round ? `Ronde: ${round.name}` : 'Matchingsronde';
  return (
    <section aria-labelledby="round-title">
      <Heading level={1} id="round-title">
        {heading}
      </Heading>
      <Paragraph>
        <RouteLink href={`${basePath}/rondes`} onNavigate={navigate}>
          Terug naar alle rondes
        </RouteLink>
      </Paragraph>
      <QueryStatus result={result} what="de ronde" loading="De ronde wordt geladen…" showing={round} />
      {result.status === 'done' && !round ? <Empty>Deze ronde bestaat niet of is niet van uw instelling.</Empty> : null}
      {round ? <RoundDetails round={round} reload={result.reload} nav={{ basePath, navigate }} /> : null}
    </section>
  );
}

function RoundDetails({ round, reload, nav }: { round: Round; reload: () => void; nav: RoundNav }) {
  const p = round.progress;
  return (
    <>
      <dl className="stelsel-facts">
        <dt>Stand</dt>
        <dd>{ROUND_STATUS_LABELS[round.status]}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(round.periodStart)} tot en met {formatDate(round.periodEnd)}
        </dd>
        <dt>Studenten</dt>
        <dd>
          {p.students}, waarvan {p.studentsWithChoices} met keuzes
        </dd>
        {round.status !== 'DRAFT' ? (
          <>
            <dt>Uitkomst</dt>
            <dd>
              {p.matched} geplaatst, {p.unmatched} zonder plaats, {p.adjusted} met de hand aangepast
              {p.droppedAtConfirmation > 0 ? `, ${p.droppedAtConfirmation} vervallen bij bevestigen` : ''}
            </dd>
          </>
        ) : null}
        {round.seed !== null && round.seed !== undefined ? (
          <>
            <dt>Lotingszaad</dt>
            <dd>{round.seed}</dd>
          </>
        ) : null}
      </dl>
      {round.status !== 'CONFIRMED' ? (
        <>
          <Heading level={2}>Keuzes per student</Heading>
          <Paragraph>
            Rangschik per student de passende plaatsen, de beste eerst. Een verzoek om een toegankelijke werkplek werkt
            als filter; leerbedrijven zien het niet.
          </Paragraph>
          {round.students.map((s) => (
            <ChoicesForm key={s.student.id} round={round} entry={s} onSaved={reload} nav={nav} />
          ))}
          <RunRound round={round} onDone={reload} />
        </>
      ) : null}
      {round.status === 'CONFIRMED' && round.confirmedAt ? (
        <SuccessMessage>
          Deze ronde is bevestigd op {formatDate(round.confirmedAt.slice(0, 10))}. De leerbedrijven zien nu hun
          studenten; wie geen plaats kreeg, kan mee in een volgende ronde.
        </SuccessMessage>
      ) : null}
      {round.status !== 'DRAFT' ? <Results round={round} nav={nav} /> : null}
      {round.status === 'RUN' ? (
        <>
          <AdjustForm round={round} onDone={reload} />
          <ConfirmRound round={round} onDone={reload} />
        </>
      ) : null}
    </>
  );
}
