import { graphqlRequest, isUserError, mutationOutcome } from '@stelsel/client';
import {
  BusyStatus,
  ConfirmAction,
  ErrorSummary,
  FormFrame,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SuccessMessage,
  TextareaField,
  useForm,
  useSubmission,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import { adjustMatchMutation, confirmMatchingRoundMutation, runMatchingRoundMutation } from '../graphql/rounds.ts';
import { placeLabel, type Round, studentName } from './round-model.ts';

/** Running and confirming a round have no fields: an error is about the round as a whole. */
const noField = () => null;

/** What a school does with a round once the choices are in: run it, adjust an outcome, confirm it. */
export function RunRound({ round, onDone }: { round: Round; onDone: () => void }) {
  const submission = useSubmission(noField);
  const [done, setDone] = useState<string | null>(null);
  const run = async () => {
    setDone(null);
    const ran = await submission.send({ ok: true, input: { roundId: round.id } }, (input) =>
      mutationOutcome(async () => (await graphqlRequest(runMatchingRoundMutation, input)).data?.runMatchingRound),
    );
    if (ran) {
      setDone('De matching is klaar. De uitkomst per student staat hieronder.');
      onDone();
    }
  };
  return (
    <div className="stelsel-form">
      <Heading level={2}>Matching draaien</Heading>
      <Paragraph>
        De matching gebruikt alleen de keuzes en een loting; geen naam, herkomst, geslacht, leeftijd of beperking.
        {round.status === 'RUN' ? ' Opnieuw draaien vervangt de uitkomst en de aanpassingen.' : ''}
      </Paragraph>
      <ErrorSummary errors={submission.summary({}, {})} title="De matching is niet gedraaid" />
      <div className="stelsel-actions">
        <PrimaryActionButton type="button" onClick={() => void run()} aria-disabled={submission.busy || undefined}>
          {round.status === 'RUN' ? 'Ronde opnieuw draaien' : 'Ronde draaien'}
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={submission.busy} done={done}>
        De matching draait… Dit duurt meestal minder dan een seconde.
      </BusyStatus>
    </div>
  );
}

type AdjustField = 'studentId' | 'placeId' | 'reason';
const ADJUST_IDS: Record<AdjustField, string> = {
  studentId: 'aanpassen-student',
  placeId: 'aanpassen-plaats',
  reason: 'aanpassen-reden',
};
const ADJUST_LABELS: Record<AdjustField, string> = {
  studentId: 'Student',
  placeId: 'Nieuwe plaats',
  reason: 'Professionele reden',
};
/** The choice "Geen plaats in deze ronde". */
const NONE = 'geen';

/** A hand adjustment: a student of the round, one of their choices or no place, and a professional reason. */
function adjustFromForm(
  form: Record<AdjustField, string>,
  round: Round,
): FormResult<{ roundId: string; studentId: string; placeId: string | null; reason: string }, AdjustField> {
  const errors: Partial<Record<AdjustField, string>> = {};
  if (!round.students.some((s) => s.student.id === form.studentId)) errors.studentId = 'Kies de student.';
  if (form.placeId === '') errors.placeId = 'Kies de plaats, of geen plaats.';
  const reason = form.reason.trim();
  if (reason.length < 10) errors.reason = 'Geef een professionele reden van minstens 10 tekens.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      roundId: round.id,
      studentId: form.studentId,
      placeId: form.placeId === NONE ? null : form.placeId,
      reason,
    },
  };
}

export function AdjustForm({ round, onDone }: { round: Round; onDone: () => void }) {
  const f = useForm({
    initial: { studentId: '', placeId: '', reason: '' },
    ids: ADJUST_IDS,
    labels: ADJUST_LABELS,
  });
  const [done, setDone] = useState<string | null>(null);
  const entry = round.students.find((s) => s.student.id === f.form.studentId);

  const submit = async () => {
    setDone(null);
    const sent = await f.submission.send(adjustFromForm(f.form, round), (input) =>
      mutationOutcome(async () => (await graphqlRequest(adjustMatchMutation, input)).data?.adjustMatch),
    );
    if (sent && entry) {
      setDone(`De uitkomst van ${studentName(entry.student)} is aangepast.`);
      f.set('reason', '');
      onDone();
    }
  };

  // A secondary submit button: confirming the round is the primary action here.
  return (
    <FormFrame
      form={f}
      titleId="adjust-title"
      title="Met de hand aanpassen"
      intro={<Paragraph>Alleen met een professionele reden; de reden wordt vastgelegd met uw naam.</Paragraph>}
      errorTitle="De uitkomst is niet aangepast"
      submitLabel="Uitkomst aanpassen"
      submitAppearance="secondary"
      onSubmit={submit}
      actions={f.submission.busy ? <Paragraph role="status">Bezig met aanpassen…</Paragraph> : null}
    >
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <SelectField
        {...f.bind('studentId')}
        placeholder="Kies een student"
        options={round.students.map((s) => ({ value: s.student.id, label: studentName(s.student) }))}
        onChange={(v) => f.setForm((current) => ({ ...current, studentId: v, placeId: '' }))}
      />
      <SelectField
        {...f.bind('placeId')}
        placeholder={entry ? 'Kies een plaats' : 'Kies eerst een student'}
        options={[
          ...(entry?.choices ?? []).map((p) => ({ value: p.id, label: placeLabel(p) })),
          { value: NONE, label: 'Geen plaats in deze ronde' },
        ]}
        description="Een van de keuzes van de student."
      />
      <TextareaField {...f.bind('reason')} rows={3} description="Minstens 10 tekens." />
    </FormFrame>
  );
}

export function ConfirmRound({ round, onDone }: { round: Round; onDone: () => void }) {
  // One key per confirmation (useSubmission): made at the first click, reused when that click is retried.
  const submission = useSubmission(noField);
  const [done, setDone] = useState<string | null>(null);
  const confirm = async () => {
    let message = '';
    const confirmed = await submission.send({ ok: true, input: { roundId: round.id } }, (input, idempotencyKey) =>
      mutationOutcome(async () => {
        const answer = (await graphqlRequest(confirmMatchingRoundMutation, { ...input, idempotencyKey })).data
          ?.confirmMatchingRound;
        if (answer && !isUserError(answer)) message = answer.message;
        return answer;
      }),
    );
    if (confirmed) {
      setDone(message);
      onDone();
    }
  };
  return (
    <div className="stelsel-form">
      <Heading level={2}>Bevestigen</Heading>
      <Paragraph>
        Na bevestigen worden de plaatsingen gemaakt en zien de leerbedrijven hun studenten, met naam en e-mailadres.
      </Paragraph>
      <ErrorSummary errors={submission.summary({}, {})} title="De ronde is niet bevestigd" />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      {done ? null : (
        <ConfirmAction
          trigger="Ronde bevestigen"
          title="Controleer voordat u de ronde bevestigt"
          confirm="Ja, bevestig de ronde"
          onConfirm={confirm}
          busy={submission.busy}
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
      <BusyStatus busy={submission.busy}>De ronde wordt bevestigd…</BusyStatus>
    </div>
  );
}
