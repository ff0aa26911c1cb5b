import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import {
  AGREEMENT_PARTY_LABELS,
  AGREEMENT_STATUS_LABELS,
  AgreementDetails,
  AgreementHistoryTable,
  ALLOWANCE_KIND_LABELS,
  AllowanceOverview,
  BusyStatus,
  CONTACT_MODE_LABELS,
  CONTACT_MODES,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  ContactMomentExceptionsList,
  ContactMomentsTable,
  Empty,
  ErrorSummary,
  Failed,
  type FormError,
  formatDate,
  formatEuro,
  formatMomentWithTime,
  Heading,
  Loading,
  missingSignatures,
  mustSign,
  Paragraph,
  PrimaryActionButton,
  RouteLink,
  SelectField,
  SignaturesTable,
  SuccessMessage,
  signatureOf,
  TextareaField,
  TextField,
  type TextFieldProps,
} from '@stelsel/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  agreementQuery,
  myPlacementsQuery,
  planContactMomentMutation,
  recordAllowancePaymentMutation,
  recordContactMomentMutation,
  signAgreementMutation,
} from '../graphql/company.ts';
import type {
  AgreementFieldsFragment,
  AllowanceKind,
  ContactMode,
  ContactMomentKind,
  MyPlacementsQuery,
} from '../graphql/generated/graphql.ts';
import {
  type AttemptKey,
  agreedAmount,
  agreedAmountInput,
  agreedKinds,
  defaultPaymentForm,
  defaultPlanForm,
  defaultRecordForm,
  keyForAttempt,
  MAX_NOTES,
  type PaymentField,
  type PaymentForm as PaymentFormState,
  type PaymentTerms,
  type PlanMomentField,
  type PlanMomentForm as PlanMomentFormState,
  paymentFromForm,
  planMomentFromForm,
  type RecordMomentField,
  type RecordMomentForm,
  recordMomentFromForm,
  todayInNetherlands,
} from './agreement-forms.ts';
import { PATHWAY_LABELS, PLACEMENT_STATUS_LABELS } from './labels.ts';
import { isFollowedUp, NO_AGREEMENT_TEXT } from './placement-summary.ts';

type Placement = MyPlacementsQuery['myMatches'][number];
type Agreement = AgreementFieldsFragment;
type ContactMoment = Agreement['contactMoments'][number];

export interface PlacementPageProps {
  placementId: string;
  basePath: string;
  navigate: (href: string) => void;
}

const NO_ANSWER = 'Er kwam geen antwoord terug. Probeer het opnieuw.';

/**
 * One placement for the company: the student and the place, and once the institution drew up the
 * agreement: signing it, the contact moments and the allowance payments.
 */
