import { failureMessage, graphqlRequest, useQuery } from '@stelsel/client';
import {
  type AttemptKey,
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  type FormError,
  formatDate,
  Heading,
  keyForAttempt,
  Loading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SuccessMessage,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import type { SchoolCardsQuery } from '../graphql/generated/graphql.ts';
import { issueStudentCardMutation, schoolCardsQuery } from '../graphql/student-measures.ts';

type Row = NonNullable<SchoolCardsQuery['studentCardsOfInstitution']>[number];

const nameOf = (r: Row) => (r.student ? `${r.student.givenName} ${r.student.familyName}` : 'Onbekende student');

const COLUMNS: Column<Row>[] = [
  { key: 'name', header: 'Student', rowHeader: true, sortable: true, cell: nameOf },
  { key: 'card', header: 'Studentenkaart', cell: (r) => r.card?.cardNumber ?? 'Nog geen kaart' },
  { key: 'issued', header: 'Uitgegeven op', cell: (r) => (r.card ? formatDate(r.card.issuedOn) : '—') },
  { key: 'valid', header: 'Geldig tot en met', cell: (r) => (r.card ? formatDate(r.card.validUntil) : '—') },
];

/** Student cards (issue 12): every student gets a physical card; who has none yet, and issuing one. */
export function CardsPage({ institutionId }: { institutionId: string }) {
  const result = useQuery(schoolCardsQuery, { institutionId });
  // Kept here: the form unmounts while the list reloads after issuing a card.
  const [done, setDone] = useState<string | null>(null);
  const rows = result.status === 'done' ? (result.data.studentCardsOfInstitution ?? []) : [];
  const without = rows.filter((r) => !r.card);
  return (
    <section aria-labelledby="cards-title">
      <Heading level={1} id="cards-title">
        Studentenkaarten
      </Heading>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      {result.status === 'loading' ? <Loading>Studenten worden opgehaald…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de studentenkaarten" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? (
        <>
          <Paragraph>
            {without.length === 0
              ? 'Alle studenten hebben een studentenkaart.'
              : `${without.length} van de ${rows.length} studenten hebben nog geen studentenkaart.`}
          </Paragraph>
          <IssueForm
            without={without}
            onDone={(message) => {
              setDone(message);
              result.reload();
            }}
          />
          <DataTable
            caption="Studentenkaarten van onze studenten"
            columns={COLUMNS}
            rows={[...without, ...rows.filter((r) => r.card)]}
            rowKey={(r) => r.student?.id ?? nameOf(r)}
            csvName="studentenkaarten"
          />
        </>
      ) : null}
    </section>
  );
}

function IssueForm({ without, onDone }: { without: Row[]; onDone: (message: string) => void }) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const [studentId, setStudentId] = useState('');
  const [cardNumber, setCardNumber] = useState('');
  const [validUntil, setValidUntil] = useState(`${Number(today.slice(0, 4)) + 1}-09-30`);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<AttemptKey | null>(null);
  const chosen = without.find((r) => r.student?.id === studentId);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (!chosen) problems.push({ fieldId: 'kaart-student', message: 'Kies de student.' });
    if (!/^[A-Za-z0-9-]{4,32}$/.test(cardNumber.trim())) {
      problems.push({
        fieldId: 'kaart-nummer',
        message: 'Een kaartnummer heeft 4 tot 32 letters, cijfers of streepjes.',
      });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) {
      problems.push({ fieldId: 'kaart-geldig', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    setErrors(problems);
    if (problems.length > 0 || !chosen) return;
    const input = { studentId, cardNumber: cardNumber.trim(), issuedOn: today, validUntil };
    const key = keyForAttempt(attempt, input);
    setAttempt(key);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(issueStudentCardMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.issueStudentCard;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'StudentCard') {
        const field = { studentId: 'kaart-student', cardNumber: 'kaart-nummer', validUntil: 'kaart-geldig' }[
          answer.field ?? ''
        ];
        setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        setStudentId('');
        setCardNumber('');
        setAttempt(null);
        onDone(`Kaart ${answer.cardNumber} uitgegeven aan ${nameOf(chosen)}.`);
      }
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="kaart-title">
      <Heading level={2} id="kaart-title">
        Kaart uitgeven
      </Heading>
      <ErrorSummary errors={errors} title="De kaart is niet uitgegeven" />
      <SelectField
        id="kaart-student"
        label="Student zonder kaart"
        value={studentId}
        onChange={setStudentId}
        placeholder={without.length === 0 ? 'Iedereen heeft een kaart' : 'Kies een student'}
        options={without.map((r) => ({ value: r.student?.id ?? '', label: nameOf(r) }))}
        error={fieldError('kaart-student')}
      />
      <TextField
        id="kaart-nummer"
        label="Kaartnummer"
        value={cardNumber}
        onChange={setCardNumber}
        error={fieldError('kaart-nummer')}
      />
      <TextField
        id="kaart-geldig"
        label="Geldig tot en met"
        description="JJJJ-MM-DD"
        value={validUntil}
        onChange={setValidUntil}
        error={fieldError('kaart-geldig')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Kaart uitgeven
        </PrimaryActionButton>
      </div>
    </form>
  );
}
