import {
  ALLOWANCE_KIND_LABELS,
  type AllowanceKind,
  payableMonths,
  todayInNetherlands,
} from '@stelsel/placements-common';
import type { Submit } from '@stelsel/ui';
import {
  BusyStatus,
  ErrorSummary,
  FocusedMessage,
  formatEuro,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
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
  paymentFieldOf,
  paymentFromForm,
  paymentTerms,
} from './agreement-forms.ts';

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
  const [recorded, setRecorded] = useState<PaymentInput[]>([]);
  const [message, setMessage] = useState(false);
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
    <div className="stelsel-form stelsel-panel">
      <Heading level={3} id={PAYMENT_TITLE}>
        Betaling vastleggen
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {message ? (
        <FocusedMessage key={`vastgelegd-${recorded.length}`}>De betaling is vastgelegd.</FocusedMessage>
      ) : null}
      <PaymentFields
        key={`formulier-${recorded.length}`}
        terms={terms}
        today={day}
        // Until the agreement reloads, the payments just recorded count for the month and kind chosen next.
        initial={defaultPaymentForm(terms, day, recorded)}
        submit={submit}
        onStart={() => setMessage(false)}
        onRecorded={(input) => {
          setRecorded((payments) => [...payments, input]);
          setMessage(true);
          onRecorded?.(input);
        }}
      />
    </div>
  );
}

function PaymentFields({
  terms,
  today,
  initial,
  submit,
  onStart,
  onRecorded,
}: {
  terms: PaymentTerms;
  today: string;
  initial: PaymentForm;
  submit: Submit<PaymentInput>;
  onStart: () => void;
  onRecorded: (input: PaymentInput) => void;
}) {
  const [form, setForm] = useState<PaymentForm>(initial);
  const submission = useSubmission(paymentFieldOf);
  const errors = submission.fieldErrors;
  const kinds = agreedKinds(terms);
  const missing = new Set(terms.missingMonths);
  const notAgreed = (['EXPENSE', 'WAGE'] as const).filter((k) => !kinds.includes(k));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    onStart();
    const input = await submission.send(paymentFromForm(form, terms, today), submit);
    if (input) onRecorded(input);
  };

  const setKind = (value: string) => {
    const kind: AllowanceKind | '' = kinds.find((k) => k === value) ?? '';
    setForm((f) => ({
      ...f,
      kind,
      // The agreed amount follows the kind, unless the person typed another amount.
      amount:
        f.amount === '' || f.amount === agreedAmountInput(terms, f.kind) ? agreedAmountInput(terms, kind) : f.amount,
    }));
  };

  const agreed = kinds
    .map((kind) => `${ALLOWANCE_KIND_LABELS[kind].toLowerCase()} ${formatEuro(agreedAmount(terms, kind))}`)
    .join(', ');

  return (
    <form className="stelsel-form" noValidate onSubmit={onSubmit} aria-labelledby={PAYMENT_TITLE}>
      <ErrorSummary errors={submission.summary(PAYMENT_IDS, PAYMENT_LABELS)} title="De betaling is niet vastgelegd" />
      <SelectField
        id={PAYMENT_IDS.month}
        label={PAYMENT_LABELS.month}
        value={form.month}
        placeholder="Kies de maand"
        options={payableMonths(terms, today).map((month) => ({
          value: month,
          label: `${formatMonth(month)}${missing.has(month) ? ' (nog niet volledig betaald)' : ''}`,
        }))}
        onChange={(v) => setForm((f) => ({ ...f, month: v }))}
        error={errors.month}
        description="Maanden binnen de looptijd, tot en met deze maand."
      />
      <SelectField
        id={PAYMENT_IDS.kind}
        label={PAYMENT_LABELS.kind}
        value={form.kind}
        options={kinds.map((kind) => ({ value: kind, label: ALLOWANCE_KIND_LABELS[kind] }))}
        onChange={setKind}
        error={errors.kind}
        description={
          notAgreed.length > 0
            ? `In deze overeenkomst is geen ${notAgreed.map((k) => ALLOWANCE_KIND_LABELS[k].toLowerCase()).join(' en geen ')} afgesproken.`
            : undefined
        }
      />
      <TextField
        id={PAYMENT_IDS.amount}
        label={PAYMENT_LABELS.amount}
        value={form.amount}
        inputMode="decimal"
        size={10}
        onChange={(v) => setForm((f) => ({ ...f, amount: v }))}
        error={errors.amount}
        description={`Het betaalde bedrag, bijvoorbeeld 350,00. Afgesproken per maand: ${agreed}.`}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Betaling vastleggen
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={submission.busy}>Bezig met vastleggen…</BusyStatus>
    </form>
  );
}