export function PlacementPage({ placementId, basePath, navigate }: PlacementPageProps) {
  const result = useQuery(myPlacementsQuery, {});
  const last = useRef<Placement[] | null>(null);
  if (result.status === 'done') last.current = result.data.myMatches;
  const placements = result.status === 'done' ? result.data.myMatches : last.current;
  const placement = placements?.find((p) => p.id === placementId);
  const name = placement ? `${placement.student.givenName} ${placement.student.familyName}` : null;
  return (
    <section aria-labelledby="placement-title">
      <Heading level={1} id="placement-title">
        {name ? `Stage van ${name}` : 'Stage'}
      </Heading>
      {result.status === 'loading' && !placements ? <Loading>De stage wordt geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de stage" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {placements && !placement ? (
        <Empty>
          Deze stage bestaat niet of hoort niet bij uw leerbedrijf. Uw studenten staan bij{' '}
          <RouteLink href={`${basePath}/stages`} onNavigate={navigate}>
            Stages
          </RouteLink>
          .
        </Empty>
      ) : null}
      {placement && name ? (
        <>
          <dl className="stelsel-facts">
            <dt>Student</dt>
            <dd>{name}</dd>
            <dt>E-mailadres</dt>
            <dd>
              {placement.student.email ? (
                <a href={`mailto:${placement.student.email}`}>{placement.student.email}</a>
              ) : (
                'onbekend'
              )}
            </dd>
            <dt>Opleiding</dt>
            <dd>
              {placement.student.qualification.name}, niveau {placement.student.level},{' '}
              {PATHWAY_LABELS[placement.student.pathway]}
            </dd>
            <dt>Plaats</dt>
            <dd>
              {placement.place.title} ({formatDate(placement.place.startsOn)} tot {formatDate(placement.place.endsOn)})
            </dd>
            <dt>Status</dt>
            <dd>{PLACEMENT_STATUS_LABELS[placement.status]}</dd>
          </dl>
          {!isFollowedUp(placement.status) ? (
            <Paragraph>
              Een praktijkovereenkomst, contactmomenten en betalingen horen bij een student die u heeft geaccepteerd.
              Bevestigde matches staan bij{' '}
              <RouteLink href={`${basePath}/matches`} onNavigate={navigate}>
                Gematchte studenten
              </RouteLink>
              .
            </Paragraph>
          ) : placement.agreement ? (
            <AgreementSections
              agreementId={placement.agreement.id}
              companyName={placement.company.name}
              studentName={name}
            />
          ) : (
            <section aria-labelledby="agreement-title">
              <Heading level={2} id="agreement-title">
                Praktijkovereenkomst
              </Heading>
              <Paragraph>{NO_AGREEMENT_TEXT} U ondertekent die hier zodra zij klaar is.</Paragraph>
              <Paragraph>
                Contactmomenten en betalingen van vergoedingen legt u vast zodra er een praktijkovereenkomst is.
              </Paragraph>
            </section>
          )}
        </>
      ) : null}
    </section>
  );
}

function AgreementSections({
  agreementId,
  companyName,
  studentName,
}: {
  agreementId: string;
  companyName: string;
  studentName: string;
}) {
  const result = useQuery(agreementQuery, { id: agreementId });
  // Keep the agreement on screen while it reloads after a change, so focus and messages stay put.
  const last = useRef<Agreement | null>(null);
  if (result.status === 'done') last.current = result.data.agreement ?? null;
  const agreement = result.status === 'done' ? result.data.agreement : last.current;
  if (result.status === 'loading' && !agreement) return <Loading>De praktijkovereenkomst wordt geladen…</Loading>;
  if (result.status === 'failed' && !agreement) {
    return <Failed what="de praktijkovereenkomst" message={result.error.message} onRetry={result.reload} />;
  }
  if (!agreement) return <Empty>U kunt deze praktijkovereenkomst niet inzien.</Empty>;
  const current = agreement.status !== 'SUPERSEDED';
  return (
    <>
      {result.status === 'failed' ? (
        <Failed what="de nieuwste gegevens" message={result.error.message} onRetry={result.reload} />
      ) : null}
      <section aria-labelledby="agreement-title">
        <Heading level={2} id="agreement-title">
          Praktijkovereenkomst
        </Heading>
        <Paragraph>
          Status: <strong>{AGREEMENT_STATUS_LABELS[agreement.status]}</strong>
        </Paragraph>
        <AgreementDetails agreement={agreement} />
        <SignaturesTable agreement={agreement} />
        <Signing agreement={agreement} companyName={companyName} onChanged={result.reload} />
        <AgreementHistoryTable events={agreement.history} />
      </section>
      <section aria-labelledby="moments-title">
        <Heading level={2} id="moments-title">
          Contactmomenten
        </Heading>
        <Paragraph>
          Elke stage heeft minstens drie contactmomenten tussen school, student en leerbedrijf: een startgesprek, een
          tussentijds gesprek en een eindgesprek, en minstens één daarvan is op locatie.
        </Paragraph>
        <ContactMomentsTable moments={agreement.contactMoments} caption={`Contactmomenten van ${studentName}`} />
        <ContactMomentExceptionsList exceptions={agreement.contactMomentExceptions} />
        {current ? (
          <ContactMomentForms agreement={agreement} onChanged={result.reload} />
        ) : (
          <Paragraph>Deze overeenkomst is vervangen; contactmomenten horen bij de nieuwe overeenkomst.</Paragraph>
        )}
      </section>
      <section aria-labelledby="allowances-title">
        <Heading level={2} id="allowances-title">
          Vergoedingen
        </Heading>
        {agreement.status === 'SIGNED' || agreement.allowancePayments.length > 0 ? (
          <AllowanceOverview status={agreement.allowanceStatus} payments={agreement.allowancePayments} />
        ) : null}
        {agreement.status === 'SIGNED' ? (
          <PaymentSection agreement={agreement} onChanged={result.reload} />
        ) : agreement.status !== 'SUPERSEDED' ? (
          <Paragraph>
            Betalingen legt u vast zodra de praktijkovereenkomst door alle partijen is ondertekend. De afgesproken
            vergoedingen staan hierboven bij de overeenkomst.
          </Paragraph>
        ) : null}
      </section>
    </>
  );
}

