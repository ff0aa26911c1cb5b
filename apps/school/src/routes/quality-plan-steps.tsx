import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  ConfirmAction,
  ErrorSummary,
  formatDate,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { fieldOf } from '@stelsel/ui/form-model';
import { type FormEvent, useState } from 'react';
import { recordConsentMutation, submitQualityPlanMutation, withdrawQualityPlanMutation } from '../graphql/funding.ts';
import { type ConsentField, consentFieldOf, consentFromForm } from './quality-plan-form.ts';
import { type Plan, trancheLabel } from './quality-plan-shared.ts';

const CONSENT_IDS: Record<ConsentField, string> = {
  body: 'instemming-raad',
  given: 'instemming-besluit',
  date: 'instemming-datum',
  documentReference: 'instemming-document',
};
const CONSENT_LABELS: Record<ConsentField, string> = {
  body: 'Raad',
  given: 'Besluit van de raad',
  date: 'Datum van het besluit',
  documentReference: 'Vindplaats van het besluit',
};

/** The consent (or not) of the student council and the works council, with date and document. */
export function ConsentForm({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const empty = { body: '', given: '', date: todayInNetherlands(), documentReference: '' };
  const [form, setForm] = useState(empty);
  const submission = useSubmission(consentFieldOf);
  const set = (f: keyof typeof empty) => (value: string) => setForm((x) => ({ ...x, [f]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(consentFromForm(form, todayInNetherlands()), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordConsentMutation, { planId: plan.id, ...input })).data?.recordQualityPlanConsent,
      ),
    );
    if (sent) {
      setForm(empty);
      onDone(
        `Het besluit van ${sent.body === 'STUDENT_COUNCIL' ? 'de studentenraad' : 'de ondernemingsraad'} is vastgelegd.`,
      );
    }
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="instemming-title">
      <Heading level={2} id="instemming-title">
        Instemming van de raden
      </Heading>
      {plan.consents.length > 0 ? (
        <ul aria-label="Vastgelegde instemming">
          {plan.consents.map((c) => (
            <li key={c.body}>
              {c.bodyLabel[0]?.toUpperCase()}
              {c.bodyLabel.slice(1)}: {c.given ? 'ingestemd' : 'niet ingestemd'} op {formatDate(c.date)} (
              {c.documentReference})
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Nog geen besluit van de studentenraad of de ondernemingsraad vastgelegd.</Paragraph>
      )}
      <ErrorSummary errors={submission.summary(CONSENT_IDS, CONSENT_LABELS)} title="Het besluit is niet vastgelegd" />
      <SelectField
        id={CONSENT_IDS.body}
        label={CONSENT_LABELS.body}
        value={form.body}
        onChange={set('body')}
        placeholder="Kies de raad"
        options={[
          { value: 'STUDENT_COUNCIL', label: 'Studentenraad' },
          { value: 'WORKS_COUNCIL', label: 'Ondernemingsraad' },
        ]}
        error={errors.body}
      />
      <SelectField
        id={CONSENT_IDS.given}
        label={CONSENT_LABELS.given}
        value={form.given}
        onChange={set('given')}
        placeholder="Kies"
        options={[
          { value: 'yes', label: 'Ingestemd' },
          { value: 'no', label: 'Niet ingestemd' },
        ]}
        error={errors.given}
      />
      <TextField
        id={CONSENT_IDS.date}
        type="date"
        label={CONSENT_LABELS.date}
        value={form.date}
        onChange={set('date')}
        error={errors.date}
      />
      <TextField
        id={CONSENT_IDS.documentReference}
        label={CONSENT_LABELS.documentReference}
        description="Bijvoorbeeld het nummer van het besluit of de notulen."
        value={form.documentReference}
        onChange={set('documentReference')}
        error={errors.documentReference}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Besluit vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}

/** Submitting after a check step: afterwards the plan changes only by withdrawing it. */
export function SubmitPlan({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    const outcome = await mutationOutcome(
      async () => (await graphqlRequest(submitQualityPlanMutation, { planId: plan.id })).data?.submitQualityPlan,
    );
    setBusy(false);
    if (outcome.ok) onDone('Het kwaliteitsplan is ingediend. De Commissie Kwaliteitsafspraken beoordeelt het.');
    else setError(outcome.message);
  };
  return (
    <section aria-labelledby="indienen-title">
      <Heading level={2} id="indienen-title">
        Indienen
      </Heading>
      {error ? <ErrorSummary errors={[{ fieldId: null, message: error }]} title="Het plan is niet ingediend" /> : null}
      {plan.hasAllConsents ? null : (
        <Paragraph>
          Let op: de studentenraad en de ondernemingsraad hebben nog niet allebei ingestemd. Zonder hun instemming kan
          de commissie alleen met een schriftelijke motivering positief adviseren.
        </Paragraph>
      )}
      <ConfirmAction
        trigger="Plan indienen"
        title="Controleer voordat u indient"
        confirm="Ja, indienen"
        onConfirm={submit}
        busy={busy}
      >
        <Paragraph>
          Na indienen kan het plan niet meer worden gewijzigd, behalve door het in te trekken en opnieuw in te dienen
          binnen de tranche ({trancheLabel(plan.tranche)}).
        </Paragraph>
      </ConfirmAction>
    </section>
  );
}

type WithdrawField = 'reason';
const withdrawFieldOf = fieldOf<WithdrawField>(['reason']);

/** Withdrawing a submitted plan within the tranche makes it a draft again. */
export function WithdrawForm({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const [reason, setReason] = useState('');
  const submission = useSubmission(withdrawFieldOf);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked =
      reason.trim().length >= 10
        ? { ok: true as const, input: { reason: reason.trim() } }
        : { ok: false as const, errors: { reason: 'Geef een reden van minstens 10 tekens.' } };
    const sent = await submission.send(checked, (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(withdrawQualityPlanMutation, { planId: plan.id, ...input })).data?.withdrawQualityPlan,
      ),
    );
    if (sent) onDone('Het plan is ingetrokken en weer een concept.');
  };
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="intrekken-title">
      <Heading level={3} id="intrekken-title">
        Plan intrekken
      </Heading>
      <Paragraph>Binnen de tranche kunt u het plan intrekken, aanpassen en opnieuw indienen.</Paragraph>
      <ErrorSummary
        errors={submission.summary({ reason: 'intrekken-reden' }, { reason: 'Reden' })}
        title="Het plan is niet ingetrokken"
      />
      <TextareaField
        id="intrekken-reden"
        label="Reden"
        value={reason}
        onChange={setReason}
        error={submission.fieldErrors.reason}
        rows={2}
      />
      <div className="stelsel-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={submission.busy || undefined}
        >
          Plan intrekken
        </button>
      </div>
    </form>
  );
}
