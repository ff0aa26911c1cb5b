import { CONTACT_MODE_LABELS, HELD_EARLY_DAYS, todayInNetherlands } from '@stelsel/placements-common';
import type { Submit, SubmitOutcome } from '@stelsel/ui';
import {
  BusyStatus,
  FormFrame,
  formatDate,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import {
  defaultHeldForm,
  type HeldMomentField,
  type HeldMomentInput,
  heldFormName,
  heldMomentFromForm,
  NOTES_MAX,
  openMoments,
  type PlanMomentInput,
  type PlannedMoment,
} from './agreement-forms.ts';
import { asMode, modeOptions } from './contact-moment-options.ts';
import { PlanContactMomentForm } from './plan-contact-moment-form.tsx';
import { useSentMessage } from './sent-message.tsx';

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
  const base = `vastleggen-${moment.id}`;
  const ids: Record<HeldMomentField, string> = {
    heldOn: `${base}-gehouden-op`,
    mode: `${base}-vorm`,
    notes: `${base}-aantekeningen`,
  };
  const f = useForm({
    initial: () => defaultHeldForm(moment, today ?? todayInNetherlands()),
    ids,
    labels: HELD_LABELS,
  });

  const onSubmit = async () => {
    onStart?.();
    const input = await f.submission.send(
      heldMomentFromForm(f.form, today ?? todayInNetherlands(), moment.plannedOn),
      submit,
    );
    if (input) onRecorded?.(input);
  };

  return (
    <FormFrame
      form={f}
      variant="panel"
      level={3}
      titleId={`${base}-titel`}
      title={name}
      intro={
        <Paragraph>
          Gepland op {formatDate(moment.plannedOn)}, {CONTACT_MODE_LABELS[moment.plannedMode].toLowerCase()}. Leg het
          gesprek vast nadat het is gehouden.
        </Paragraph>
      }
      errorTitle="Het contactmoment is niet vastgelegd"
      submitLabel="Vastleggen als gehouden"
      onSubmit={onSubmit}
      after={<BusyStatus busy={f.submission.busy}>Bezig met vastleggen…</BusyStatus>}
    >
      <TextField
        {...f.bind('heldOn')}
        type="date"
        description={`Vandaag of eerder. Meer dan ${HELD_EARLY_DAYS} dagen vóór de geplande datum? Leg dan in de aantekeningen uit waarom.`}
      />
      <SelectField
        {...f.bind('mode')}
        placeholder="Kies de vorm"
        options={modeOptions}
        onChange={(v) => f.set('mode', asMode(v))}
      />
      <TextareaField
        {...f.bind('notes')}
        required={false}
        rows={3}
        description={`Wat is besproken en afgesproken; hoogstens ${NOTES_MAX} tekens. Ook ${notesReadBy} lezen deze aantekeningen.`}
      />
    </FormFrame>
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
  const recorded = useSentMessage<HeldMomentInput>('Het contactmoment is vastgelegd.', () => onChanged());
  const moments = agreement.contactMoments;
  const open = openMoments(moments);
  return (
    <>
      {recorded.message}
      {open.map((moment) => (
        <RecordContactMomentForm
          key={moment.id}
          moment={moment}
          name={heldFormName(moment, open)}
          notesReadBy={notesReadBy}
          today={today}
          submit={(input, key) => record(moment.id, input, key)}
          onStart={recorded.onStart}
          onRecorded={recorded.onSent}
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
