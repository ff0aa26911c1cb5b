import { Heading, Paragraph, PrimaryActionButton } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { CONTACT_MODE_LABELS } from './agreement.ts';
import {
  defaultHeldForm,
  HELD_EARLY_DAYS,
  type HeldMomentField,
  type HeldMomentForm,
  type HeldMomentInput,
  heldFieldOf,
  heldFormName,
  heldMomentFromForm,
  NOTES_MAX,
  openMoments,
  type PlanMomentInput,
  type PlannedMoment,
  type Submit,
  type SubmitOutcome,
  todayInNetherlands,
} from './agreement-forms.ts';
import { asMode, modeOptions } from './contact-moment-options.ts';
import { FocusedMessage, useSubmission } from './form-submission.tsx';
import { formatDate } from './format.ts';
import { BusyStatus, ErrorSummary, SelectField, TextareaField, TextField } from './forms.tsx';
import { PlanContactMomentForm } from './plan-contact-moment-form.tsx';

// --- Contactmoment vastleggen als gehouden ---------------------------------------------------

export interface RecordContactMomentFormProps {
  moment: PlannedMoment;
  /** The form's accessible name and heading, e.g. "Startgesprek vastleggen" (see heldFormName). */
  name: string;
  /** Who else reads the notes, e.g. "de student en het leerbedrijf". */
  notesReadBy: string;
  submit: Submit<HeldMomentInput>;
  /** When the user sends the form: an earlier message of the page can go. */
  onStart?: () => void;
  /** After the moment was recorded; the form is gone once the agreement reloads, so the parent says so. */
  onRecorded?: (input: HeldMomentInput) => void;
  /** Today in Dutch time (`JJJJ-MM-DD`); by default the real today. */
  today?: string;
}

const HELD_LABELS: Record<HeldMomentField, string> = { heldOn: 'Gehouden op', mode: 'Vorm', notes: 'Aantekeningen' };

/** Record a planned moment as held: the date (not ahead), the mode and notes, filled in from the plan. */
export function RecordContactMomentForm({
  moment,
  name,
  notesReadBy,
  submit,
  onStart,
  onRecorded,
  today,
}: RecordContactMomentFormProps) {
  const [form, setForm] = useState<HeldMomentForm>(() => defaultHeldForm(moment, today ?? todayInNetherlands()));
  const submission = useSubmission(heldFieldOf);
  const errors = submission.fieldErrors;
  const base = `vastleggen-${moment.id}`;
  const ids: Record<HeldMomentField, string> = {
    heldOn: `${base}-gehouden-op`,
    mode: `${base}-vorm`,
    notes: `${base}-aantekeningen`,
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    onStart?.();
    const input = await submission.send(
      heldMomentFromForm(form, today ?? todayInNetherlands(), moment.plannedOn),
      submit,
    );
    if (input) onRecorded?.(input);
  };

  return (
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={onSubmit} aria-labelledby={`${base}-titel`}>
      <Heading level={3} id={`${base}-titel`}>
        {name}
      </Heading>
      <Paragraph>
        Gepland op {formatDate(moment.plannedOn)}, {CONTACT_MODE_LABELS[moment.plannedMode].toLowerCase()}. Leg het
        gesprek vast nadat het is gehouden.
      </Paragraph>
      <ErrorSummary errors={submission.summary(ids, HELD_LABELS)} title="Het contactmoment is niet vastgelegd" />
      <TextField
        id={ids.heldOn}
        type="date"
        label={HELD_LABELS.heldOn}
        value={form.heldOn}
        onChange={(v) => setForm((f) => ({ ...f, heldOn: v }))}
        error={errors.heldOn}
        description={`Vandaag of eerder. Meer dan ${HELD_EARLY_DAYS} dagen vóór de geplande datum? Leg dan in de aantekeningen uit waarom.`}
      />
      <SelectField
        id={ids.mode}
        label={HELD_LABELS.mode}
        value={form.mode}
        placeholder="Kies de vorm"
        options={modeOptions}
        onChange={(v) => setForm((f) => ({ ...f, mode: asMode(v) }))}
        error={errors.mode}
      />
      <TextareaField
        id={ids.notes}
        label={HELD_LABELS.notes}
        required={false}
        rows={3}
        value={form.notes}
        onChange={(v) => setForm((f) => ({ ...f, notes: v }))}
        error={errors.notes}
        description={`Wat is besproken en afgesproken; hoogstens ${NOTES_MAX} tekens. Ook ${notesReadBy} lezen deze aantekeningen.`}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Vastleggen als gehouden
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={submission.busy}>Bezig met vastleggen…</BusyStatus>
    </form>
  );
}

export interface ContactMomentFormsProps {
  /** The agreement: its period, and its moments planned and held. */
  agreement: { startsOn: string; endsOn: string; contactMoments: readonly PlannedMoment[] };
  /** Who else reads the notes, e.g. "de student en het leerbedrijf". */
  notesReadBy: string;
  plan: Submit<PlanMomentInput>;
  record: (momentId: string, input: HeldMomentInput, idempotencyKey: string) => Promise<SubmitOutcome>;
  /** After a change: reload the agreement. */
  onChanged: () => void;
  today?: string;
}

/**
 * The contact-moment forms of a current agreement: one form per planned moment not yet held (named
 * after its kind), then the form to plan the next. The message that a moment was recorded takes
 * focus, as its form disappears once the agreement reloads.
 */
export function ContactMomentForms({
  agreement,
  notesReadBy,
  plan,
  record,
  onChanged,
  today,
}: ContactMomentFormsProps) {
  const [recorded, setRecorded] = useState(0);
  const [message, setMessage] = useState(false);
  const moments = agreement.contactMoments;
  const open = openMoments(moments);
  return (
    <>
      {message ? (
        <FocusedMessage key={`vastgelegd-${recorded}`}>Het contactmoment is vastgelegd.</FocusedMessage>
      ) : null}
      {open.map((moment) => (
        <RecordContactMomentForm
          key={moment.id}
          moment={moment}
          name={heldFormName(moment, open)}
          notesReadBy={notesReadBy}
          today={today}
          submit={(input, key) => record(moment.id, input, key)}
          onStart={() => setMessage(false)}
          onRecorded={() => {
            setRecorded((n) => n + 1);
            setMessage(true);
            onChanged();
          }}
        />
      ))}
      <PlanContactMomentForm
        moments={moments}
        period={{ startsOn: agreement.startsOn, endsOn: agreement.endsOn }}
        submit={plan}
        onPlanned={onChanged}
      />
    </>
  );
}
