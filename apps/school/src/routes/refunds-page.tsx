import { failureMessage, graphqlRequest, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  type FormError,
  formatDate,
  formatEuro,
  Heading,
  Loading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SuccessMessage,
  TextareaField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
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
      {result.status === 'loading' ? <Loading>Aanvragen worden opgehaald…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de aanvragen" message={result.error.message} onRetry={result.reload} />
      ) : null}
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

function DecideForm({ open, onDone }: { open: Refund[]; onDone: (message: string) => void }) {
  const [refundId, setRefundId] = useState('');
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (!refundId) problems.push({ fieldId: 'besluit-aanvraag', message: 'Kies de aanvraag.' });
    if (!decision) problems.push({ fieldId: 'besluit-keuze', message: 'Kies toekennen of afwijzen.' });
    if (decision === 'REFUSE' && reason.trim().length < 10) {
      problems.push({ fieldId: 'besluit-reden', message: 'Geef bij een afwijzing een reden van minstens 10 tekens.' });
    }
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const { data } = await graphqlRequest(decideRefundMutation, {
        refundId,
        approve: decision === 'APPROVE',
        reason,
      });
      const answer = data?.decideRefund;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'RefundRequest') {
        setErrors([
          { fieldId: answer.field === 'reason' ? 'besluit-reden' : 'besluit-aanvraag', message: answer.message },
        ]);
      } else {
        setRefundId('');
        setDecision('');
        setReason('');
        onDone(answer.status === 'APPROVED' ? 'De aanvraag is toegekend.' : 'De aanvraag is afgewezen.');
      }
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="besluit-title">
      <Heading level={2} id="besluit-title">
        Beslissen over een aanvraag
      </Heading>
      <ErrorSummary errors={errors} title="Het besluit is niet vastgelegd" />
      <SelectField
        id="besluit-aanvraag"
        label="Aanvraag"
        value={refundId}
        onChange={setRefundId}
        placeholder={open.length === 0 ? 'Geen open aanvragen' : 'Kies een aanvraag'}
        options={open.map((r) => ({
          value: r.id,
          label: `${nameOf(r)}: ${r.materials}, ${formatEuro(r.amount)} (beslissen vóór ${formatDate(r.decideBy)})`,
        }))}
        error={fieldError('besluit-aanvraag')}
      />
      <SelectField
        id="besluit-keuze"
        label="Besluit"
        value={decision}
        onChange={setDecision}
        placeholder="Kies een besluit"
        options={[
          { value: 'APPROVE', label: 'Toekennen' },
          { value: 'REFUSE', label: 'Afwijzen' },
        ]}
        error={fieldError('besluit-keuze')}
      />
      <TextareaField
        id="besluit-reden"
        label="Reden"
        description="Verplicht bij een afwijzing; de student leest deze tekst."
        value={reason}
        onChange={setReason}
        required={decision === 'REFUSE'}
        error={fieldError('besluit-reden')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Besluit vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}
