import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import {
  type AttemptKey,
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  type FormError,
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
import type { SchoolBooksQuery } from '../graphql/generated/graphql.ts';
import { currentSchoolYearQuery, recordBookProvisionMutation, schoolBooksQuery } from '../graphql/student-measures.ts';

type Row = NonNullable<SchoolBooksQuery['basicSkillsBooksOfInstitution']>[number];

export const SUBJECT_LABELS = { TAAL: 'Nederlandse taal', REKENEN: 'Rekenen', BURGERSCHAP: 'Burgerschap' } as const;
const KIND_LABELS = { BOOK: 'Boek', LICENCE: 'Licentie' } as const;

const nameOf = (r: Row) => (r.student ? `${r.student.givenName} ${r.student.familyName}` : r.schoolYear);

function columns(): Column<Row>[] {
  return [
    { key: 'name', header: 'Student', rowHeader: true, sortable: true, cell: nameOf },
    {
      key: 'entitled',
      header: 'Recht',
      cell: (r) => (r.entitled ? 'Ja' : 'Nee'),
      text: (r) => (r.entitled ? 'Ja' : 'Nee'),
    },
    {
      key: 'provided',
      header: 'Verstrekt',
      cell: (r) =>
        r.provisions.length === 0
          ? '—'
          : r.provisions.map((p) => `${SUBJECT_LABELS[p.subject]} (${KIND_LABELS[p.kind].toLowerCase()})`).join(', '),
    },
    {
      key: 'missing',
      header: 'Nog niet verstrekt',
      cell: (r) => (r.notYetProvided.length === 0 ? '—' : r.notYetProvided.map((s) => SUBJECT_LABELS[s]).join(', ')),
    },
    { key: 'reason', header: 'Waarom', cell: (r) => r.reason },
  ];
}

/** Free basic-skills books (issue 12): which students are entitled this school year, and recording what was provided. */
export function BooksPage({ institutionId }: { institutionId: string }) {
  const year = useQuery(currentSchoolYearQuery, {});
  const schoolYear = year.status === 'done' ? (year.data.currentSchoolYear ?? '') : '';
  return (
    <section aria-labelledby="books-title">
      <Heading level={1} id="books-title">
        Gratis boeken basisvaardigheden
      </Heading>
      <Paragraph>
        Studenten die op 1 september van het schooljaar jonger zijn dan 18, van Entree tot en met niveau 4 (niet vavo of
        ISK), krijgen de boeken en licenties voor taal, rekenen en burgerschap gratis, vanaf schooljaar 2024-2025.
      </Paragraph>
      {year.status === 'loading' ? <Loading>Schooljaar wordt opgehaald…</Loading> : null}
      {year.status === 'failed' ? (
        <Failed what="het schooljaar" message={year.error.message} onRetry={year.reload} />
      ) : null}
      {schoolYear ? <BooksOfYear institutionId={institutionId} schoolYear={schoolYear} /> : null}
    </section>
  );
}

function BooksOfYear({ institutionId, schoolYear }: { institutionId: string; schoolYear: string }) {
  const result = useQuery(schoolBooksQuery, { institutionId, schoolYear });
  // Kept here: the form unmounts while the list reloads after a recording.
  const [done, setDone] = useState<string | null>(null);
  const notice = done ? <SuccessMessage>{done}</SuccessMessage> : null;
  if (result.status === 'loading') {
    return (
      <>
        {notice}
        <Loading>Studenten worden opgehaald…</Loading>
      </>
    );
  }
  if (result.status === 'failed') {
    return <Failed what="de studenten" message={result.error.message} onRetry={result.reload} />;
  }
  const rows = result.data.basicSkillsBooksOfInstitution ?? [];
  const entitled = rows.filter((r) => r.entitled);
  const complete = entitled.filter((r) => r.notYetProvided.length === 0).length;
  return (
    <>
      <Paragraph>
        Schooljaar {schoolYear}: {entitled.length} van de {rows.length} studenten hebben recht; {complete} van hen
        hebben alles gekregen.
      </Paragraph>
      {notice}
      <ProvisionForm
        schoolYear={schoolYear}
        students={entitled}
        onDone={(message) => {
          setDone(message);
          result.reload();
        }}
      />
      <DataTable
        caption={`Recht op gratis boeken in schooljaar ${schoolYear}`}
        columns={columns()}
        rows={[...entitled, ...rows.filter((r) => !r.entitled)]}
        rowKey={(r) => r.student?.id ?? nameOf(r)}
        csvName={`gratis-boeken-${schoolYear}`}
      />
    </>
  );
}

function ProvisionForm({
  schoolYear,
  students,
  onDone,
}: {
  schoolYear: string;
  students: Row[];
  onDone: (message: string) => void;
}) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const [studentId, setStudentId] = useState('');
  const [subject, setSubject] = useState('');
  const [kind, setKind] = useState('BOOK');
  const [providedOn, setProvidedOn] = useState(today);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<AttemptKey | null>(null);
  const open = students.filter((s) => s.notYetProvided.length > 0);
  const chosen = open.find((s) => s.student?.id === studentId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (!chosen) problems.push({ fieldId: 'boeken-student', message: 'Kies de student.' });
    if (!subject) problems.push({ fieldId: 'boeken-vak', message: 'Kies het vak.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(providedOn)) {
      problems.push({ fieldId: 'boeken-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    setErrors(problems);
    if (problems.length > 0 || !chosen) return;
    const input = { studentId, schoolYear, subject: subject as 'TAAL', kind: kind as 'BOOK', providedOn };
    const key = keyForAttempt(attempt, input);
    setAttempt(key);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordBookProvisionMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.recordBookProvision;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (isUserError(answer)) {
        const field = { studentId: 'boeken-student', subject: 'boeken-vak', providedOn: 'boeken-datum' }[
          answer.field ?? ''
        ];
        setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        setSubject('');
        setAttempt(null);
        onDone(`Vastgelegd: ${SUBJECT_LABELS[input.subject]} voor ${nameOf(chosen)}.`);
      }
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="boeken-form-title">
      <Heading level={2} id="boeken-form-title">
        Verstrekking vastleggen
      </Heading>
      <ErrorSummary errors={errors} title="De verstrekking is niet vastgelegd" />
      <SelectField
        id="boeken-student"
        label="Student"
        value={studentId}
        onChange={setStudentId}
        placeholder="Kies een student met recht"
        options={open.map((s) => ({ value: s.student?.id ?? '', label: nameOf(s) }))}
        error={fieldError('boeken-student')}
      />
      <SelectField
        id="boeken-vak"
        label="Vak"
        value={subject}
        onChange={setSubject}
        placeholder="Kies het vak"
        options={(chosen?.notYetProvided ?? ['TAAL', 'REKENEN', 'BURGERSCHAP']).map((s) => ({
          value: s,
          label: SUBJECT_LABELS[s as keyof typeof SUBJECT_LABELS],
        }))}
        error={fieldError('boeken-vak')}
      />
      <SelectField
        id="boeken-soort"
        label="Wat is verstrekt"
        value={kind}
        onChange={setKind}
        options={[
          { value: 'BOOK', label: 'Boek' },
          { value: 'LICENCE', label: 'Licentie' },
        ]}
      />
      <TextField
        id="boeken-datum"
        label="Datum van verstrekking"
        description="JJJJ-MM-DD"
        value={providedOn}
        onChange={setProvidedOn}
        error={fieldError('boeken-datum')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Verstrekking vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}
