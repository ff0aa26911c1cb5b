import type { ContactMomentKind } from '@stelsel/placements-common';
import type { Submit } from '@stelsel/ui';
import { BusyStatus, FormFrame, formatDate, SelectField, TextField, useForm } from '@stelsel/ui';
import {
  defaultPlanForm,
  type PlanMomentField,
  type PlanMomentForm,
  type PlanMomentInput,
  planMomentFromForm,
} from './agreement-forms.ts';
import { asKind, asMode, kindOptions, modeOptions } from './contact-moment-options.ts';
import { type SentMessage, useSentMessage } from './sent-message.tsx';

// --- Contactmoment plannen -------------------------------------------------------------------

export interface PlanContactMomentFormProps {
  /** The moments planned so far: the kind not planned yet is chosen already. */
  moments: ReadonlyArray<{ kind: ContactMomentKind }>;
  /** The agreement's period, to say which dates the server takes. */
  period: { startsOn: string; endsOn: string };
  submit: Submit<PlanMomentInput>;
  /** After a moment was planned: reload the agreement, say. */
  onPlanned?: (input: PlanMomentInput) => void;
}

const PLAN_TITLE = 'plannen-titel';
const PLAN_IDS: Record<PlanMomentField, string> = {
  kind: 'plannen-soort',
  plannedOn: 'plannen-datum',
  mode: 'plannen-vorm',
};
const PLAN_LABELS: Record<PlanMomentField, string> = { kind: 'Soort contactmoment', plannedOn: 'Datum', mode: 'Vorm' };

/** "Contactmoment plannen": after each planned moment a fresh form, and a message that takes focus. */
export function PlanContactMomentForm({ moments, period, submit, onPlanned }: PlanContactMomentFormProps) {
  const planned = useSentMessage('Het contactmoment is gepland.', onPlanned);
  return (
    <PlanFields
      key={`formulier-${planned.sent.length}`}
      // Until the agreement reloads, the moments just planned count for the kind chosen next.
      initial={defaultPlanForm([...moments, ...planned.sent])}
      period={period}
      submit={submit}
      planned={planned}
    />
  );
}

function PlanFields({
  initial,
  period,
  submit,
  planned,
}: {
  initial: PlanMomentForm;
  period: { startsOn: string; endsOn: string };
  submit: Submit<PlanMomentInput>;
  planned: SentMessage<PlanMomentInput>;
}) {
  const f = useForm({ initial, ids: PLAN_IDS, labels: PLAN_LABELS });

  const onSubmit = async () => {
    planned.onStart();
    const input = await f.submission.send(planMomentFromForm(f.form), submit);
    if (input) planned.onSent(input);
  };

  return (
    <FormFrame
      form={f}
      variant="panel"
      level={3}
      titleId={PLAN_TITLE}
      title="Contactmoment plannen"
      intro={planned.message}
      errorTitle="Het contactmoment is niet gepland"
      submitLabel="Contactmoment plannen"
      onSubmit={onSubmit}
      after={<BusyStatus busy={f.submission.busy}>Bezig met plannen…</BusyStatus>}
    >
      <SelectField
        {...f.bind('kind')}
        placeholder="Kies de soort"
        options={kindOptions}
        onChange={(v) => f.set('kind', asKind(v))}
      />
      <TextField
        {...f.bind('plannedOn')}
        type="date"
        description={`Binnen de looptijd (${formatDate(period.startsOn)} tot en met ${formatDate(period.endsOn)}), of hoogstens 60 dagen ervoor of erna.`}
      />
      <SelectField
        {...f.bind('mode')}
        placeholder="Kies de vorm"
        options={modeOptions}
        onChange={(v) => f.set('mode', asMode(v))}
        description="Minstens één contactmoment is op locatie."
      />
    </FormFrame>
  );
}
