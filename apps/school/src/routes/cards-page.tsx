import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  type Column,
  DataTable,
  FormFrame,
  formatDate,
  Heading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
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
      <QueryStatus result={result} what="de studentenkaarten" loading="Studenten worden opgehaald…" />
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

type CardField = 'studentId' | 'cardNumber' | 'validUntil';
const CARD_IDS: Record<CardField, string> = {
  studentId: 'kaart-student',
  cardNumber: 'kaart-nummer',
  validUntil: 'kaart-geldig',
};
const CARD_LABELS: Record<CardField, string> = {
  studentId: 'Student zonder kaart',
  cardNumber: 'Kaartnummer',
  validUntil: 'Geldig tot en met',
};

/** The card as the form has it, checked: a student without a card, a card number, a date. */
export function cardFromForm(
  form: { studentId: string; cardNumber: string; validUntil: string },
  withoutCard: boolean,
): FormResult<{ studentId: string; cardNumber: string; validUntil: string }, CardField> {
  const errors: Partial<Record<CardField, string>> = {};
  if (!form.studentId || !withoutCard) errors.studentId = 'Kies de student.';
  const cardNumber = form.cardNumber.trim();
  if (!/^[A-Za-z0-9-]{4,32}$/.test(cardNumber)) {
    errors.cardNumber = 'Een kaartnummer heeft 4 tot 32 letters, cijfers of streepjes.';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.validUntil)) errors.validUntil = 'Vul de datum in als JJJJ-MM-DD.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { studentId: form.studentId, cardNumber, validUntil: form.validUntil } };
}

function IssueForm({ without, onDone }: { without: Row[]; onDone: (message: string) => void }) {
  const today = todayInNetherlands();
  const f = useForm({
    initial: { studentId: '', cardNumber: '', validUntil: `${Number(today.slice(0, 4)) + 1}-09-30` },
    ids: CARD_IDS,
    labels: CARD_LABELS,
  });
  const chosen = without.find((r) => r.student?.id === f.form.studentId);
  const submit = async () => {
    const checked = cardFromForm(f.form, chosen !== undefined);
    const sent = await f.submission.send(checked, (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(issueStudentCardMutation, { ...input, issuedOn: today, idempotencyKey })).data
            ?.issueStudentCard,
      ),
    );
    if (sent && chosen) {
      f.setForm((form) => ({ ...form, studentId: '', cardNumber: '' }));
      onDone(`Kaart ${sent.cardNumber} uitgegeven aan ${nameOf(chosen)}.`);
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="kaart-title"
      title="Kaart uitgeven"
      errorTitle="De kaart is niet uitgegeven"
      submitLabel="Kaart uitgeven"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('studentId')}
        placeholder={without.length === 0 ? 'Iedereen heeft een kaart' : 'Kies een student'}
        options={without.map((r) => ({ value: r.student?.id ?? '', label: nameOf(r) }))}
      />
      <TextField {...f.bind('cardNumber')} />
      <TextField {...f.bind('validUntil')} description="JJJJ-MM-DD" />
    </FormFrame>
  );
}
