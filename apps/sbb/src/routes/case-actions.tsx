import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  CheckboxField,
  FieldGroup,
  FormFrame,
  formatDate,
  optionsOf,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import type {
  CaseDecision,
  CaseDecisionInput,
  HearingParty,
  ImprovementAgreementKind,
  SbbCaseQuery,
} from '../graphql/generated/graphql.ts';
import { decideCaseMutation, recordStatementMutation } from '../graphql/sbb.ts';

/** Hoor en wederhoor and the decision on a case (issue 10): statements with date and source, then a decision. */

type Case = NonNullable<SbbCaseQuery['sbbCase']>;

export function Statements({ statements }: { statements: Case['statements'] }) {
  if (statements.length === 0) return <Paragraph>Er zijn nog geen verklaringen vastgelegd.</Paragraph>;
  return (
    <ul aria-label="Verklaringen">
      {statements.map((s) => (
        <li key={`${s.party}-${s.givenOn}-${s.summary.slice(0, 24)}`}>
          <strong>{s.partyLabel}</strong>, {formatDate(s.givenOn)} ({s.source}): {s.summary}
        </li>
      ))}
    </ul>
  );
}

const PARTY: Record<HearingParty, string> = {
  COMPANY: 'Het leerbedrijf',
  INSTITUTION: 'De school',
  STUDENT: 'De student',
};
type StatementField = 'party' | 'givenOn' | 'source' | 'summary';
const STATEMENT_IDS: Record<StatementField, string> = {
  party: 'verklaring-partij',
  givenOn: 'verklaring-datum',
  source: 'verklaring-bron',
  summary: 'verklaring-inhoud',
};
const STATEMENT_LABELS: Record<StatementField, string> = {
  party: 'Van wie',
  givenOn: 'Datum',
  source: 'Bron',
  summary: 'Verklaring',
};

/** Who, when, how it was given, and what was said. */
export function statementFromForm(
  form: Record<StatementField, string>,
  now: string,
): FormResult<{ party: HearingParty; givenOn: string; source: string; summary: string }, StatementField> {
  const errors: Partial<Record<StatementField, string>> = {};
  if (!form.party) errors.party = 'Kies van wie de verklaring is.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.givenOn)) errors.givenOn = 'Vul de datum in als JJJJ-MM-DD.';
  else if (form.givenOn > now) errors.givenOn = 'De datum van de verklaring ligt in de toekomst.';
  if (form.source.trim().length < 2) errors.source = 'Vul in hoe de verklaring is gegeven, bijvoorbeeld "gesprek".';
  if (form.summary.trim().length < 10) errors.summary = 'Vat de verklaring samen in ten minste 10 tekens.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      party: form.party as HearingParty,
      givenOn: form.givenOn,
      source: form.source.trim(),
      summary: form.summary.trim(),
    },
  };
}

export function StatementForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const f = useForm({
    initial: () => ({ party: '', givenOn: todayInNetherlands(), source: '', summary: '' }),
    ids: STATEMENT_IDS,
    labels: STATEMENT_LABELS,
  });
  // Each statement is its own record with its date and source: a second one is a second statement.
  const submit = async () => {
    const sent = await f.submission.send(statementFromForm(f.form, todayInNetherlands()), (input) =>
      mutationOutcome(
        async () => (await graphqlRequest(recordStatementMutation, { caseId, ...input })).data?.recordCaseStatement,
      ),
    );
    if (sent) {
      f.reset();
      onDone(`De verklaring van ${PARTY[sent.party].toLowerCase()} is vastgelegd.`);
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="verklaring-title"
      title="Verklaring vastleggen"
      level={3}
      errorTitle="De verklaring is niet vastgelegd"
      submitLabel="Verklaring vastleggen"
      onSubmit={submit}
    >
      <SelectField {...f.bind('party')} placeholder="Kies" options={optionsOf(PARTY)} />
      <TextField {...f.bind('givenOn')} type="date" />
      <TextField {...f.bind('source')} description="Bijvoorbeeld: gesprek op locatie, telefoongesprek, brief." />
      <TextareaField {...f.bind('summary')} />
    </FormFrame>
  );
}

