import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { guardianRequiredOn } from '@stelsel/placements-common';
import {
  BusyStatus,
  FormFrame,
  Notice,
  Paragraph,
  SecondaryActionButton,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import { useEffect } from 'react';
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
  const f = useForm<AgreementFormState, AgreementField>({
    initial,
    ids: FIELD_IDS,
    labels: AGREEMENT_FIELD_LABELS,
    serverFields: agreementFieldOf,
  });
  const title = mode === 'new' ? 'Praktijkovereenkomst opstellen' : 'Praktijkovereenkomst wijzigen';
  const guardian = guardianRequiredOn(student.dateOfBirth, f.form.startsOn.trim());

  useEffect(() => {
    if (focusOnMount) document.getElementById(fieldId('startsOn'))?.focus();
  }, [focusOnMount]);

  const submit = async () => {
    const input = await f.submission.send(agreementInputFromForm(f.form, student), (checked, idempotencyKey) =>
      mutationOutcome(async () => {
        const { data } = await graphqlRequest(draftAgreementMutation, { placementId, input: checked, idempotencyKey });
        return data?.draftAgreement;
      }),
    );
    if (input) onSaved();
  };

  const guardianText =
    guardian === true
      ? ` ${student.name} is op deze begindatum jonger dan 18: vul de naam in.`
      : guardian === false
        ? ` ${student.name} is op deze begindatum 18 of ouder: dit veld mag leeg blijven.`
        : '';

  return (
    <FormFrame
      form={f}
      variant="panel"
      titleId="pok-titel"
      title={title}
      level={3}
      intro={
        mode === 'edit' ? (
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
        )
      }
      errorTitle={mode === 'new' ? 'De overeenkomst is niet opgesteld' : 'De wijziging is niet opgeslagen'}
      submitLabel={mode === 'new' ? 'Overeenkomst opstellen' : 'Wijzigingen opslaan'}
      onSubmit={submit}
      actions={
        onCancel ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            Annuleren
          </SecondaryActionButton>
        ) : null
      }
      after={<BusyStatus busy={f.submission.busy}>Bezig met opslaan…</BusyStatus>}
    >
      <TextField {...f.bind('startsOn')} type="date" description="Hoogstens een jaar in het verleden." />
      <TextField
        {...f.bind('endsOn')}
        type="date"
        description="Na de begindatum; de overeenkomst duurt hoogstens twee jaar."
      />
      <TextField {...f.bind('hoursPerWeek')} inputMode="numeric" size={2} description="1 tot en met 40." />
      <TextField {...f.bind('practicalTrainerName')} description="De begeleider van de student bij het leerbedrijf." />
      <TextField {...f.bind('practicalTrainerEmail')} type="email" />
      <TextareaField
        {...f.bind('workProcesses')}
        description="Welke werkprocessen uit het kwalificatiedossier de student uitvoert; minstens 10 tekens."
      />
      <TextareaField
        {...f.bind('assessment')}
        description="Hoe, wanneer en door wie de student wordt beoordeeld; minstens 10 tekens."
      />
      <TextareaField
        {...f.bind('dissolutionTerms')}
        description="Wanneer en hoe de overeenkomst tussentijds kan eindigen; minstens 10 tekens."
      />
      <TextField
        {...f.bind('supervisionFrequency')}
        description="Bijvoorbeeld: elke twee weken een gesprek met de praktijkopleider."
      />
      <TextField
        {...f.bind('expenseAllowance')}
        inputMode="decimal"
        size={10}
        description="Bijvoorbeeld 350,00. Iedere student krijgt een onkostenvergoeding (Stagepact)."
      />
      <TextField
        {...f.bind('internshipWage')}
        required={false}
        inputMode="decimal"
        size={10}
        description="Bijvoorbeeld 450,00; leeg als er geen is."
      />
      <TextField
        {...f.bind('guardianName')}
        required={guardian === true}
        autoComplete="off"
        description={`Verplicht als de student op de begindatum jonger is dan 18: dan tekent een ouder of voogd mee, op papier.${guardianText}`}
      />
    </FormFrame>
  );
}
