import {
  ALLOWANCE_KIND_LABELS,
  type AllowanceKind,
  payableMonths,
  todayInNetherlands,
} from '@stelsel/placements-common';
import type { Submit } from '@stelsel/ui';
import { BusyStatus, FormFrame, formatEuro, Paragraph, SelectField, TextField, useForm } from '@stelsel/ui';
import type { ReactNode } from 'react';
import { formatMonth } from './agreement-format.ts';
import {
  agreedAmount,
  agreedAmountInput,
  agreedKinds,
  defaultPaymentForm,
  type PayableAgreement,
  type PaymentField,
  type PaymentForm,
  type PaymentInput,
  type PaymentTerms,
  paymentFromForm,
  paymentTerms,
} from './agreement-forms.ts';
import { type SentMessage, useSentMessage } from './sent-message.tsx';

// --- Betaling vastleggen ---------------------------------------------------------------------

export interface AllowancePaymentFormProps {
  /** The agreement: its period, agreed allowances, missing months and payments. */
  agreement: PayableAgreement;
  /** A sentence under the heading, e.g. where the payment comes from. */
  intro?: ReactNode;
  submit: Submit<PaymentInput>;
  /** After a payment was recorded: reload the agreement, say. */
  onRecorded?: (input: PaymentInput) => void;
  /** Today in Dutch time (`JJJJ-MM-DD`); by default the real today. */
  today?: string;
}

const PAYMENT_TITLE = 'betaling-titel';
const PAYMENT_IDS: Record<PaymentField, string> = {
  month: 'betaling-maand',
  kind: 'betaling-soort',
  amount: 'betaling-bedrag',
};
const PAYMENT_LABELS: Record<PaymentField, string> = {
  month: 'Maand',
  kind: 'Soort vergoeding',
  amount: 'Bedrag (euro)',
};

/**
 * "Betaling vastleggen": a month of the period up to this month, an agreed kind and the amount,
 * filled in with the oldest month and kind not paid yet. After each payment a fresh form for the
 * next one, and a message that takes focus.
 */
export function AllowancePaymentForm({ agreement, intro, submit, onRecorded, today }: AllowancePaymentFormProps) {
  const recorded = useSentMessage('De betaling is vastgelegd.', onRecorded);
  const day = today ?? todayInNetherlands();
  const terms = paymentTerms(agreement);
  if (agreedKinds(terms).length === 0) {
    return <Paragraph>In deze praktijkovereenkomst is geen vergoeding afgesproken.</Paragraph>;
  }
  if (payableMonths(terms, day).length === 0) {
    return (
      <Paragraph>
        De overeenkomst begint in {formatMonth(terms.startsOn.slice(0, 7))}; betalingen legt u vast vanaf die maand.
      </Paragraph>
    );
  }
  return (
    <PaymentFields
      key={`formulier-${recorded.sent.length}`}
      terms={terms}
      today={day}
      // Until the agreement reloads, the payments just recorded count for the month and kind chosen next.
      initial={defaultPaymentForm(terms, day, recorded.sent)}
      intro={intro}
      submit={submit}
      recorded={recorded}
    />
  );
}

function PaymentFields({
  terms,
  today,
  initial,
  intro,
  submit,
  recorded,
}: {
  terms: PaymentTerms;
  today: string;
  initial: PaymentForm;
  intro: ReactNode;
  submit: Submit<PaymentInput>;
  recorded: SentMessage<PaymentInput>;
}) {
  const f = useForm({ initial, ids: PAYMENT_IDS, labels: PAYMENT_LABELS });
  const kinds = agreedKinds(terms);
  const missing = new Set(terms.missingMonths);
  const notAgreed = (['EXPENSE', 'WAGE'] as const).filter((k) => !kinds.includes(k));

  const onSubmit = async () => {
    recorded.onStart();
    const input = await f.submission.send(paymentFromForm(f.form, terms, today), submit);
    if (input) recorded.onSent(input);
  };

  const setKind = (value: string) => {
    const kind: AllowanceKind | '' = kinds.find((k) => k === value) ?? '';
    f.setForm((form) => ({
      ...form,
      kind,
      // The agreed amount follows the kind, unless the person typed another amount.
      amount:
        form.amount === '' || form.amount === agreedAmountInput(terms, form.kind)
          ? agreedAmountInput(terms, kind)
          : form.amount,
    }));
  };

  const agreed = kinds
    .map((kind) => `${ALLOWANCE_KIND_LABELS[kind].toLowerCase()} ${formatEuro(agreedAmount(terms, kind))}`)
    .join(', ');

  return (
    <FormFrame
      form={f}
      variant="panel"
      level={3}
      titleId={PAYMENT_TITLE}
      title="Betaling vastleggen"
      intro={
        <>
          {intro ? <Paragraph>{intro}</Paragraph> : null}
          {recorded.message}
        </>
      }
      errorTitle="De betaling is niet vastgelegd"
      submitLabel="Betaling vastleggen"
      onSubmit={onSubmit}
      after={<BusyStatus busy={f.submission.busy}>Bezig met vastleggen…</BusyStatus>}
    >
      <SelectField
        {...f.bind('month')}
        placeholder="Kies de maand"
        options={payableMonths(terms, today).map((month) => ({
          value: month,
          label: `${formatMonth(month)}${missing.has(month) ? ' (nog niet volledig betaald)' : ''}`,
        }))}
        description="Maanden binnen de looptijd, tot en met deze maand."
      />
      <SelectField
        {...f.bind('kind')}
        options={kinds.map((kind) => ({ value: kind, label: ALLOWANCE_KIND_LABELS[kind] }))}
        onChange={setKind}
        description={
          notAgreed.length > 0
            ? `In deze overeenkomst is geen ${notAgreed.map((k) => ALLOWANCE_KIND_LABELS[k].toLowerCase()).join(' en geen ')} afgesproken.`
            : undefined
        }
      />
      <TextField
        {...f.bind('amount')}
        inputMode="decimal"
        size={10}
        description={`Het betaalde bedrag, bijvoorbeeld 350,00. Afgesproken per maand: ${agreed}.`}
      />
    </FormFrame>
  );
}