const DECISION: Record<CaseDecision, string> = {
  UNFOUNDED: 'Ongegrond',
  IMPROVEMENT_AGREEMENTS: 'Verbeterafspraken',
  SUSPENSION: 'Schorsing van de erkenning',
  WITHDRAWAL: 'Intrekking van de erkenning',
};
const AGREEMENT_KIND: Record<ImprovementAgreementKind, string> = {
  OTHER_SUPERVISOR: 'Een andere praktijkopleider',
  CONFIDENTIAL_ADVISER: 'Een onafhankelijke vertrouwenspersoon',
  BPV_PLAN: 'Een bpv-plan',
  COURSE: 'Een cursus of training',
  OTHER: 'Anders',
};
type DecisionField = 'decision' | 'motivation' | 'agreements' | 'accreditationIds';
const DECISION_IDS: Record<DecisionField, string> = {
  decision: 'besluit-soort',
  motivation: 'besluit-motivering',
  agreements: 'besluit-afspraak',
  accreditationIds: 'besluit-erkenningen',
};
const DECISION_LABELS: Record<DecisionField, string> = {
  decision: 'Besluit',
  motivation: 'Motivering',
  agreements: 'Verbeterafspraak',
  accreditationIds: 'Erkenningen',
};

/** The company's accreditations a suspension or withdrawal can cover (placements' own list). */
export interface CompanyAccreditation {
  id: string;
  status: string;
  qualification: { crebo: string; name: string };
}

/** Suspension covers active accreditations; withdrawal those not yet withdrawn. */
export function accreditationsFor(decision: string, all: readonly CompanyAccreditation[]): CompanyAccreditation[] {
  if (decision === 'SUSPENSION') return all.filter((a) => a.status === 'ACTIVE');
  if (decision === 'WITHDRAWAL') return all.filter((a) => a.status !== 'WITHDRAWN');
  return [];
}

interface DecisionForm {
  decision: string;
  motivation: string;
  agreementKind: string;
  agreementText: string;
  agreementDue: string;
  /** The accreditations a suspension or withdrawal covers (checked in the form). */
  accreditationIds: string[];
}

/** A decision with its motivation; with "verbeterafspraken" one agreement with a deadline in the future. */
export function decisionFromForm(form: DecisionForm, now: string): FormResult<CaseDecisionInput, DecisionField> {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (!form.decision) errors.decision = 'Kies het besluit.';
  if (form.motivation.trim().length < 20) {
    errors.motivation = 'Motiveer het besluit schriftelijk, in ten minste 20 tekens.';
  }
  const withAgreement = form.decision === 'IMPROVEMENT_AGREEMENTS';
  if (withAgreement && (!form.agreementKind || form.agreementText.trim().length < 5 || !(form.agreementDue > now))) {
    errors.agreements = 'Kies de soort afspraak, beschrijf haar en geef een termijn in de toekomst.';
  }
  const sanction = form.decision === 'SUSPENSION' || form.decision === 'WITHDRAWAL';
  if (sanction && form.accreditationIds.length === 0) {
    errors.accreditationIds = 'Kies ten minste één erkenning waarvoor het besluit geldt.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      decision: form.decision as CaseDecision,
      motivation: form.motivation.trim(),
      agreements: withAgreement
        ? [
            {
              kind: form.agreementKind as ImprovementAgreementKind,
              description: form.agreementText.trim(),
              dueOn: form.agreementDue,
            },
          ]
        : [],
      // A suspension or withdrawal applies to the accreditations chosen; other decisions to none.
      accreditationIds: sanction ? form.accreditationIds : [],
    },
  };
}

