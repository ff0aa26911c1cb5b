import type { ContactMomentKind } from '@stelsel/placements-common';
import type { Submit } from '@stelsel/ui';
import {
  BusyStatus,
  ErrorSummary,
  FocusedMessage,
  formatDate,
  Heading,
  PrimaryActionButton,
  SelectField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import {
  defaultPlanForm,
  type PlanMomentField,
  type PlanMomentForm,
  type PlanMomentInput,
  planFieldOf,
  planMomentFromForm,
} from './agreement-forms.ts';
import { asKind, asMode, kindOptions, modeOptions } from './contact-moment-options.ts';

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
  const [planned, setPlanned] = useState<ContactMomentKind[]>([]);
  const [message, setMessage] = useState(false);
  return (
    <div className="stelsel-form stelsel-panel">
      <Heading level={3} id={PLAN_TITLE}>
        Contactmoment plannen
      </Heading>
      {message ? (
        <FocusedMessage key={`gepland-${planned.length}`}>Het contactmoment is gepland.</FocusedMessage>
      ) : null}
      <PlanFields
        key={`formulier-${planned.length}`}
        // Until the agreement reloads, the moments just planned count for the kind chosen next.
        initial={defaultPlanForm([...moments, ...planned.map((kind) => ({ kind }))])}
        period={period}
        submit={submit}
        onStart={() => setMessage(false)}
        onPlanned={(input) => {
          setPlanned((kinds) => [...kinds, input.kind]);
          setMessage(true);
          onPlanned?.(input);
        }}
      />
    </div>
  );
}

function PlanFields({
  initial,
  period,
  submit,
  onStart,
  onPlanned,
}: {
  initial: PlanMomentForm;
  period: { startsOn: string; endsOn: string };
  submit: Submit<PlanMomentInput>;
  onStart: () => void;
  onPlanned: (input: PlanMomentInput) => void;
}) {
  const [form, setForm] = useState<PlanMomentForm>(initial);
  const submission = useSubmission(planFieldOf);
  const errors = submission.fieldErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    onStart();
    const input = await submission.send(planMomentFromForm(form), submit);
    if (input) onPlanned(input);
  };

  return (
    <form className="stelsel-form" noValidate onSubmit={onSubmit} aria-labelledby={PLAN_TITLE}>
      <ErrorSummary errors={submission.summary(PLAN_IDS, PLAN_LABELS)} title="Het contactmoment is niet gepland" />
      <SelectField
        id={PLAN_IDS.kind}
        label={PLAN_LABELS.kind}
        value={form.kind}
        placeholder="Kies de soort"
        options={kindOptions}
        onChange={(v) => setForm((f) => ({ ...f, kind: asKind(v) }))}
        error={errors.kind}
      />
      <TextField
        id={PLAN_IDS.plannedOn}
        type="date"
        label={PLAN_LABELS.plannedOn}
        value={form.plannedOn}
        onChange={(v) => setForm((f) => ({ ...f, plannedOn: v }))}
        error={errors.plannedOn}
        description={`Binnen de looptijd (${formatDate(period.startsOn)} tot en met ${formatDate(period.endsOn)}), of hoogstens 60 dagen ervoor of erna.`}
      />
      <SelectField
        id={PLAN_IDS.mode}
        label={PLAN_LABELS.mode}
        value={form.mode}
        placeholder="Kies de vorm"
        options={modeOptions}
        onChange={(v) => setForm((f) => ({ ...f, mode: asMode(v) }))}
        error={errors.mode}
        description="Minstens één contactmoment is op locatie."
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Contactmoment plannen
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={submission.busy}>Bezig met plannen…</BusyStatus>
    </form>
  );
}
