import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  CheckboxField,
  ErrorSummary,
  FieldGroup,
  formatDate,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import { type FormEvent, useState } from 'react';
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
  const empty = { party: '', givenOn: todayInNetherlands(), source: '', summary: '' };
  const [form, setForm] = useState<Record<StatementField, string>>(empty);
  const submission = useSubmission(fieldOf<StatementField>(['party', 'givenOn', 'source', 'summary']));
  const set = (f: StatementField) => (value: string) => setForm((x) => ({ ...x, [f]: value }));
  // Each statement is its own record with its date and source: a second one is a second statement.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(statementFromForm(form, todayInNetherlands()), (input) =>
      mutationOutcome(
        async () => (await graphqlRequest(recordStatementMutation, { caseId, ...input })).data?.recordCaseStatement,
      ),
    );
    if (sent) {
      setForm(empty);
      onDone(`De verklaring van ${PARTY[sent.party].toLowerCase()} is vastgelegd.`);
    }
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="verklaring-title">
      <Heading level={3} id="verklaring-title">
        Verklaring vastleggen
      </Heading>
      <ErrorSummary
        errors={submission.summary(STATEMENT_IDS, STATEMENT_LABELS)}
        title="De verklaring is niet vastgelegd"
      />
      <SelectField
        id={STATEMENT_IDS.party}
        label={STATEMENT_LABELS.party}
        value={form.party}
        onChange={set('party')}
        placeholder="Kies"
        options={(Object.keys(PARTY) as HearingParty[]).map((value) => ({ value, label: PARTY[value] }))}
        error={errors.party}
      />
      <TextField
        id={STATEMENT_IDS.givenOn}
        type="date"
        label={STATEMENT_LABELS.givenOn}
        value={form.givenOn}
        onChange={set('givenOn')}
        error={errors.givenOn}
      />
      <TextField
        id={STATEMENT_IDS.source}
        label={STATEMENT_LABELS.source}
        description="Bijvoorbeeld: gesprek op locatie, telefoongesprek, brief."
        value={form.source}
        onChange={set('source')}
        error={errors.source}
      />
      <TextareaField
        id={STATEMENT_IDS.summary}
        label={STATEMENT_LABELS.summary}
        value={form.summary}
        onChange={set('summary')}
        error={errors.summary}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Verklaring vastleggen
        </PrimaryActionButton>
      </div>
    </form>
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
/** The server names an agreement's fields "agreements.0.dueOn": shown at the agreement. */
const decisionFieldOf = (field: string | null) =>
  fieldOf<DecisionField>(['decision', 'motivation', 'agreements', 'accreditationIds'])(
    field?.startsWith('agreements') ? 'agreements' : field?.startsWith('accreditationIds') ? 'accreditationIds' : field,
  );

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
  const [form, setForm] = useState<DecisionForm>({
    decision: '',
    motivation: '',
    agreementKind: '',
    agreementText: '',
    agreementDue: '',
    accreditationIds: [],
  });
  const choosable = accreditationsFor(form.decision, accreditations ?? []);
  // Choosing a sanction ticks every accreditation it can cover; SBB unticks what it does not cover.
  const chooseDecision = (decision: string) =>
    setForm((x) => ({
      ...x,
      decision,
      accreditationIds: accreditationsFor(decision, accreditations ?? []).map((a) => a.id),
    }));
  const toggle = (id: string) => (checked: boolean) =>
    setForm((x) => ({
      ...x,
      accreditationIds: checked ? [...x.accreditationIds, id] : x.accreditationIds.filter((a) => a !== id),
    }));
  const submission = useSubmission(decisionFieldOf);
  const set = (f: keyof DecisionForm) => (value: string) => setForm((x) => ({ ...x, [f]: value }));
  // A case is decided once: a second decision is refused by the service, so no idempotency key is needed.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(decisionFromForm(form, todayInNetherlands()), (input) =>
      mutationOutcome(async () => (await graphqlRequest(decideCaseMutation, { caseId, input })).data?.decideCase),
    );
    if (sent) onDone(`Het besluit is vastgelegd: ${DECISION[sent.decision].toLowerCase()}.`);
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="besluit-title">
      <Heading level={3} id="besluit-title">
        Besluit nemen
      </Heading>
      <Paragraph>
        Schorsing en intrekking gelden direct voor de erkenningen die u kiest: de open leerplaatsen voor die
        kwalificaties sluiten.
      </Paragraph>
      <ErrorSummary errors={submission.summary(DECISION_IDS, DECISION_LABELS)} title="Het besluit is niet vastgelegd" />
      <SelectField
        id={DECISION_IDS.decision}
        label={DECISION_LABELS.decision}
        value={form.decision}
        onChange={chooseDecision}
        placeholder="Kies een besluit"
        options={(Object.keys(DECISION) as CaseDecision[]).map((value) => ({ value, label: DECISION[value] }))}
        error={errors.decision}
      />
      <TextareaField
        id={DECISION_IDS.motivation}
        label={DECISION_LABELS.motivation}
        description="Het leerbedrijf leest deze motivering."
        value={form.motivation}
        onChange={set('motivation')}
        error={errors.motivation}
      />
      {(form.decision === 'SUSPENSION' || form.decision === 'WITHDRAWAL') && accreditations ? (
        <FieldGroup
          legend={`Erkenningen waarvoor de ${form.decision === 'SUSPENSION' ? 'schorsing' : 'intrekking'} geldt`}
          id={DECISION_IDS.accreditationIds}
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
            id={DECISION_IDS.agreements}
            label="Soort verbeterafspraak"
            value={form.agreementKind}
            onChange={set('agreementKind')}
            placeholder="Kies"
            options={(Object.keys(AGREEMENT_KIND) as ImprovementAgreementKind[]).map((value) => ({
              value,
              label: AGREEMENT_KIND[value],
            }))}
            error={errors.agreements}
          />
          <TextField
            id="besluit-afspraak-tekst"
            label="Wat het leerbedrijf afspreekt"
            value={form.agreementText}
            onChange={set('agreementText')}
          />
          <TextField
            id="besluit-afspraak-termijn"
            type="date"
            label="Termijn"
            value={form.agreementDue}
            onChange={set('agreementDue')}
          />
        </>
      ) : null}
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Besluit vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}
