import { failureMessage, graphqlRequest, isUserError } from '@stelsel/client';
import {
  ALLOWANCE_KIND_LABELS,
  type AllowanceKind,
  AllowanceOverview,
  ErrorSummary,
  formatMonth,
  Heading,
  Paragraph,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useRef, useState } from 'react';
import { recordAllowancePaymentMutation } from '../graphql/agreements.ts';
import type { AgreementFieldsFragment } from '../graphql/generated/graphql.ts';
import { todayInNetherlands } from './dates.ts';
import { errorSummary } from './form-errors.ts';
import { type AttemptKey, keyForAttempt } from './idempotency.ts';
import {
  agreedAmountInput,
  type PaymentField,
  type PaymentFormState,
  payableKinds,
  payableMonths,
  paymentFieldOf,
  paymentInputFromForm,
} from './payment-form.ts';

type Agreement = AgreementFieldsFragment;

/** Whether the agreed allowances are paid, and a form to record a payment (from a bank statement, say). */
export function AllowancesSection({ agreement, reload }: { agreement: Agreement; reload: () => void }) {
  return (
    <section aria-labelledby="vergoedingen-titel">
      <Heading level={2} id="vergoedingen-titel">
        Vergoedingen
      </Heading>
      {agreement.status === 'SIGNED' ? (
        <>
          <AllowanceOverview status={agreement.allowanceStatus} payments={agreement.allowancePayments} />
          <PaymentForm agreement={agreement} onRecorded={reload} />
        </>
      ) : (
        <Paragraph>
          Betalingen van de onkostenvergoeding en de stagevergoeding legt u vast zodra alle partijen de overeenkomst
          hebben ondertekend.
        </Paragraph>
      )}
    </section>
  );
}

const ids: Record<PaymentField, string> = {
  month: 'betaling-maand',
  kind: 'betaling-soort',
  amount: 'betaling-bedrag',
};
const labels: Record<PaymentField, string> = { month: 'Maand', kind: 'Soort vergoeding', amount: 'Bedrag (euro)' };

function PaymentForm({ agreement, onRecorded }: { agreement: Agreement; onRecorded: () => void }) {
  const months = payableMonths(agreement, todayInNetherlands());
  const kinds = payableKinds(agreement);
  const missing = new Set(agreement.allowanceStatus.missingMonths);
  const [form, setForm] = useState<PaymentFormState>(() => ({
    month: months.find((m) => missing.has(m)) ?? months.at(-1) ?? '',
    kind: 'EXPENSE',
    amount: agreedAmountInput(agreement, 'EXPENSE'),
  }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PaymentField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per payment, kept when the same payment is sent again after a lost answer.
  const key = useRef<AttemptKey | null>(null);

  if (months.length === 0) {
    return (
      <Paragraph>
        De overeenkomst begint in {formatMonth(agreement.startsOn.slice(0, 7))}; betalingen legt u vast vanaf die maand.
      </Paragraph>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    setFormError(null);
    const checked = paymentInputFromForm(form, months);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    const payment = { month: checked.month, kind: checked.kind, amount: checked.amount };
    key.current = keyForAttempt(key.current, { agreementId: agreement.id, ...payment }, () => crypto.randomUUID());
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordAllowancePaymentMutation, {
        agreementId: agreement.id,
        ...payment,
        idempotencyKey: key.current.key,
      });
      const answer = data?.recordAllowancePayment;
      if (!answer) setFormError('Er kwam geen antwoord terug. Probeer het opnieuw.');
      else if (isUserError(answer)) {
        const field = paymentFieldOf(answer.field);
        if (field) setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
        key.current = null;
        setDone('De betaling is vastgelegd.');
        onRecorded();
      }
    } catch (error) {
      setFormError(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const summary = errorSummary(formError, fieldErrors, ids, labels);
  return (
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby="betaling-titel">
      <Heading level={3} id="betaling-titel">
        Betaling vastleggen
      </Heading>
      <Paragraph>
        Leg een betaling vast die het leerbedrijf heeft gedaan, bijvoorbeeld van een bankafschrift van de student.
      </Paragraph>
      <ErrorSummary errors={summary} title="De betaling is niet vastgelegd" />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <SelectField
        id={ids.month}
        label={labels.month}
        value={form.month}
        placeholder="Kies de maand"
        options={months.map((m) => ({
          value: m,
          label: `${formatMonth(m)}${missing.has(m) ? ' (nog niet volledig betaald)' : ''}`,
        }))}
        onChange={(v) => setForm((f) => ({ ...f, month: v }))}
        error={fieldErrors.month}
        description="Maanden binnen de looptijd, tot en met deze maand."
      />
      <SelectField
        id={ids.kind}
        label={labels.kind}
        value={form.kind}
        options={kinds.map((k) => ({ value: k, label: ALLOWANCE_KIND_LABELS[k] }))}
        onChange={(v) => {
          const kind: AllowanceKind | '' = kinds.find((k) => k === v) ?? '';
          // The agreed amount of the chosen kind, unless something else was typed.
          setForm((f) => ({
            ...f,
            kind,
            amount: f.amount === agreedAmountInput(agreement, f.kind) ? agreedAmountInput(agreement, kind) : f.amount,
          }));
        }}
        error={fieldErrors.kind}
        description={kinds.length === 1 ? 'In deze overeenkomst is geen stagevergoeding afgesproken.' : undefined}
      />
      <TextField
        id={ids.amount}
        label={labels.amount}
        value={form.amount}
        inputMode="decimal"
        size={10}
        onChange={(v) => setForm((f) => ({ ...f, amount: v }))}
        error={fieldErrors.amount}
        description="Het betaalde bedrag, bijvoorbeeld 350,00. Vooringevuld met het afgesproken bedrag per maand."
      />
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit" aria-disabled={busy || undefined}>
          Betaling vastleggen
        </SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met vastleggen…</Paragraph> : null}
      </div>
    </form>
  );
}
