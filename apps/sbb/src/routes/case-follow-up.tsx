import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  formatDate,
  formatDateTime,
  Heading,
  Loading,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextareaField,
  useSubmission,
} from '@stelsel/ui';
import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import { type FormEvent, useState } from 'react';
import type { SbbCaseAuditQuery, SbbCaseQuery } from '../graphql/generated/graphql.ts';
import { assessAgreementMutation, caseAuditQuery } from '../graphql/sbb.ts';

/** Monitoring a case's improvement agreements, and who read the case (issue 10). */

type Agreement = NonNullable<SbbCaseQuery['sbbCase']>['agreements'][number];
type AssessField = 'agreementId' | 'fulfilled' | 'note';
const IDS: Record<AssessField, string> = {
  agreementId: 'beoordeling-afspraak',
  fulfilled: 'beoordeling-uitkomst',
  note: 'beoordeling-toelichting',
};
const LABELS: Record<AssessField, string> = { agreementId: 'Afspraak', fulfilled: 'Uitkomst', note: 'Toelichting' };

/** An open agreement, fulfilled or breached, and a note of 5 characters or more. */
export function assessmentFromForm(form: {
  agreementId: string;
  outcome: string;
  note: string;
}): FormResult<{ agreementId: string; fulfilled: boolean; note: string }, AssessField> {
  const errors: Partial<Record<AssessField, string>> = {};
  if (!form.agreementId) errors.agreementId = 'Kies de afspraak.';
  if (!form.outcome) errors.fulfilled = 'Kies nagekomen of niet nagekomen.';
  if (form.note.trim().length < 5) errors.note = 'Licht de beoordeling toe in ten minste 5 tekens.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { agreementId: form.agreementId, fulfilled: form.outcome === 'FULFILLED', note: form.note.trim() },
  };
}

export function AssessForm({ agreements, onDone }: { agreements: Agreement[]; onDone: (message: string) => void }) {
  const open = agreements.filter((a) => a.status === 'OPEN');
  const [form, setForm] = useState({ agreementId: '', outcome: '', note: '' });
  const submission = useSubmission(fieldOf<AssessField>(['agreementId', 'fulfilled', 'note']));
  // An agreement is assessed once: a second assessment is refused by the service.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(assessmentFromForm(form), (input) =>
      mutationOutcome(
        async () => (await graphqlRequest(assessAgreementMutation, input)).data?.assessImprovementAgreement,
      ),
    );
    if (sent) {
      setForm({ agreementId: '', outcome: '', note: '' });
      onDone(sent.fulfilled ? 'De afspraak is nagekomen.' : 'De afspraak is niet nagekomen; u kunt opnieuw besluiten.');
    }
  };
  if (open.length === 0) return null;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="beoordeling-title">
      <Heading level={3} id="beoordeling-title">
        Afspraak beoordelen
      </Heading>
      <ErrorSummary errors={submission.summary(IDS, LABELS)} title="De beoordeling is niet vastgelegd" />
      <SelectField
        id={IDS.agreementId}
        label={LABELS.agreementId}
        value={form.agreementId}
        onChange={(agreementId) => setForm((f) => ({ ...f, agreementId }))}
        placeholder="Kies een afspraak"
        options={open.map((a) => ({ value: a.id, label: `${a.kindLabel} (uiterlijk ${formatDate(a.dueOn)})` }))}
        error={submission.fieldErrors.agreementId}
      />
      <SelectField
        id={IDS.fulfilled}
        label={LABELS.fulfilled}
        value={form.outcome}
        onChange={(outcome) => setForm((f) => ({ ...f, outcome }))}
        placeholder="Kies"
        options={[
          { value: 'FULFILLED', label: 'Nagekomen' },
          { value: 'BREACHED', label: 'Niet nagekomen' },
        ]}
        error={submission.fieldErrors.fulfilled}
      />
      <TextareaField
        id={IDS.note}
        label={LABELS.note}
        value={form.note}
        onChange={(note) => setForm((f) => ({ ...f, note }))}
        error={submission.fieldErrors.note}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Beoordeling vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}

type Entry = NonNullable<SbbCaseAuditQuery['caseAuditLog']>[number];
const AUDIT_COLUMNS: Column<Entry>[] = [
  { key: 'at', header: 'Wanneer', rowHeader: true, cell: (e) => formatDateTime(e.at, { seconds: true }) },
  { key: 'who', header: 'Wie', cell: (e) => `${e.subject} (${e.role})` },
  { key: 'what', header: 'Wat', cell: (e) => `${e.action} ${e.entity}` },
  { key: 'fields', header: 'Velden', cell: (e) => e.fields.join(', ') },
];

/** The audit log of a case, on request: opening it is itself a read of who read the case. */
export function AuditLog({ caseId }: { caseId: string }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <Heading level={2}>Wie las deze zaak</Heading>
      {shown ? (
        <AuditTable caseId={caseId} />
      ) : (
        <SecondaryActionButton type="button" onClick={() => setShown(true)}>
          Auditlog tonen
        </SecondaryActionButton>
      )}
    </>
  );
}

function AuditTable({ caseId }: { caseId: string }) {
  const result = useQuery(caseAuditQuery, { caseId });
  if (result.status === 'loading') return <Loading>Het auditlog wordt opgehaald…</Loading>;
  if (result.status === 'failed') {
    return <Failed what="het auditlog" message={result.error.message} onRetry={result.reload} />;
  }
  return (
    <DataTable
      caption="Auditlog van deze zaak: elke inzage van de gegevens"
      columns={AUDIT_COLUMNS}
      rows={result.data.caseAuditLog ?? []}
      rowKey={(e) => `${e.at}-${e.subject}-${e.entity}-${e.fields.join('.')}`}
    />
  );
}
