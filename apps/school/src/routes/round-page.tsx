import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import {
  BusyStatus,
  CheckboxField,
  type Column,
  ConfirmAction,
  DataTable,
  Empty,
  ErrorSummary,
  Failed,
  FieldGroup,
  type FormError,
  formatDate,
  Heading,
  Loading,
  Paragraph,
  PrimaryActionButton,
  RouteLink,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
  TextareaField,
} from '@stelsel/ui';
import { type FormEvent, useRef, useState } from 'react';
import type { MatchingRoundQuery, RoundPlaceFragment } from '../graphql/generated/graphql.ts';
import {
  adjustMatchMutation,
  confirmMatchingRoundMutation,
  eligiblePlacesQuery,
  matchingRoundQuery,
  runMatchingRoundMutation,
  submitChoicesMutation,
} from '../graphql/rounds.ts';
import { ACCESSIBLE_MARKER, PATHWAY_LABELS, ROUND_STATUS_LABELS, rankedChoices } from './students.ts';

type Round = NonNullable<MatchingRoundQuery['matchingRound']>;
type RoundStudent = Round['students'][number];
type Result = Round['results'][number];

const CHOICE_SLOTS = 5;

function placeLabel(p: RoundPlaceFragment): string {
  const accessible = p.inclusiveMarkers.includes(ACCESSIBLE_MARKER) ? ', toegankelijk' : '';
  return `${p.title} — ${p.company.name}, ${p.city} (${formatDate(p.startsOn)} tot en met ${formatDate(p.endsOn)}${accessible})`;
}

function studentName(s: { givenName: string; familyName: string }): string {
  return `${s.givenName} ${s.familyName}`;
}

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
      {result.status === 'loading' && !round ? <Loading>De ronde wordt geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de ronde" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' && !round ? <Empty>Deze ronde bestaat niet of is niet van uw instelling.</Empty> : null}
      {round ? <RoundDetails round={round} reload={result.reload} /> : null}
    </section>
  );
}

function RoundDetails({ round, reload }: { round: Round; reload: () => void }) {
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
            <ChoicesForm key={s.student.id} round={round} entry={s} onSaved={reload} />
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
      {round.status !== 'DRAFT' ? <Results round={round} /> : null}
      {round.status === 'RUN' ? (
        <>
          <AdjustForm round={round} onDone={reload} />
          <ConfirmRound round={round} onDone={reload} />
        </>
      ) : null}
    </>
  );
}

