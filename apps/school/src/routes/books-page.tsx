import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  type Column,
  DataTable,
  Failed,
  FormFrame,
  Heading,
  Loading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
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
      <QueryStatus result={year} what="het schooljaar" loading="Schooljaar wordt opgehaald…" />
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

type ProvisionField = 'studentId' | 'subject' | 'providedOn';
const PROVISION_IDS: Record<ProvisionField, string> = {
  studentId: 'boeken-student',
  subject: 'boeken-vak',
  providedOn: 'boeken-datum',
};
const PROVISION_LABELS: Record<ProvisionField, string> = {
  studentId: 'Student',
  subject: 'Vak',
  providedOn: 'Datum van verstrekking',
};
type Subject = keyof typeof SUBJECT_LABELS;
type ProvisionInput = { studentId: string; subject: Subject; kind: 'BOOK' | 'LICENCE'; providedOn: string };

/** The provision as the form has it, checked: a student with a right, a subject, a date. */
export function provisionFromForm(
  form: { studentId: string; subject: string; kind: string; providedOn: string },
  entitled: boolean,
): FormResult<ProvisionInput, ProvisionField> {
  const errors: Partial<Record<ProvisionField, string>> = {};
  if (!form.studentId || !entitled) errors.studentId = 'Kies de student.';
  if (!form.subject) errors.subject = 'Kies het vak.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.providedOn)) errors.providedOn = 'Vul de datum in als JJJJ-MM-DD.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      studentId: form.studentId,
      subject: form.subject as Subject,
      kind: form.kind === 'LICENCE' ? 'LICENCE' : 'BOOK',
      providedOn: form.providedOn,
    },
  };
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
  const f = useForm({
    initial: () => ({ studentId: '', subject: '', kind: 'BOOK', providedOn: todayInNetherlands() }),
    ids: PROVISION_IDS,
    labels: PROVISION_LABELS,
  });
  const open = students.filter((s) => s.notYetProvided.length > 0);
  const chosen = open.find((s) => s.student?.id === f.form.studentId);

  const submit = async () => {
    const checked = provisionFromForm(f.form, chosen !== undefined);
    const sent = await f.submission.send(checked, (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordBookProvisionMutation, { ...input, schoolYear, idempotencyKey })).data
            ?.recordBookProvision,
      ),
    );
    if (sent && chosen) {
      f.set('subject', '');
      onDone(`Vastgelegd: ${SUBJECT_LABELS[sent.subject]} voor ${nameOf(chosen)}.`);
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="boeken-form-title"
      title="Verstrekking vastleggen"
      errorTitle="De verstrekking is niet vastgelegd"
      submitLabel="Verstrekking vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('studentId')}
        placeholder="Kies een student met recht"
        options={open.map((s) => ({ value: s.student?.id ?? '', label: nameOf(s) }))}
      />
      <SelectField
        {...f.bind('subject')}
        placeholder="Kies het vak"
        options={(chosen?.notYetProvided ?? ['TAAL', 'REKENEN', 'BURGERSCHAP']).map((s) => ({
          value: s,
          label: SUBJECT_LABELS[s as keyof typeof SUBJECT_LABELS],
        }))}
      />
      <SelectField
        id="boeken-soort"
        label="Wat is verstrekt"
        value={f.form.kind}
        onChange={(kind) => f.set('kind', kind)}
        options={[
          { value: 'BOOK', label: 'Boek' },
          { value: 'LICENCE', label: 'Licentie' },
        ]}
      />
      <TextField {...f.bind('providedOn')} description="JJJJ-MM-DD" />
    </FormFrame>
  );
}
