import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  FormFrame,
  formatDate,
  formatEuro,
  Heading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import type { SchoolRefundsQuery } from '../graphql/generated/graphql.ts';
import { decideRefundMutation, schoolRefundsQuery } from '../graphql/student-measures.ts';
import { PublicationsSection } from './publications-section.tsx';

type Refund = NonNullable<SchoolRefundsQuery['refundRequestsOfInstitution']>[number];

export const REFUND_STATUS_LABELS = { REQUESTED: 'Aangevraagd', APPROVED: 'Toegekend', REFUSED: 'Afgewezen' } as const;

const nameOf = (r: Refund) => (r.student ? `${r.student.givenName} ${r.student.familyName}` : 'Onbekende student');
const statusText = (r: Refund) => (r.overdue ? 'Aangevraagd, beslistermijn verlopen' : REFUND_STATUS_LABELS[r.status]);

const COLUMNS: Column<Refund>[] = [
  { key: 'name', header: 'Student', rowHeader: true, sortable: true, cell: nameOf },
  { key: 'materials', header: 'Leermiddelen', cell: (r) => r.materials },
  { key: 'amount', header: 'Bedrag', numeric: true, cell: (r) => formatEuro(r.amount) },
  { key: 'requested', header: 'Aangevraagd op', cell: (r) => formatDate(r.requestedOn) },
  { key: 'decideBy', header: 'Beslissen vóór', cell: (r) => formatDate(r.decideBy) },
  { key: 'status', header: 'Stand', cell: statusText },
  { key: 'reason', header: 'Reden', cell: (r) => r.decisionReason ?? '—' },
];

/** The regulation for unused learning materials: the institution's requests and its decisions (issue 12). */
export function RefundsPage({ institutionId }: { institutionId: string }) {
  const result = useQuery(schoolRefundsQuery, { institutionId });
  // Kept here: the form unmounts while the list reloads after a decision.
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="refunds-title">
      <Heading level={1} id="refunds-title">
        Ongebruikte leermiddelen
      </Heading>
      <Paragraph>
        Aanvragen om terugbetaling onder de regeling ongebruikte leermiddelen. Beslis vóór de datum in de kolom
        “Beslissen vóór”; een afwijzing heeft een reden.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <QueryStatus result={result} what="de aanvragen" loading="Aanvragen worden opgehaald…" />
      {result.status === 'done' ? (
        <>
          <DecideForm
            open={(result.data.refundRequestsOfInstitution ?? []).filter((r) => r.status === 'REQUESTED')}
            onDone={(message) => {
              setDone(message);
              result.reload();
            }}
          />
          <DataTable
            caption="Aanvragen om terugbetaling van ongebruikte leermiddelen"
            columns={COLUMNS}
            rows={result.data.refundRequestsOfInstitution ?? []}
            rowKey={(r) => r.id}
            csvName="ongebruikte-leermiddelen"
          />
        </>
      ) : null}
      <PublicationsSection institutionId={institutionId} />
    </section>
  );
}

type DecisionField = 'refundId' | 'approve' | 'reason';
const DECISION_IDS: Record<DecisionField, string> = {
  refundId: 'besluit-aanvraag',
  approve: 'besluit-keuze',
  reason: 'besluit-reden',
};
const DECISION_LABELS: Record<DecisionField, string> = { refundId: 'Aanvraag', approve: 'Besluit', reason: 'Reden' };

/** A request, approve or refuse, and a reason of 10 characters or more with a refusal. */
export function decisionFromForm(form: {
  refundId: string;
  decision: string;
  reason: string;
}): FormResult<{ refundId: string; approve: boolean; reason: string }, DecisionField> {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (!form.refundId) errors.refundId = 'Kies de aanvraag.';
  if (!form.decision) errors.approve = 'Kies toekennen of afwijzen.';
  if (form.decision === 'REFUSE' && form.reason.trim().length < 10) {
    errors.reason = 'Geef bij een afwijzing een reden van minstens 10 tekens.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { refundId: form.refundId, approve: form.decision === 'APPROVE', reason: form.reason } };
}

function DecideForm({ open, onDone }: { open: Refund[]; onDone: (message: string) => void }) {
  // The decision is held under `approve`, the field its errors (the form's and the server's) name.
  const f = useForm({
    initial: { refundId: '', approve: '', reason: '' },
    ids: DECISION_IDS,
    labels: DECISION_LABELS,
  });
  // A decision is taken once: a second one is refused by the service, so no idempotency key is needed.
  const submit = async () => {
    const { refundId, approve, reason } = f.form;
    const sent = await f.submission.send(decisionFromForm({ refundId, decision: approve, reason }), (input) =>
      mutationOutcome(async () => (await graphqlRequest(decideRefundMutation, input)).data?.decideRefund),
    );
    if (sent) {
      f.reset();
      onDone(sent.approve ? 'De aanvraag is toegekend.' : 'De aanvraag is afgewezen.');
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="besluit-title"
      title="Beslissen over een aanvraag"
      errorTitle="Het besluit is niet vastgelegd"
      submitLabel="Besluit vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('refundId')}
        placeholder={open.length === 0 ? 'Geen open aanvragen' : 'Kies een aanvraag'}
        options={open.map((r) => ({
          value: r.id,
          label: `${nameOf(r)}: ${r.materials}, ${formatEuro(r.amount)} (beslissen vóór ${formatDate(r.decideBy)})`,
        }))}
      />
      <SelectField
        {...f.bind('approve')}
        placeholder="Kies een besluit"
        options={[
          { value: 'APPROVE', label: 'Toekennen' },
          { value: 'REFUSE', label: 'Afwijzen' },
        ]}
      />
      <TextareaField
        {...f.bind('reason')}
        description="Verplicht bij een afwijzing; de student leest deze tekst."
        required={f.form.approve === 'REFUSE'}
      />
    </FormFrame>
  );
}
