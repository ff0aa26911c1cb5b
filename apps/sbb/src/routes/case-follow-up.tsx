import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Failed,
  FormFrame,
  formatDate,
  formatDateTime,
  Heading,
  Loading,
  optionsOf,
  SecondaryActionButton,
  SelectField,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import type { SbbCaseAuditQuery, SbbCaseQuery } from '../graphql/generated/graphql.ts';
import { assessAgreementMutation, caseAuditQuery } from '../graphql/sbb.ts';

/** Monitoring a case's improvement agreements, and who read the case (issue 10). */

type Agreement = NonNullable<SbbCaseQuery['sbbCase']>['agreements'][number];
type AssessField = 'agreementId' | 'outcome' | 'note';
const IDS: Record<AssessField, string> = {
  agreementId: 'beoordeling-afspraak',
  outcome: 'beoordeling-uitkomst',
  note: 'beoordeling-toelichting',
};
const LABELS: Record<AssessField, string> = { agreementId: 'Afspraak', outcome: 'Uitkomst', note: 'Toelichting' };
const OUTCOME = { FULFILLED: 'Nagekomen', BREACHED: 'Niet nagekomen' } as const;

/** An open agreement, fulfilled or breached, and a note of 5 characters or more. */
export function assessmentFromForm(form: {
  agreementId: string;
  outcome: string;
  note: string;
}): FormResult<{ agreementId: string; fulfilled: boolean; note: string }, AssessField> {
  const errors: Partial<Record<AssessField, string>> = {};
  if (!form.agreementId) errors.agreementId = 'Kies de afspraak.';
  if (!form.outcome) errors.outcome = 'Kies nagekomen of niet nagekomen.';
  if (form.note.trim().length < 5) errors.note = 'Licht de beoordeling toe in ten minste 5 tekens.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { agreementId: form.agreementId, fulfilled: form.outcome === 'FULFILLED', note: form.note.trim() },
  };
}

export function AssessForm({ agreements, onDone }: { agreements: Agreement[]; onDone: (message: string) => void }) {
  const open = agreements.filter((a) => a.status === 'OPEN');
  const f = useForm({
    initial: { agreementId: '', outcome: '', note: '' },
    ids: IDS,
    labels: LABELS,
    // The outcome is sent as "fulfilled" (a boolean): its error comes under that name.
    serverFields: { fulfilled: 'outcome' },
  });
  // An agreement is assessed once: a second assessment is refused by the service.
  const submit = async () => {
    const sent = await f.submission.send(assessmentFromForm(f.form), (input) =>
      mutationOutcome(
        async () => (await graphqlRequest(assessAgreementMutation, input)).data?.assessImprovementAgreement,
      ),
    );
    if (sent) {
      f.reset();
      onDone(sent.fulfilled ? 'De afspraak is nagekomen.' : 'De afspraak is niet nagekomen; u kunt opnieuw besluiten.');
    }
  };
  if (open.length === 0) return null;
  return (
    <FormFrame
      form={f}
      titleId="beoordeling-title"
      title="Afspraak beoordelen"
      level={3}
      errorTitle="De beoordeling is niet vastgelegd"
      submitLabel="Beoordeling vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('agreementId')}
        placeholder="Kies een afspraak"
        options={open.map((a) => ({ value: a.id, label: `${a.kindLabel} (uiterlijk ${formatDate(a.dueOn)})` }))}
      />
      <SelectField {...f.bind('outcome')} placeholder="Kies" options={optionsOf(OUTCOME)} />
      <TextareaField {...f.bind('note')} />
    </FormFrame>
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