export function DecisionFormView({
  caseId,
  accreditations,
  onDone,
}: {
  caseId: string;
  /** Null when placements did not answer: a sanction then covers every accreditation (the service decides). */
  accreditations: readonly CompanyAccreditation[] | null;
  onDone: (message: string) => void;
}) {
  const f = useForm<DecisionForm, DecisionField>({
    initial: {
      decision: '',
      motivation: '',
      agreementKind: '',
      agreementText: '',
      agreementDue: '',
      accreditationIds: [],
    },
    ids: DECISION_IDS,
    labels: DECISION_LABELS,
    // The server names an agreement's fields "agreements.0.dueOn" (the form sends one): shown at the agreement.
    serverFields: (serverField) => (serverField.startsWith('agreements.') ? 'agreements' : null),
  });
  const { form, errors } = f;
  const choosable = accreditationsFor(form.decision, accreditations ?? []);
  // Choosing a sanction ticks every accreditation it can cover; SBB unticks what it does not cover.
  const chooseDecision = (decision: string) =>
    f.setForm((x) => ({
      ...x,
      decision,
      accreditationIds: accreditationsFor(decision, accreditations ?? []).map((a) => a.id),
    }));
  const toggle = (id: string) => (checked: boolean) =>
    f.setForm((x) => ({
      ...x,
      accreditationIds: checked ? [...x.accreditationIds, id] : x.accreditationIds.filter((a) => a !== id),
    }));
  // A case is decided once: a second decision is refused by the service, so no idempotency key is needed.
  const submit = async () => {
    const sent = await f.submission.send(decisionFromForm(form, todayInNetherlands()), (input) =>
      mutationOutcome(async () => (await graphqlRequest(decideCaseMutation, { caseId, input })).data?.decideCase),
    );
    if (sent) onDone(`Het besluit is vastgelegd: ${DECISION[sent.decision].toLowerCase()}.`);
  };
  return (
    <FormFrame
      form={f}
      titleId="besluit-title"
      title="Besluit nemen"
      level={3}
      intro={
        <Paragraph>
          Schorsing en intrekking gelden direct voor de erkenningen die u kiest: de open leerplaatsen voor die
          kwalificaties sluiten.
        </Paragraph>
      }
      errorTitle="Het besluit is niet vastgelegd"
      submitLabel="Besluit vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('decision')}
        onChange={chooseDecision}
        placeholder="Kies een besluit"
        options={optionsOf(DECISION)}
      />
      <TextareaField {...f.bind('motivation')} description="Het leerbedrijf leest deze motivering." />
      {(form.decision === 'SUSPENSION' || form.decision === 'WITHDRAWAL') && accreditations ? (
        <FieldGroup
          legend={`Erkenningen waarvoor de ${form.decision === 'SUSPENSION' ? 'schorsing' : 'intrekking'} geldt`}
          id={f.ids.accreditationIds}
          error={errors.accreditationIds}
        >
          {choosable.length === 0 ? (
            <Paragraph>Er is geen erkenning meer om dit besluit op toe te passen.</Paragraph>
          ) : null}
          {choosable.map((a) => (
            <CheckboxField
              key={a.id}
              id={`besluit-erkenning-${a.id}`}
              label={`${a.qualification.name} (crebo ${a.qualification.crebo})`}
              checked={form.accreditationIds.includes(a.id)}
              onChange={toggle(a.id)}
            />
          ))}
        </FieldGroup>
      ) : null}
      {form.decision === 'IMPROVEMENT_AGREEMENTS' ? (
        <>
          <SelectField
            id={f.ids.agreements}
            label="Soort verbeterafspraak"
            value={form.agreementKind}
            onChange={(value) => f.set('agreementKind', value)}
            placeholder="Kies"
            options={optionsOf(AGREEMENT_KIND)}
            error={errors.agreements}
          />
          <TextField
            id="besluit-afspraak-tekst"
            label="Wat het leerbedrijf afspreekt"
            value={form.agreementText}
            onChange={(value) => f.set('agreementText', value)}
          />
          <TextField
            id="besluit-afspraak-termijn"
            type="date"
            label="Termijn"
            value={form.agreementDue}
            onChange={(value) => f.set('agreementDue', value)}
          />
        </>
      ) : null}
    </FormFrame>
  );
}