/** A success message that takes focus: the control that was used is gone after the change. */
function Confirmation({ children }: { children: ReactNode }) {
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

function Signing({
  agreement,
  companyName,
  onChanged,
}: {
  agreement: Agreement;
  companyName: string;
  onChanged: () => void;
}) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per signature, kept for a retry.
  const key = useRef<AttemptKey | null>(null);

  const sign = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const request = { agreementId: agreement.id, party: 'COMPANY' as const, version: agreement.version };
    key.current = keyForAttempt(key.current, request);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(signAgreementMutation, {
        agreementId: agreement.id,
        party: 'COMPANY',
        idempotencyKey: key.current.value,
      });
      const answer = data?.signAgreement;
      if (!answer) setError(NO_ANSWER);
      else if (isUserError(answer)) setError(answer.message);
      else {
        key.current = null;
        setDone(true);
        onChanged();
      }
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const own = signatureOf(agreement, 'COMPANY');
  const missing = missingSignatures(agreement).map((party) => AGREEMENT_PARTY_LABELS[party].toLowerCase());
  return (
    <>
      {done ? <Confirmation>U heeft namens het leerbedrijf ondertekend.</Confirmation> : null}
      {mustSign(agreement, 'COMPANY') ? (
        <form className="stelsel-form" noValidate onSubmit={sign} aria-label="Ondertekenen namens het leerbedrijf">
          <ErrorSummary errors={error ? [{ fieldId: null, message: error }] : []} title="Er is niet ondertekend" />
          <Paragraph>
            Lees de overeenkomst hierboven. Met ondertekenen gaat u namens {companyName} akkoord met versie{' '}
            {agreement.version}.
          </Paragraph>
          <div className="stelsel-actions">
            <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
              Ondertekenen namens het leerbedrijf
            </PrimaryActionButton>
          </div>
          <BusyStatus busy={busy}>Bezig met ondertekenen…</BusyStatus>
        </form>
      ) : agreement.status === 'SIGNED' ? (
        <Paragraph>
          De praktijkovereenkomst is door alle partijen ondertekend
          {agreement.signedAt ? ` (${formatMomentWithTime(agreement.signedAt)})` : ''}.
        </Paragraph>
      ) : own && agreement.status !== 'SUPERSEDED' ? (
        <Paragraph>
          U heeft namens het leerbedrijf ondertekend op {formatMomentWithTime(own.signedAt)}.
          {missing.length > 0 ? ` Nog niet ondertekend: ${missing.join(', ')}.` : ''}
        </Paragraph>
      ) : null}
    </>
  );
}

/** The errors of a form for its summary: each field error linked to its control, in the form's order. */
function summaryOf<Field extends string>(
  formError: string | null,
  fieldErrors: Partial<Record<Field, string>>,
  ids: Record<Field, string>,
): FormError[] {
  return [
    ...(formError ? [{ fieldId: null, message: formError }] : []),
    ...(Object.keys(ids) as Field[]).flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: ids[field], message }] : [];
    }),
  ];
}

