import { Heading, Paragraph, PrimaryActionButton } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  ALLOWANCE_KIND_LABELS,
  type AllowanceKind,
  CONTACT_MODE_LABELS,
  CONTACT_MODES,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  type ContactMode,
  type ContactMomentKind,
  formatMonth,
} from './agreement.ts';
import {
  type AttemptKey,
  agreedAmount,
  agreedAmountInput,
  agreedKinds,
  defaultHeldForm,
  defaultPaymentForm,
  defaultPlanForm,
  errorSummary,
  type FormResult,
  type HeldMomentField,
  type HeldMomentForm,
  type HeldMomentInput,
  heldFieldOf,
  heldFormName,
  heldMomentFromForm,
  keyForAttempt,
  NOTES_MAX,
  openMoments,
  type PayableAgreement,
  type PaymentField,
  type PaymentForm,
  type PaymentInput,
  type PaymentTerms,
  type PlanMomentField,
  type PlanMomentForm,
  type PlanMomentInput,
  type PlannedMoment,
  payableMonths,
  paymentFieldOf,
  paymentFromForm,
  paymentTerms,
  planFieldOf,
  planMomentFromForm,
  type Submit,
  type SubmitOutcome,
  todayInNetherlands,
} from './agreement-forms.ts';
import { formatDate, formatEuro } from './format.ts';
import {
  BusyStatus,
  ErrorSummary,
  type FormError,
  SelectField,
  SuccessMessage,
  TextareaField,
  TextField,
} from './forms.tsx';

/**
 * The forms that follow up an internship agreement, for every app that records them (school and
 * company). Each takes plain props and a `submit` that calls the app's own mutation: the forms know
 * nothing of an app's GraphQL documents or generated types.
 */

/**
 * A success message that takes focus when it appears. For actions whose control disappears or is
 * replaced once they succeed (signing, recording a moment as held, a fresh form after planning):
 * focus would otherwise fall back to the top of the page, and a keyboard or screen-reader user would
 * lose their place.
 */
export function FocusedMessage({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1}>
      <SuccessMessage>{children}</SuccessMessage>
    </div>
  );
}

/** The state of sending a form: its errors, whether it is busy, and the idempotency key of the attempt. */
export interface Submission<F extends string> {
  fieldErrors: Partial<Record<F, string>>;
  formError: string | null;
  busy: boolean;
  /**
   * Shows the field errors of a form that did not pass; else sends the input with the key of this
   * attempt (the same key for a retry of the same input, a new one for changed input) and shows the
   * answer: a server error at its field, or for the form as a whole. Resolves to the input once the
   * server did the work, else to null.
   */
  send<I>(checked: FormResult<I, F>, submit: Submit<I>): Promise<I | null>;
  /** The errors for the form's ErrorSummary, each labelled and linked to its field. */
  summary(ids: Record<F, string>, labels: Record<F, string>): FormError[];
}

/** What a form shows when `submit` threw instead of answering (it should not: it answers an outcome). */
const NOT_SENT = 'Het versturen is niet gelukt. Probeer het opnieuw.';

/** Sending a form (see Submission); `fieldOf` maps a server field to the form's own field. */
export function useSubmission<F extends string>(fieldOf: (field: string | null) => F | null): Submission<F> {
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const key = useRef<AttemptKey | null>(null);

  const send = async <I,>(checked: FormResult<I, F>, submit: Submit<I>): Promise<I | null> => {
    if (sending.current) return null;
    setFormError(null);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return null;
    }
    setFieldErrors({});
    key.current = keyForAttempt(key.current, checked.input);
    sending.current = true;
    setBusy(true);
    let outcome: SubmitOutcome;
    try {
      outcome = await submit(checked.input, key.current.key);
    } catch {
      outcome = { ok: false, message: NOT_SENT, field: null };
    } finally {
      sending.current = false;
      setBusy(false);
    }
    if (outcome.ok) {
      key.current = null;
      return checked.input;
    }
    const field = fieldOf(outcome.field);
    if (field) setFieldErrors({ [field]: outcome.message } as Partial<Record<F, string>>);
    else setFormError(outcome.message);
    return null;
  };

  return {
    fieldErrors,
    formError,
    busy,
    send,
    summary: (ids, labels) => errorSummary(formError, fieldErrors, ids, labels),
  };
}

const modeOptions = CONTACT_MODES.map((mode) => ({ value: mode, label: CONTACT_MODE_LABELS[mode] }));
const kindOptions = CONTACT_MOMENT_KINDS.map((kind) => ({ value: kind, label: CONTACT_MOMENT_KIND_LABELS[kind] }));
const asMode = (value: string): ContactMode | '' => CONTACT_MODES.find((m) => m === value) ?? '';
const asKind = (value: string): ContactMomentKind | '' => CONTACT_MOMENT_KINDS.find((k) => k === value) ?? '';

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
    const input = await submission.send(heldMomentFromForm(form, today ?? todayInNetherlands()), submit);
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
        description="Vandaag of eerder."
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
