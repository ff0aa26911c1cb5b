import { failureMessage, graphqlRequest, isUserError } from '@stelsel/client';
import {
  BusyStatus,
  ConfirmAction,
  ErrorSummary,
  type FormError,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
  TextareaField,
} from '@stelsel/ui';
import { type FormEvent, useRef, useState } from 'react';
import { adjustMatchMutation, confirmMatchingRoundMutation, runMatchingRoundMutation } from '../graphql/rounds.ts';
import { placeLabel, type Round, studentName } from './round-model.ts';

/** What a school does with a round once the choices are in: run it, adjust an outcome, confirm it. */
export function RunRound({ round, onDone }: { round: Round; onDone: () => void }) {
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

export function AdjustForm({ round, onDone }: { round: Round; onDone: () => void }) {
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

export function ConfirmRound({ round, onDone }: { round: Round; onDone: () => void }) {
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
