import { failureMessage, graphqlRequest, isUserError } from '@stelsel/client';
import {
  CONTACT_EXCEPTION_REASON_LABELS,
  CONTACT_EXCEPTION_REASONS,
  CONTACT_MODE_LABELS,
  CONTACT_MODES,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  type ContactMode,
  type ContactMomentExceptionReason,
  ContactMomentExceptionsList,
  type ContactMomentKind,
  ContactMomentsTable,
  ErrorSummary,
  formatDate,
  Heading,
  Paragraph,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
  TextareaField,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import {
  planContactMomentMutation,
  recordContactMomentExceptionMutation,
  recordContactMomentMutation,
} from '../graphql/agreements.ts';
import type { AgreementFieldsFragment } from '../graphql/generated/graphql.ts';
import {
  CONTACT_MOMENT_RULE,
  EXPLANATION_MIN,
  type ExceptionField,
  type ExceptionFormState,
  exceptionFieldOf,
  exceptionInputFromForm,
  type HeldField,
  type HeldFormState,
  heldFieldOf,
  heldInputFromForm,
  heldOnGuess,
  nextKindToPlan,
  openMoments,
  type PlanField,
  type PlanFormState,
  planFieldOf,
  planInputFromForm,
} from './contact-moment-form.ts';
import { todayInNetherlands } from './dates.ts';
import { FocusedSuccessMessage } from './focused-message.tsx';
import { errorSummary } from './form-errors.ts';

type Agreement = AgreementFieldsFragment;
type Moment = Agreement['contactMoments'][number];

const kindOptions = CONTACT_MOMENT_KINDS.map((k) => ({ value: k, label: CONTACT_MOMENT_KIND_LABELS[k] }));
const modeOptions = CONTACT_MODES.map((m) => ({ value: m, label: CONTACT_MODE_LABELS[m] }));
const reasonOptions = CONTACT_EXCEPTION_REASONS.map((r) => ({ value: r, label: CONTACT_EXCEPTION_REASON_LABELS[r] }));

const asKind = (v: string): ContactMomentKind | '' => CONTACT_MOMENT_KINDS.find((k) => k === v) ?? '';
const asMode = (v: string): ContactMode | '' => CONTACT_MODES.find((m) => m === v) ?? '';
const asReason = (v: string): ContactMomentExceptionReason | '' => CONTACT_EXCEPTION_REASONS.find((r) => r === v) ?? '';

const NO_ANSWER = 'Er kwam geen antwoord terug. Probeer het opnieuw.';

/** Planned and held contact moments, with forms to plan, to record as held, and to record an exception. */
export function ContactMomentsSection({ agreement, reload }: { agreement: Agreement; reload: () => void }) {
  const [held, setHeld] = useState<string | null>(null);
  const current = agreement.status !== 'SUPERSEDED';
  const open = openMoments(agreement.contactMoments);
  return (
    <section aria-labelledby="contact-titel">
      <Heading level={2} id="contact-titel">
        Contactmomenten
      </Heading>
      <Paragraph>{CONTACT_MOMENT_RULE}</Paragraph>
      <ContactMomentsTable moments={agreement.contactMoments} caption="Contactmomenten bij deze overeenkomst" />
      <ContactMomentExceptionsList exceptions={agreement.contactMomentExceptions} />
      {held ? <FocusedSuccessMessage>{held}</FocusedSuccessMessage> : null}
      {current
        ? open.map((moment) => (
            <HeldForm
              key={moment.id}
              moment={moment}
              name={heldFormName(moment, open)}
              onStart={() => setHeld(null)}
              onRecorded={() => {
                setHeld('Het contactmoment is vastgelegd.');
                reload();
              }}
            />
          ))
        : null}
      {current ? (
        <>
          <PlanForm agreement={agreement} onPlanned={reload} />
          <ExceptionForm agreement={agreement} onRecorded={reload} />
        </>
      ) : (
        <Paragraph>Deze overeenkomst is vervangen; contactmomenten legt u vast bij de nieuwe overeenkomst.</Paragraph>
      )}
    </section>
  );
}

/** "Startgesprek vastleggen"; with the planned date when two open moments share a kind. */
function heldFormName(moment: Moment, open: readonly Moment[]): string {
  const label = `${CONTACT_MOMENT_KIND_LABELS[moment.kind]} vastleggen`;
  const twins = open.filter((m) => m.kind === moment.kind).length > 1;
  return twins ? `${label} (gepland op ${formatDate(moment.plannedOn)})` : label;
}

function PlanForm({ agreement, onPlanned }: { agreement: Agreement; onPlanned: () => void }) {
  const [form, setForm] = useState<PlanFormState>(() => ({
    kind: nextKindToPlan(agreement.contactMoments),
    plannedOn: '',
    mode: '',
  }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PlanField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids: Record<PlanField, string> = { kind: 'plan-soort', plannedOn: 'plan-datum', mode: 'plan-vorm' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    setFormError(null);
    const checked = planInputFromForm(form);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const { data } = await graphqlRequest(planContactMomentMutation, {
        agreementId: agreement.id,
        kind: checked.kind,
        plannedOn: checked.plannedOn,
        mode: checked.mode,
      });
      const answer = data?.planContactMoment;
      if (!answer) setFormError(NO_ANSWER);
      else if (isUserError(answer)) {
        const field = planFieldOf(answer.field);
        if (field) setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
        setDone('Het contactmoment is gepland.');
        setForm({
          kind: nextKindToPlan([...agreement.contactMoments, { id: answer.id, kind: checked.kind, plannedOn: '' }]),
          plannedOn: '',
          mode: '',
        });
        onPlanned();
      }
    } catch (error) {
      setFormError(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<PlanField, string> = { kind: 'Soort contactmoment', plannedOn: 'Datum', mode: 'Vorm' };
  const summary = errorSummary(formError, fieldErrors, ids, labels);
  return (
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby="plan-titel">
      <Heading level={3} id="plan-titel">
        Contactmoment plannen
      </Heading>
      <ErrorSummary errors={summary} title="Het contactmoment is niet gepland" />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <SelectField
        id={ids.kind}
        label={labels.kind}
        value={form.kind}
        placeholder="Kies de soort"
        options={kindOptions}
        onChange={(v) => setForm((f) => ({ ...f, kind: asKind(v) }))}
        error={fieldErrors.kind}
      />
      <TextField
        id={ids.plannedOn}
        type="date"
        label={labels.plannedOn}
        value={form.plannedOn}
        onChange={(v) => setForm((f) => ({ ...f, plannedOn: v }))}
        error={fieldErrors.plannedOn}
        description={`Binnen de looptijd (${formatDate(agreement.startsOn)} tot en met ${formatDate(agreement.endsOn)}), of hoogstens 60 dagen ervoor of erna.`}
      />
      <SelectField
        id={ids.mode}
        label={labels.mode}
        value={form.mode}
        placeholder="Kies de vorm"
        options={modeOptions}
        onChange={(v) => setForm((f) => ({ ...f, mode: asMode(v) }))}
        error={fieldErrors.mode}
        description="Minstens één contactmoment is op locatie."
      />
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit" aria-disabled={busy || undefined}>
          Contactmoment plannen
        </SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met plannen…</Paragraph> : null}
      </div>
    </form>
  );
}

function HeldForm({
  moment,
  name,
  onStart,
  onRecorded,
}: {
  moment: Moment;
  name: string;
  onStart: () => void;
  onRecorded: () => void;
}) {
  const [form, setForm] = useState<HeldFormState>(() => ({
    heldOn: heldOnGuess(moment.plannedOn, todayInNetherlands()),
    mode: moment.plannedMode,
    notes: '',
  }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<HeldField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `gehouden-${moment.id}`;
  const ids: Record<HeldField, string> = {
    heldOn: `${prefix}-datum`,
    mode: `${prefix}-vorm`,
    notes: `${prefix}-aantekeningen`,
  };
  const labels: Record<HeldField, string> = { heldOn: 'Gehouden op', mode: 'Vorm', notes: 'Aantekeningen' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onStart();
    setFormError(null);
    const checked = heldInputFromForm(form, todayInNetherlands());
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordContactMomentMutation, {
        contactMomentId: moment.id,
        heldOn: checked.heldOn,
        mode: checked.mode,
        notes: checked.notes,
      });
      const answer = data?.recordContactMoment;
      if (!answer) setFormError(NO_ANSWER);
      else if (isUserError(answer)) {
        const field = heldFieldOf(answer.field);
        if (field) setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
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
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby={`${prefix}-titel`}>
      <Heading level={3} id={`${prefix}-titel`}>
        {name}
      </Heading>
      <Paragraph>
        Gepland op {formatDate(moment.plannedOn)}, {CONTACT_MODE_LABELS[moment.plannedMode].toLowerCase()}. Leg het
        gesprek vast nadat het is gehouden.
      </Paragraph>
      <ErrorSummary errors={summary} title="Het contactmoment is niet vastgelegd" />
      <TextField
        id={ids.heldOn}
        type="date"
        label={labels.heldOn}
        value={form.heldOn}
        onChange={(v) => setForm((f) => ({ ...f, heldOn: v }))}
        error={fieldErrors.heldOn}
        description="Niet in de toekomst."
      />
      <SelectField
        id={ids.mode}
        label={labels.mode}
        value={form.mode}
        placeholder="Kies de vorm"
        options={modeOptions}
        onChange={(v) => setForm((f) => ({ ...f, mode: asMode(v) }))}
        error={fieldErrors.mode}
      />
      <TextareaField
        id={ids.notes}
        label={labels.notes}
        required={false}
        value={form.notes}
        onChange={(v) => setForm((f) => ({ ...f, notes: v }))}
        rows={3}
        error={fieldErrors.notes}
        description="Wat besproken en afgesproken is. Student en leerbedrijf kunnen deze aantekeningen lezen."
      />
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit" aria-disabled={busy || undefined}>
          Vastleggen als gehouden
        </SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met vastleggen…</Paragraph> : null}
      </div>
    </form>
  );
}

function ExceptionForm({ agreement, onRecorded }: { agreement: Agreement; onRecorded: () => void }) {
  const [form, setForm] = useState<ExceptionFormState>({ reason: '', explanation: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ExceptionField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids: Record<ExceptionField, string> = { reason: 'uitzondering-reden', explanation: 'uitzondering-toelichting' };
  const labels: Record<ExceptionField, string> = { reason: 'Reden', explanation: 'Toelichting' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    setFormError(null);
    const checked = exceptionInputFromForm(form);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordContactMomentExceptionMutation, {
        agreementId: agreement.id,
        reason: checked.reason,
        explanation: checked.explanation,
      });
      const answer = data?.recordContactMomentException;
      if (!answer) setFormError(NO_ANSWER);
      else if (isUserError(answer)) {
        const field = exceptionFieldOf(answer.field);
        if (field) setFieldErrors({ [field]: answer.message });
        else setFormError(answer.message);
      } else {
        setDone('De uitzondering is vastgelegd.');
        setForm({ reason: '', explanation: '' });
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
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby="uitzondering-titel">
      <Heading level={3} id="uitzondering-titel">
        Uitzondering vastleggen
      </Heading>
      <Paragraph>
        Alleen met een professionele reden. Een stage in het buitenland hoeft geen contactmoment op locatie te hebben;
        een snuffelstage hoeft geen drie contactmomenten te hebben; een andere reden licht u toe.
      </Paragraph>
      <ErrorSummary errors={summary} title="De uitzondering is niet vastgelegd" />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <SelectField
        id={ids.reason}
        label={labels.reason}
        value={form.reason}
        placeholder="Kies een reden"
        options={reasonOptions}
        onChange={(v) => setForm((f) => ({ ...f, reason: asReason(v) }))}
        error={fieldErrors.reason}
      />
      <TextareaField
        id={ids.explanation}
        label={labels.explanation}
        value={form.explanation}
        onChange={(v) => setForm((f) => ({ ...f, explanation: v }))}
        rows={3}
        error={fieldErrors.explanation}
        description={`Waarom deze stage afwijkt; minstens ${EXPLANATION_MIN} tekens.`}
      />
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit" aria-disabled={busy || undefined}>
          Uitzondering vastleggen
        </SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met vastleggen…</Paragraph> : null}
      </div>
    </form>
  );
}
