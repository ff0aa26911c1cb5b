import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { guardianRequiredOn } from '@stelsel/placements-common';
import {
  BusyStatus,
  ErrorSummary,
  Heading,
  Notice,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { draftAgreementMutation } from '../graphql/agreements.ts';
import {
  AGREEMENT_FIELD_LABELS,
  AGREEMENT_FIELDS,
  type AgreementField,
  type AgreementFormState,
  agreementFieldOf,
  agreementInputFromForm,
} from './agreement-form.ts';

const fieldId = (field: AgreementField) => `pok-${field}`;
const FIELD_IDS = Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, fieldId(f)])) as Record<AgreementField, string>;

export interface AgreementFormProps {
  placementId: string;
  /** 'new': draw up the first agreement; 'edit': change the current one (signatures lapse). */
  mode: 'new' | 'edit';
  initial: AgreementFormState;
  student: { name: string; dateOfBirth?: string | null };
  /** Parties that signed the current version and whose signatures lapse on a change. */
  lapsingSignatures?: readonly string[];
  onSaved: () => void;
  onCancel?: () => void;
  /** Move focus to the first field when the form opens in place of the button that opened it. */
  focusOnMount?: boolean;
}

/** The praktijkovereenkomst form: every field of AgreementInput, checked here and again by the server. */
export function AgreementForm({
  placementId,
  mode,
  initial,
  student,
  lapsingSignatures = [],
  onSaved,
  onCancel,
  focusOnMount = false,
}: AgreementFormProps) {
  const [form, setForm] = useState<AgreementFormState>(initial);
  const submission = useSubmission(agreementFieldOf);
  const title = mode === 'new' ? 'Praktijkovereenkomst opstellen' : 'Praktijkovereenkomst wijzigen';
  const guardian = guardianRequiredOn(student.dateOfBirth, form.startsOn.trim());

  useEffect(() => {
    if (focusOnMount) document.getElementById(fieldId('startsOn'))?.focus();
  }, [focusOnMount]);

  const set = (field: AgreementField, value: string) => setForm((f) => ({ ...f, [field]: value }));
  const err = (field: AgreementField) => submission.fieldErrors[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = await submission.send(agreementInputFromForm(form, student), (checked, idempotencyKey) =>
      mutationOutcome(async () => {
        const { data } = await graphqlRequest(draftAgreementMutation, { placementId, input: checked, idempotencyKey });
        return data?.draftAgreement;
      }),
    );
    if (input) onSaved();
  };

  const summary = submission.summary(FIELD_IDS, AGREEMENT_FIELD_LABELS);

  const guardianText =
    guardian === true
      ? ` ${student.name} is op deze begindatum jonger dan 18: vul de naam in.`
      : guardian === false
        ? ` ${student.name} is op deze begindatum 18 of ouder: dit veld mag leeg blijven.`
        : '';

  return (
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby="pok-titel">
      <Heading level={3} id="pok-titel">
        {title}
      </Heading>
      {mode === 'edit' ? (
        <Notice title="Let op: handtekeningen vervallen">
          <Paragraph>
            Een wijziging maakt een nieuwe versie van de overeenkomst.
            {lapsingSignatures.length > 0
              ? ` De handtekeningen die al zijn gezet (${lapsingSignatures.join(', ')}) vervallen;`
              : ''}{' '}
            alle partijen ondertekenen de nieuwe versie opnieuw.
          </Paragraph>
        </Notice>
      ) : (
        <Paragraph>
          De onderwijsinstelling stelt de overeenkomst op; daarna ondertekenen de student, het leerbedrijf en de
          onderwijsinstelling (en bij een student jonger dan 18 ook een ouder of voogd). Periode, uren en vergoedingen
          zijn overgenomen uit de plaats.
        </Paragraph>
      )}
      <ErrorSummary
        errors={summary}
        title={mode === 'new' ? 'De overeenkomst is niet opgesteld' : 'De wijziging is niet opgeslagen'}
      />
      <TextField
        id={fieldId('startsOn')}
        type="date"
        label={AGREEMENT_FIELD_LABELS.startsOn}
        value={form.startsOn}
        onChange={(v) => set('startsOn', v)}
        error={err('startsOn')}
        description="Hoogstens een jaar in het verleden."
      />
      <TextField
        id={fieldId('endsOn')}
        type="date"
        label={AGREEMENT_FIELD_LABELS.endsOn}
        value={form.endsOn}
        onChange={(v) => set('endsOn', v)}
        error={err('endsOn')}
        description="Na de begindatum; de overeenkomst duurt hoogstens twee jaar."
      />
      <TextField
        id={fieldId('hoursPerWeek')}
        label={AGREEMENT_FIELD_LABELS.hoursPerWeek}
        value={form.hoursPerWeek}
        inputMode="numeric"
        size={2}
        onChange={(v) => set('hoursPerWeek', v)}
        error={err('hoursPerWeek')}
        description="1 tot en met 40."
      />
      <TextField
        id={fieldId('practicalTrainerName')}
        label={AGREEMENT_FIELD_LABELS.practicalTrainerName}
        value={form.practicalTrainerName}
        onChange={(v) => set('practicalTrainerName', v)}
        error={err('practicalTrainerName')}
        description="De begeleider van de student bij het leerbedrijf."
      />
      <TextField
        id={fieldId('practicalTrainerEmail')}
        type="email"
        label={AGREEMENT_FIELD_LABELS.practicalTrainerEmail}
        value={form.practicalTrainerEmail}
        onChange={(v) => set('practicalTrainerEmail', v)}
        error={err('practicalTrainerEmail')}
      />
      <TextareaField
        id={fieldId('workProcesses')}
        label={AGREEMENT_FIELD_LABELS.workProcesses}
        value={form.workProcesses}
        onChange={(v) => set('workProcesses', v)}
        error={err('workProcesses')}
        description="Welke werkprocessen uit het kwalificatiedossier de student uitvoert; minstens 10 tekens."
      />
      <TextareaField
        id={fieldId('assessment')}
        label={AGREEMENT_FIELD_LABELS.assessment}
        value={form.assessment}
        onChange={(v) => set('assessment', v)}
        error={err('assessment')}
        description="Hoe, wanneer en door wie de student wordt beoordeeld; minstens 10 tekens."
      />
      <TextareaField
        id={fieldId('dissolutionTerms')}
        label={AGREEMENT_FIELD_LABELS.dissolutionTerms}
        value={form.dissolutionTerms}
        onChange={(v) => set('dissolutionTerms', v)}
        error={err('dissolutionTerms')}
        description="Wanneer en hoe de overeenkomst tussentijds kan eindigen; minstens 10 tekens."
      />
      <TextField
        id={fieldId('supervisionFrequency')}
        label={AGREEMENT_FIELD_LABELS.supervisionFrequency}
        value={form.supervisionFrequency}
        onChange={(v) => set('supervisionFrequency', v)}
        error={err('supervisionFrequency')}
        description="Bijvoorbeeld: elke twee weken een gesprek met de praktijkopleider."
      />
      <TextField
        id={fieldId('expenseAllowance')}
        label={AGREEMENT_FIELD_LABELS.expenseAllowance}
        value={form.expenseAllowance}
        inputMode="decimal"
        size={10}
        onChange={(v) => set('expenseAllowance', v)}
        error={err('expenseAllowance')}
        description="Bijvoorbeeld 350,00. Iedere student krijgt een onkostenvergoeding (Stagepact)."
      />
      <TextField
        id={fieldId('internshipWage')}
        required={false}
        label={AGREEMENT_FIELD_LABELS.internshipWage}
        value={form.internshipWage}
        inputMode="decimal"
        size={10}
        onChange={(v) => set('internshipWage', v)}
        error={err('internshipWage')}
        description="Bijvoorbeeld 450,00; leeg als er geen is."
      />
      <TextField
        id={fieldId('guardianName')}
        required={guardian === true}
        label={AGREEMENT_FIELD_LABELS.guardianName}
        value={form.guardianName}
        autoComplete="off"
        onChange={(v) => set('guardianName', v)}
        error={err('guardianName')}
        description={`Verplicht als de student op de begindatum jonger is dan 18: dan tekent een ouder of voogd mee, op papier.${guardianText}`}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          {mode === 'new' ? 'Overeenkomst opstellen' : 'Wijzigingen opslaan'}
        </PrimaryActionButton>
        {onCancel ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            Annuleren
          </SecondaryActionButton>
        ) : null}
      </div>
      <BusyStatus busy={submission.busy}>Bezig met opslaan…</BusyStatus>
    </form>
  );
}