const modeOptions = CONTACT_MODES.map((mode) => ({ value: mode, label: CONTACT_MODE_LABELS[mode] }));
const asMode = (value: string): ContactMode | '' => CONTACT_MODES.find((m) => m === value) ?? '';

function ContactMomentForms({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const [recorded, setRecorded] = useState<{ count: number } | null>(null);
  const open = agreement.contactMoments.filter((m) => !m.heldOn);
  const kindCount = (kind: ContactMomentKind) => open.filter((m) => m.kind === kind).length;
  return (
    <>
      {recorded ? <Confirmation key={recorded.count}>Het contactmoment is vastgelegd.</Confirmation> : null}
      {open.map((moment) => (
        <RecordMomentFormView
          key={moment.id}
          moment={moment}
          // Two open moments of one kind are told apart by their date.
          title={`${CONTACT_MOMENT_KIND_LABELS[moment.kind]} vastleggen${kindCount(moment.kind) > 1 ? ` (gepland op ${formatDate(moment.plannedOn)})` : ''}`}
          onRecorded={() => {
            setRecorded((r) => ({ count: (r?.count ?? 0) + 1 }));
            onChanged();
          }}
        />
      ))}
      <PlanMomentSection agreement={agreement} onChanged={onChanged} />
    </>
  );
}

const PLAN_IDS: Record<PlanMomentField, string> = {
  kind: 'plannen-soort',
  plannedOn: 'plannen-datum',
  mode: 'plannen-vorm',
};

/** Plan a moment; after each success a fresh form (a cleared required field would show as invalid). */
function PlanMomentSection({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const [planned, setPlanned] = useState<ContactMomentKind[]>([]);
  return (
    <>
      <Heading level={3} id="plannen-titel">
        Contactmoment plannen
      </Heading>
      {planned.length > 0 ? <Confirmation key={planned.length}>Het contactmoment is gepland.</Confirmation> : null}
      <PlanMomentForm
        key={planned.length}
        agreementId={agreement.id}
        // Until the reload shows it, the moment just planned counts for the kind chosen next.
        initial={defaultPlanForm([...agreement.contactMoments, ...planned.map((kind) => ({ kind }))])}
        onPlanned={(kind) => {
          setPlanned((p) => [...p, kind]);
          onChanged();
        }}
      />
    </>
  );
}

function PlanMomentForm({
  agreementId,
  initial,
  onPlanned,
}: {
  agreementId: string;
  initial: PlanMomentFormState;
  onPlanned: (kind: ContactMomentKind) => void;
}) {
  const [form, setForm] = useState<PlanMomentFormState>(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PlanMomentField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const checked = planMomentFromForm(form);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const { data } = await graphqlRequest(planContactMomentMutation, { agreementId, ...checked.input });
      const answer = data?.planContactMoment;
      if (!answer) setFormError(NO_ANSWER);
      else if (isUserError(answer)) {
        const field = answer.field;
        if (field === 'kind' || field === 'plannedOn' || field === 'mode') setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
        // This form is replaced by a fresh one.
        onPlanned(checked.input.kind);
        return;
      }
    } catch (e) {
      setFormError(failureMessage(e));
    }
    setBusy(false);
  };

  return (
    <form className="stelsel-form" noValidate onSubmit={submit} aria-labelledby="plannen-titel">
      <ErrorSummary errors={summaryOf(formError, fieldErrors, PLAN_IDS)} title="Het contactmoment is niet gepland" />
      <SelectField
        id={PLAN_IDS.kind}
        label="Soort contactmoment"
        value={form.kind}
        placeholder="Kies een soort"
        options={CONTACT_MOMENT_KINDS.map((kind) => ({ value: kind, label: CONTACT_MOMENT_KIND_LABELS[kind] }))}
        onChange={(v) => setForm((f) => ({ ...f, kind: CONTACT_MOMENT_KINDS.find((k) => k === v) ?? '' }))}
        error={fieldErrors.kind}
      />
      <TextField
        id={PLAN_IDS.plannedOn}
        type="date"
        label="Datum"
        value={form.plannedOn}
        onChange={(v) => setForm((f) => ({ ...f, plannedOn: v }))}
        error={fieldErrors.plannedOn}
        description="Tijdens de stage, of kort ervoor of erna."
      />
      <SelectField
        id={PLAN_IDS.mode}
        label="Vorm"
        value={form.mode}
        placeholder="Kies een vorm"
        options={modeOptions}
        onChange={(v) => setForm((f) => ({ ...f, mode: asMode(v) }))}
        error={fieldErrors.mode}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Contactmoment plannen
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={busy}>Bezig met plannen…</BusyStatus>
    </form>
  );
}

function RecordMomentFormView({
  moment,
  title,
  onRecorded,
}: {
  moment: ContactMoment;
  title: string;
  onRecorded: () => void;
}) {
  const [form, setForm] = useState<RecordMomentForm>(() => defaultRecordForm(moment, todayInNetherlands()));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<RecordMomentField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `vastleggen-${moment.id}`;
  const ids: Record<RecordMomentField, string> = {
    heldOn: `${base}-gehouden-op`,
    mode: `${base}-vorm`,
    notes: `${base}-aantekeningen`,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const checked = recordMomentFromForm(form, todayInNetherlands());
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordContactMomentMutation, {
        contactMomentId: moment.id,
        ...checked.input,
      });
      const answer = data?.recordContactMoment;
      if (!answer) setFormError(NO_ANSWER);
      else if (isUserError(answer)) {
        const field = answer.field;
        if (field === 'heldOn' || field === 'mode' || field === 'notes') setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
        onRecorded();
      }
    } catch (e) {
      setFormError(failureMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stelsel-form" noValidate onSubmit={submit} aria-labelledby={`${base}-titel`}>
      <Heading level={3} id={`${base}-titel`}>
        {title}
      </Heading>
      <Paragraph>
        Gepland op {formatDate(moment.plannedOn)}, {CONTACT_MODE_LABELS[moment.plannedMode].toLowerCase()}.
      </Paragraph>
      <ErrorSummary errors={summaryOf(formError, fieldErrors, ids)} title="Het contactmoment is niet vastgelegd" />
      <TextField
        id={ids.heldOn}
        type="date"
        label="Gehouden op"
        value={form.heldOn}
        onChange={(v) => setForm((f) => ({ ...f, heldOn: v }))}
        error={fieldErrors.heldOn}
        description="Vandaag of eerder."
      />
      <SelectField
        id={ids.mode}
        label="Vorm"
        value={form.mode}
        placeholder="Kies een vorm"
        options={modeOptions}
        onChange={(v) => setForm((f) => ({ ...f, mode: asMode(v) }))}
        error={fieldErrors.mode}
      />
      <TextareaField
        id={ids.notes}
        label="Aantekeningen"
        required={false}
        rows={3}
        value={form.notes}
        onChange={(v) => setForm((f) => ({ ...f, notes: v }))}
        error={fieldErrors.notes}
        description={`Wat is besproken en afgesproken; hoogstens ${MAX_NOTES} tekens. De student en de school zien dit ook.`}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Vastleggen als gehouden
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={busy}>Bezig met vastleggen…</BusyStatus>
    </form>
  );
}

const PAYMENT_IDS: Record<PaymentField, string> = {
  month: 'betaling-maand',
  kind: 'betaling-soort',
  amount: 'betaling-bedrag',
};

// packages/ui's TextField passes `type` to the input but its type lists no "month" yet; a month field
// falls back to a text box where the browser has none, and the form reads "03-2026" and "maart 2026" too.
const MONTH_INPUT = 'month' as NonNullable<TextFieldProps['type']>;

/** Record a payment; after each success a fresh form for the next one. */
function PaymentSection({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const [recorded, setRecorded] = useState<{ month: string; kind: AllowanceKind }[]>([]);
  const terms: PaymentTerms = {
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    expenseAllowance: agreement.expenseAllowance,
    internshipWage: agreement.internshipWage ?? null,
    missingMonths: agreement.allowanceStatus.missingMonths,
    payments: agreement.allowancePayments,
  };
  if (agreedKinds(terms).length === 0) {
    return <Paragraph>In deze praktijkovereenkomst is geen vergoeding afgesproken.</Paragraph>;
  }
  return (
    <>
      <Heading level={3} id="betaling-titel">
        Betaling vastleggen
      </Heading>
      {recorded.length > 0 ? <Confirmation key={recorded.length}>De betaling is vastgelegd.</Confirmation> : null}
      <PaymentForm
        key={recorded.length}
        agreementId={agreement.id}
        terms={terms}
        // Until the reload shows them, the payments just recorded count for the month and kind chosen next.
        initial={defaultPaymentForm(terms, recorded)}
        onRecorded={(payment) => {
          setRecorded((r) => [...r, payment]);
          onChanged();
        }}
      />
    </>
  );
}

function PaymentForm({
  agreementId,
  terms,
  initial,
  onRecorded,
}: {
  agreementId: string;
  terms: PaymentTerms;
  initial: PaymentFormState;
  onRecorded: (payment: { month: string; kind: AllowanceKind }) => void;
}) {
  const kinds = agreedKinds(terms);
  const [form, setForm] = useState<PaymentFormState>(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PaymentField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per payment, kept for a retry of the same payment.
  const key = useRef<AttemptKey | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const checked = paymentFromForm(form, terms, todayInNetherlands());
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    key.current = keyForAttempt(key.current, { agreementId, ...checked.input });
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordAllowancePaymentMutation, {
        agreementId,
        ...checked.input,
        idempotencyKey: key.current.value,
      });
      const answer = data?.recordAllowancePayment;
      if (!answer) setFormError(NO_ANSWER);
      else if (isUserError(answer)) {
        const field = answer.field;
        if (field === 'month' || field === 'kind' || field === 'amount') setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
        // This form, and its key, are replaced by a fresh one.
        onRecorded({ month: checked.input.month, kind: checked.input.kind });
        return;
      }
    } catch (e) {
      setFormError(failureMessage(e));
    }
    setBusy(false);
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
    <form className="stelsel-form" noValidate onSubmit={submit} aria-labelledby="betaling-titel">
      <ErrorSummary errors={summaryOf(formError, fieldErrors, PAYMENT_IDS)} title="De betaling is niet vastgelegd" />
      <TextField
        id={PAYMENT_IDS.month}
        type={MONTH_INPUT}
        label="Maand"
        value={form.month}
        onChange={(v) => setForm((f) => ({ ...f, month: v }))}
        error={fieldErrors.month}
        description="De maand waarvoor u betaalde, bijvoorbeeld 2026-03 voor maart 2026."
      />
      <SelectField
        id={PAYMENT_IDS.kind}
        label="Soort"
        value={form.kind}
        placeholder="Kies een soort"
        options={kinds.map((kind) => ({ value: kind, label: ALLOWANCE_KIND_LABELS[kind] }))}
        onChange={setKind}
        error={fieldErrors.kind}
      />
      <TextField
        id={PAYMENT_IDS.amount}
        label="Bedrag (euro)"
        value={form.amount}
        inputMode="decimal"
        size={10}
        onChange={(v) => setForm((f) => ({ ...f, amount: v }))}
        error={fieldErrors.amount}
        description={`Afgesproken per maand: ${agreed}. Schrijf het bedrag als ${agreedAmountInput(terms, kinds[0] ?? '') || '350,00'}.`}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Betaling vastleggen
        </PrimaryActionButton>
      </div>
      <BusyStatus busy={busy}>Bezig met vastleggen…</BusyStatus>
    </form>
  );
}
