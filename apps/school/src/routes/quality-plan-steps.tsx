import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  ConfirmAction,
  ErrorSummary,
  FormFrame,
  formatDate,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import { recordConsentMutation, submitQualityPlanMutation, withdrawQualityPlanMutation } from '../graphql/funding.ts';
import { type ConsentField, consentFromForm } from './quality-plan-form.ts';
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
  const f = useForm({
    initial: () => ({ body: '', given: '', date: todayInNetherlands(), documentReference: '' }),
    ids: CONSENT_IDS,
    labels: CONSENT_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(consentFromForm(f.form, todayInNetherlands()), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordConsentMutation, { planId: plan.id, ...input })).data?.recordQualityPlanConsent,
      ),
    );
    if (sent) {
      f.reset();
      onDone(
        `Het besluit van ${sent.body === 'STUDENT_COUNCIL' ? 'de studentenraad' : 'de ondernemingsraad'} is vastgelegd.`,
      );
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="instemming-title"
      title="Instemming van de raden"
      intro={
        plan.consents.length > 0 ? (
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
        )
      }
      errorTitle="Het besluit is niet vastgelegd"
      submitLabel="Besluit vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('body')}
        placeholder="Kies de raad"
        options={[
          { value: 'STUDENT_COUNCIL', label: 'Studentenraad' },
          { value: 'WORKS_COUNCIL', label: 'Ondernemingsraad' },
        ]}
      />
      <SelectField
        {...f.bind('given')}
        placeholder="Kies"
        options={[
          { value: 'yes', label: 'Ingestemd' },
          { value: 'no', label: 'Niet ingestemd' },
        ]}
      />
      <TextField {...f.bind('date')} type="date" />
      <TextField
        {...f.bind('documentReference')}
        description="Bijvoorbeeld het nummer van het besluit of de notulen."
      />
    </FormFrame>
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

/** A reason of 10 characters or more. */
const withdrawalFromForm = (form: { reason: string }): FormResult<{ reason: string }, WithdrawField> =>
  form.reason.trim().length >= 10
    ? { ok: true, input: { reason: form.reason.trim() } }
    : { ok: false, errors: { reason: 'Geef een reden van minstens 10 tekens.' } };

/**
 * Withdrawing a submitted plan within the tranche makes it a draft again. Its submit button is a secondary one:
 * withdrawing undoes the submission.
 */
export function WithdrawForm({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const f = useForm({ initial: { reason: '' }, ids: { reason: 'intrekken-reden' }, labels: { reason: 'Reden' } });
  const submit = async () => {
    const sent = await f.submission.send(withdrawalFromForm(f.form), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(withdrawQualityPlanMutation, { planId: plan.id, ...input })).data?.withdrawQualityPlan,
      ),
    );
    if (sent) onDone('Het plan is ingetrokken en weer een concept.');
  };
  return (
    <FormFrame
      form={f}
      titleId="intrekken-title"
      title="Plan intrekken"
      level={3}
      intro={<Paragraph>Binnen de tranche kunt u het plan intrekken, aanpassen en opnieuw indienen.</Paragraph>}
      errorTitle="Het plan is niet ingetrokken"
      submitLabel="Plan intrekken"
      submitAppearance="secondary"
      onSubmit={submit}
    >
      <TextareaField {...f.bind('reason')} rows={2} />
    </FormFrame>
  );
}