function ChoicesForm({ round, entry, onSaved }: { round: Round; entry: RoundStudent; onSaved: () => void }) {
  const s = entry.student;
  const places = useQuery(eligiblePlacesQuery, {
    filter: { qualificationCrebo: s.qualification.crebo, level: s.level, pathway: s.pathway, openOnly: true },
  });
  const [picks, setPicks] = useState<string[]>(() =>
    Array.from({ length: CHOICE_SLOTS }, (_, i) => entry.choices[i]?.id ?? ''),
  );
  const [accessible, setAccessible] = useState(entry.requestsAccessiblePlace);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = studentName(s);
  const prefix = `keuze-${s.id}`;

  const inPeriod = (p: RoundPlaceFragment) => p.startsOn >= round.periodStart && p.endsOn <= round.periodEnd;
  const available = places.status === 'done' ? (places.data.places?.places ?? []).filter(inPeriod) : [];
  // Places already chosen stay selectable, even when they no longer show up in the filter.
  const known = new Map<string, RoundPlaceFragment>(entry.choices.map((p) => [p.id, p]));
  for (const p of available) known.set(p.id, p);
  const options = [...known.values()]
    .filter((p) => !accessible || p.inclusiveMarkers.includes(ACCESSIBLE_MARKER))
    .map((p) => ({ value: p.id, label: placeLabel(p) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const placeIds = rankedChoices(picks);
    if (placeIds.length === 0) {
      setErrors([{ fieldId: `${prefix}-1`, message: `Kies minstens één plaats voor ${name}.` }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(submitChoicesMutation, {
        roundId: round.id,
        studentId: s.id,
        placeIds,
        requestsAccessiblePlace: accessible,
      });
      const answer = data?.submitChoices;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (isUserError(answer)) {
        const fieldId =
          answer.field === 'requestsAccessiblePlace'
            ? `${prefix}-toegankelijk`
            : answer.field === 'placeIds'
              ? `${prefix}-1`
              : null;
        setErrors([{ fieldId, message: answer.message }]);
      } else {
        setSaved(true);
        onSaved();
      }
    } catch (error) {
      setErrors([{ fieldId: null, message: failureMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby={`${prefix}-titel`}>
      <Heading level={3} id={`${prefix}-titel`}>
        Keuzes van {name}
      </Heading>
      <Paragraph>
        {s.qualification.name} ({s.qualification.crebo}), niveau {s.level}, {PATHWAY_LABELS[s.pathway]}.
      </Paragraph>
      <ErrorSummary errors={errors} title={`De keuzes van ${name} zijn niet opgeslagen`} />
      {saved ? <SuccessMessage>De keuzes van {name} zijn opgeslagen.</SuccessMessage> : null}
      <CheckboxField
        id={`${prefix}-toegankelijk`}
        label="Vraagt een toegankelijke werkplek"
        checked={accessible}
        onChange={setAccessible}
        description="Dan doen alleen toegankelijke werkplekken mee."
        error={errors.find((e) => e.fieldId === `${prefix}-toegankelijk`)?.message}
      />
      {places.status === 'loading' ? <Loading>Passende plaatsen worden geladen…</Loading> : null}
      {places.status === 'failed' ? (
        <Failed what="de passende plaatsen" message={places.error.message} onRetry={places.reload} />
      ) : null}
      {places.status === 'done' && options.length === 0 ? (
        <Empty>Er zijn nu geen open plaatsen die passen bij deze student en de periode van de ronde.</Empty>
      ) : null}
      {options.length > 0 ? (
        <FieldGroup
          id={`${prefix}-lijst`}
          legend={`Gerangschikte keuzes van ${name}`}
          description="De beste keuze eerst; lege keuzes tellen niet mee."
        >
          {picks.map((pick, index) => (
            <SelectField
              key={`slot-${index + 1}`}
              id={`${prefix}-${index + 1}`}
              label={`${index + 1}e keuze`}
              value={pick}
              placeholder="Geen keuze"
              options={options}
              required={index === 0}
              onChange={(value) => setPicks((current) => current.map((v, i) => (i === index ? value : v)))}
              error={errors.find((e) => e.fieldId === `${prefix}-${index + 1}`)?.message}
            />
          ))}
        </FieldGroup>
      ) : null}
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit">Keuzes opslaan voor {name}</SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met opslaan…</Paragraph> : null}
      </div>
    </form>
  );
}

function RunRound({ round, onDone }: { round: Round; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const { data } = await graphqlRequest(runMatchingRoundMutation, { roundId: round.id });
      const answer = data?.runMatchingRound;
      if (!answer) setError('Er kwam geen antwoord terug. Probeer het opnieuw.');
      else if (isUserError(answer)) setError(answer.message);
      else {
        setDone('De matching is klaar. De uitkomst per student staat hieronder.');
        onDone();
      }
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stelsel-form">
      <Heading level={2}>Matching draaien</Heading>
      <Paragraph>
        De matching gebruikt alleen de keuzes en een loting; geen naam, herkomst, geslacht, leeftijd of beperking.
        {round.status === 'RUN' ? ' Opnieuw draaien vervangt de uitkomst en de aanpassingen.' : ''}
      </Paragraph>
      <ErrorSummary errors={error ? [{ fieldId: null, message: error }] : []} title="De matching is niet gedraaid" />
      <div className="stelsel-actions">
        <PrimaryActionButton type="button" onClick={() => void run()} aria-disabled={busy || undefined}>
          {round.status === 'RUN' ? 'Ronde opnieuw draaien' : 'Ronde draaien'}
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={busy} done={done}>
        De matching draait… Dit duurt meestal minder dan een seconde.
      </BusyStatus>
    </div>
  );
}

function Results({ round }: { round: Round }) {
  const names = new Map(round.students.map((s) => [s.student.id, studentName(s.student)]));
  const columns: Column<Result>[] = [
    { key: 'student', header: 'Student', rowHeader: true, cell: (r) => names.get(r.student.id) ?? r.student.id },
    {
      key: 'place',
      header: 'Plaats',
      cell: (r) => (r.place ? `${r.place.title} — ${r.place.company.name}` : 'Geen plaats in deze ronde'),
    },
    { key: 'rank', header: 'Keuze', numeric: true, cell: (r) => (r.rank ? `${r.rank}e` : '—') },
    {
      key: 'why',
      header: 'Waarom',
      cell: (r) => (
        <>
          {r.explanation.reason}
          {r.explanation.betterChoicesFull.length > 0 ? (
            <>
              {' '}
              Hogere keuzes die vol waren:{' '}
              {r.explanation.betterChoicesFull.map((p) => `${p.title} (${p.company.name})`).join('; ')}.
            </>
          ) : null}
          {r.explanation.notEligibleChoices.length > 0 ? (
            <> Niet passend: {r.explanation.notEligibleChoices.map((p) => p.title).join('; ')}.</>
          ) : null}
          {r.adjusted ? <> Met de hand aangepast: {r.adjustmentReason}.</> : null}
          {r.droppedAtConfirmation ? <> Vervallen bij bevestigen: de plaats was gesloten of vol.</> : null}
        </>
      ),
    },
  ];
  return (
    <>
      <Heading level={2}>Uitkomst per student</Heading>
      {round.results.length === 0 ? (
        <Empty>Er is nog geen uitkomst.</Empty>
      ) : (
        <DataTable
          caption={`Uitkomst van ${round.name}`}
          columns={columns}
          rows={round.results}
          rowKey={(r) => r.student.id}
        />
      )}
    </>
  );
}

function AdjustForm({ round, onDone }: { round: Round; onDone: () => void }) {
  const [studentId, setStudentId] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const entry = round.students.find((s) => s.student.id === studentId);
  const NONE = 'geen';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    const problems: FormError[] = [];
    if (!entry) problems.push({ fieldId: 'aanpassen-student', message: 'Kies de student.' });
    if (placeId === '') problems.push({ fieldId: 'aanpassen-plaats', message: 'Kies de plaats, of geen plaats.' });
    if (reason.trim().length < 10)
      problems.push({ fieldId: 'aanpassen-reden', message: 'Geef een professionele reden van minstens 10 tekens.' });
    setErrors(problems);
    if (problems.length > 0 || !entry) return;
    setBusy(true);
    try {
      const { data } = await graphqlRequest(adjustMatchMutation, {
        roundId: round.id,
        studentId: entry.student.id,
        placeId: placeId === NONE ? null : placeId,
        reason: reason.trim(),
      });
      const answer = data?.adjustMatch;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (isUserError(answer)) {
        const map: Record<string, string> = {
          studentId: 'aanpassen-student',
          placeId: 'aanpassen-plaats',
          reason: 'aanpassen-reden',
        };
        setErrors([{ fieldId: answer.field ? (map[answer.field] ?? null) : null, message: answer.message }]);
      } else {
        setDone(`De uitkomst van ${studentName(entry.student)} is aangepast.`);
        setReason('');
        onDone();
      }
    } catch (error) {
      setErrors([{ fieldId: null, message: failureMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <form className="stelsel-form" noValidate onSubmit={submit} aria-labelledby="adjust-title">
      <Heading level={2} id="adjust-title">
        Met de hand aanpassen
      </Heading>
      <Paragraph>Alleen met een professionele reden; de reden wordt vastgelegd met uw naam.</Paragraph>
      <ErrorSummary errors={errors} title="De uitkomst is niet aangepast" />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <SelectField
        id="aanpassen-student"
        label="Student"
        value={studentId}
        placeholder="Kies een student"
        options={round.students.map((s) => ({ value: s.student.id, label: studentName(s.student) }))}
        onChange={(v) => {
          setStudentId(v);
          setPlaceId('');
        }}
        error={errorFor('aanpassen-student')}
      />
      <SelectField
        id="aanpassen-plaats"
        label="Nieuwe plaats"
        value={placeId}
        placeholder={entry ? 'Kies een plaats' : 'Kies eerst een student'}
        options={[
          ...(entry?.choices ?? []).map((p) => ({ value: p.id, label: placeLabel(p) })),
          { value: NONE, label: 'Geen plaats in deze ronde' },
        ]}
        description="Een van de keuzes van de student."
        onChange={setPlaceId}
        error={errorFor('aanpassen-plaats')}
      />
      <TextareaField
        id="aanpassen-reden"
        label="Professionele reden"
        value={reason}
        onChange={setReason}
        rows={3}
        error={errorFor('aanpassen-reden')}
        description="Minstens 10 tekens."
      />
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit">Uitkomst aanpassen</SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met aanpassen…</Paragraph> : null}
      </div>
    </form>
  );
}

function ConfirmRound({ round, onDone }: { round: Round; onDone: () => void }) {
  // One key per confirmation: made at the first click, reused when that click is retried.
  const key = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirm = async () => {
    if (busy) return;
    key.current ??= crypto.randomUUID();
    setBusy(true);
    setError(null);
    try {
      const { data } = await graphqlRequest(confirmMatchingRoundMutation, {
        roundId: round.id,
        idempotencyKey: key.current,
      });
      const answer = data?.confirmMatchingRound;
      if (!answer) setError('Er kwam geen antwoord terug. Probeer het opnieuw.');
      else if (isUserError(answer)) setError(answer.message);
      else {
        setDone(answer.message);
        key.current = null;
        onDone();
      }
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stelsel-form">
      <Heading level={2}>Bevestigen</Heading>
      <Paragraph>
        Na bevestigen worden de plaatsingen gemaakt en zien de leerbedrijven hun studenten, met naam en e-mailadres.
      </Paragraph>
      <ErrorSummary errors={error ? [{ fieldId: null, message: error }] : []} title="De ronde is niet bevestigd" />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      {done ? null : (
        <ConfirmAction
          trigger="Ronde bevestigen"
          title="Controleer voordat u de ronde bevestigt"
          confirm="Ja, bevestig de ronde"
          onConfirm={confirm}
          busy={busy}
        >
          <Paragraph>Wat er gebeurt als u bevestigt:</Paragraph>
          <ul>
            <li>Voor elke gematchte student wordt een plaatsing gemaakt.</li>
            <li>De leerbedrijven zien hun studenten, met naam en e-mailadres.</li>
            <li>De studenten zien waar ze zijn geplaatst.</li>
            <li>Dit kunt u niet ongedaan maken; een plaatsing wijzigen gaat daarna per student.</li>
          </ul>
        </ConfirmAction>
      )}
      <BusyStatus busy={busy}>De ronde wordt bevestigd…</BusyStatus>
    </div>
  );
}
