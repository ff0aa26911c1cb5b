import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { CONTACT_EXCEPTION_REASON_LABELS, CONTACT_EXCEPTION_REASONS } from '@stelsel/placements-common';
import { ContactMomentExceptionsList, ContactMomentForms, ContactMomentsTable } from '@stelsel/placements-react';
import {
  BusyStatus,
  FormFrame,
  Heading,
  optionsOf,
  Paragraph,
  SelectField,
  SuccessMessage,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import {
  planContactMomentMutation,
  recordContactMomentExceptionMutation,
  recordContactMomentMutation,
} from '../graphql/agreements.ts';
import type { AgreementFieldsFragment } from '../graphql/generated/graphql.ts';
import {
  CONTACT_MOMENT_RULE,
  EXCEPTION_LABELS,
  EXPLANATION_MIN,
  type ExceptionField,
  type ExceptionFormState,
  exceptionInputFromForm,
} from './exception-form.ts';

type Agreement = AgreementFieldsFragment;

const reasonOptions = optionsOf(CONTACT_EXCEPTION_REASON_LABELS);

/** Planned and held contact moments, with forms to record them as held, to plan one, and to record an exception. */
export function ContactMomentsSection({ agreement, reload }: { agreement: Agreement; reload: () => void }) {
  const current = agreement.status !== 'SUPERSEDED';
  return (
    <section aria-labelledby="contact-titel">
      <Heading level={2} id="contact-titel">
        Contactmomenten
      </Heading>
      <Paragraph>{CONTACT_MOMENT_RULE}</Paragraph>
      <ContactMomentsTable moments={agreement.contactMoments} caption="Contactmomenten bij deze overeenkomst" />
      <ContactMomentExceptionsList exceptions={agreement.contactMomentExceptions} />
      {current ? (
        <>
          <ContactMomentForms
            agreement={agreement}
            notesReadBy="de student en het leerbedrijf"
            plan={(input, idempotencyKey) =>
              mutationOutcome(async () => {
                const { data } = await graphqlRequest(planContactMomentMutation, {
                  agreementId: agreement.id,
                  ...input,
                  idempotencyKey,
                });
                return data?.planContactMoment;
              })
            }
            record={(contactMomentId, input) =>
              mutationOutcome(async () => {
                const { data } = await graphqlRequest(recordContactMomentMutation, { contactMomentId, ...input });
                return data?.recordContactMoment;
              })
            }
            onChanged={reload}
          />
          <ExceptionForm agreement={agreement} onRecorded={reload} />
        </>
      ) : (
        <Paragraph>Deze overeenkomst is vervangen; contactmomenten legt u vast bij de nieuwe overeenkomst.</Paragraph>
      )}
    </section>
  );
}

const EXCEPTION_IDS: Record<ExceptionField, string> = {
  reason: 'uitzondering-reden',
  explanation: 'uitzondering-toelichting',
};

function ExceptionForm({ agreement, onRecorded }: { agreement: Agreement; onRecorded: () => void }) {
  const f = useForm<ExceptionFormState, ExceptionField>({
    initial: { reason: '', explanation: '' },
    ids: EXCEPTION_IDS,
    labels: EXCEPTION_LABELS,
  });
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    const input = await f.submission.send(exceptionInputFromForm(f.form), (checked) =>
      mutationOutcome(async () => {
        const { data } = await graphqlRequest(recordContactMomentExceptionMutation, {
          agreementId: agreement.id,
          ...checked,
        });
        return data?.recordContactMomentException;
      }),
    );
    if (input) {
      setDone(true);
      f.reset();
      onRecorded();
    }
  };

  return (
    <FormFrame
      form={f}
      variant="panel"
      titleId="uitzondering-titel"
      title="Uitzondering vastleggen"
      level={3}
      intro={
        <Paragraph>
          Alleen met een professionele reden. Een stage in het buitenland hoeft geen contactmoment op locatie te hebben;
          een snuffelstage hoeft geen drie contactmomenten te hebben; een andere reden licht u toe.
        </Paragraph>
      }
      errorTitle="De uitzondering is niet vastgelegd"
      submitLabel="Uitzondering vastleggen"
      onSubmit={submit}
      after={<BusyStatus busy={f.submission.busy}>Bezig met vastleggen…</BusyStatus>}
    >
      {done ? <SuccessMessage>De uitzondering is vastgelegd.</SuccessMessage> : null}
      <SelectField
        {...f.bind('reason')}
        onChange={(v) => f.set('reason', CONTACT_EXCEPTION_REASONS.find((r) => r === v) ?? '')}
        placeholder="Kies een reden"
        options={reasonOptions}
      />
      <TextareaField
        {...f.bind('explanation')}
        rows={3}
        description={`Waarom deze stage afwijkt; minstens ${EXPLANATION_MIN} tekens.`}
      />
    </FormFrame>
  );
}
