import { failureMessage, graphqlRequest, useQuery } from '@stelsel/client';
import {
  ErrorSummary,
  Failed,
  type FormError,
  Heading,
  Loading,
  Paragraph,
  PrimaryActionButton,
  SuccessMessage,
  TextareaField,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import type { SchoolPublicationsQuery } from '../graphql/generated/graphql.ts';
import {
  publishLearningMaterialsMutation,
  publishStudentFundMutation,
  schoolPublicationsQuery,
} from '../graphql/publications.ts';
import { currentSchoolYearQuery } from '../graphql/student-measures.ts';
import { bookListText, parseBookList } from './book-list.ts';

/** What the school publishes for its students: the book list and terms of this school year, and the student fund. */
export function PublicationsSection({ institutionId }: { institutionId: string }) {
  const year = useQuery(currentSchoolYearQuery, {});
  if (year.status === 'loading') return <Loading>Het schooljaar wordt opgehaald…</Loading>;
  if (year.status === 'failed')
    return <Failed what="het schooljaar" message={year.error.message} onRetry={year.reload} />;
  return year.data.currentSchoolYear ? (
    <Publications institutionId={institutionId} schoolYear={year.data.currentSchoolYear} />
  ) : null;
}

function Publications({ institutionId, schoolYear }: { institutionId: string; schoolYear: string }) {
  const result = useQuery(schoolPublicationsQuery, { institutionId, schoolYear });
  const [done, setDone] = useState<string | null>(null);
  if (result.status === 'loading') return <Loading>Boekenlijst en studentenfonds worden opgehaald…</Loading>;
  if (result.status === 'failed') {
    return (
      <Failed what="de boekenlijst en het studentenfonds" message={result.error.message} onRetry={result.reload} />
    );
  }
  const published = (message: string) => {
    setDone(message);
    result.reload();
  };
  return (
    <>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <MaterialsForm
        institutionId={institutionId}
        schoolYear={schoolYear}
        current={result.data.learningMaterials ?? null}
        onDone={published}
      />
      <FundForm institutionId={institutionId} current={result.data.studentFund ?? null} onDone={published} />
    </>
  );
}

type Materials = NonNullable<SchoolPublicationsQuery['learningMaterials']>;
type Fund = NonNullable<SchoolPublicationsQuery['studentFund']>;

function MaterialsForm({
  institutionId,
  schoolYear,
  current,
  onDone,
}: {
  institutionId: string;
  schoolYear: string;
  current: Materials | null;
  onDone: (m: string) => void;
}) {
  const [terms, setTerms] = useState(current?.published ? (current.terms ?? '') : '');
  const [days, setDays] = useState(String(current?.decisionDays ?? 28));
  const [books, setBooks] = useState(current?.published ? bookListText(current.books) : '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (terms.trim().length < 20) {
      problems.push({ fieldId: 'lijst-voorwaarden', message: 'Beschrijf de voorwaarden in minstens 20 tekens.' });
    }
    if (!/^\d{1,2}$/.test(days.trim()) || Number(days) < 1 || Number(days) > 90) {
      problems.push({ fieldId: 'lijst-termijn', message: 'De beslistermijn is 1 tot en met 90 dagen.' });
    }
    const list = parseBookList(books);
    if ('problem' in list) problems.push({ fieldId: 'lijst-boeken', message: list.problem });
    setErrors(problems);
    if (problems.length > 0 || 'problem' in list) return;
    setBusy(true);
    try {
      const { data } = await graphqlRequest(publishLearningMaterialsMutation, {
        institutionId,
        schoolYear,
        terms: terms.trim(),
        decisionDays: Number(days),
        books: list.books,
      });
      const answer = data?.publishLearningMaterials;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'LearningMaterials') {
        const field = { terms: 'lijst-voorwaarden', decisionDays: 'lijst-termijn', books: 'lijst-boeken' }[
          answer.field ?? ''
        ];
        setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else onDone(`Boekenlijst en voorwaarden voor ${schoolYear} zijn gepubliceerd.`);
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="lijst-title">
      <Heading level={2} id="lijst-title">
        Boekenlijst en voorwaarden {schoolYear}
      </Heading>
      <Paragraph>
        {current?.published
          ? 'Gepubliceerd; uw studenten lezen dit bij “Mijn rechten”. Opnieuw publiceren vervangt het.'
          : 'Nog niet gepubliceerd. Zolang er niets staat, geldt een beslistermijn van 28 dagen.'}
      </Paragraph>
      <ErrorSummary errors={errors} title="De boekenlijst is niet gepubliceerd" />
      <TextareaField
        id="lijst-voorwaarden"
        label="Voorwaarden van de regeling ongebruikte leermiddelen"
        value={terms}
        onChange={setTerms}
        error={fieldError('lijst-voorwaarden')}
      />
      <TextField
        id="lijst-termijn"
        label="Beslistermijn in dagen"
        value={days}
        onChange={setDays}
        inputMode="numeric"
        size={4}
        error={fieldError('lijst-termijn')}
      />
      <TextareaField
        id="lijst-boeken"
        label="Boekenlijst"
        description="Eén boek per regel: titel; prijs (bijvoorbeeld Rekenen 2F; 29,50)."
        value={books}
        onChange={setBooks}
        error={fieldError('lijst-boeken')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Boekenlijst publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}

function FundForm({
  institutionId,
  current,
  onDone,
}: {
  institutionId: string;
  current: Fund | null;
  onDone: (m: string) => void;
}) {
  const [summary, setSummary] = useState(current?.summary ?? '');
  const [howToApply, setHowToApply] = useState(current?.howToApply ?? '');
  const [contact, setContact] = useState(current?.contact ?? '');
  const [url, setUrl] = useState(current?.url ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (summary.trim().length < 10) problems.push({ fieldId: 'fonds-wat', message: 'Vul in wat het fonds doet.' });
    if (howToApply.trim().length < 10) {
      problems.push({ fieldId: 'fonds-hoe', message: 'Vul in hoe een student een aanvraag doet.' });
    }
    if (contact.trim().length < 3) problems.push({ fieldId: 'fonds-contact', message: 'Vul een contact in.' });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const { data } = await graphqlRequest(publishStudentFundMutation, {
        institutionId,
        summary: summary.trim(),
        howToApply: howToApply.trim(),
        contact: contact.trim(),
        url: url.trim() || null,
      });
      const answer = data?.publishStudentFund;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'StudentFundInfo') {
        const field = { summary: 'fonds-wat', howToApply: 'fonds-hoe', contact: 'fonds-contact', url: 'fonds-url' }[
          answer.field ?? ''
        ];
        setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else onDone('De informatie over het mbo-studentenfonds is gepubliceerd.');
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="fonds-title">
      <Heading level={2} id="fonds-title">
        Mbo-studentenfonds
      </Heading>
      <Paragraph>Wat uw studenten, docenten en studieadviseurs over het studentenfonds lezen.</Paragraph>
      <ErrorSummary errors={errors} title="De informatie is niet gepubliceerd" />
      <TextareaField
        id="fonds-wat"
        label="Wat doet het fonds?"
        value={summary}
        onChange={setSummary}
        error={fieldError('fonds-wat')}
      />
      <TextareaField
        id="fonds-hoe"
        label="Hoe vraagt een student aan?"
        value={howToApply}
        onChange={setHowToApply}
        error={fieldError('fonds-hoe')}
      />
      <TextField
        id="fonds-contact"
        label="Contact"
        value={contact}
        onChange={setContact}
        error={fieldError('fonds-contact')}
      />
      <TextField
        id="fonds-url"
        label="Website (optioneel)"
        value={url}
        onChange={setUrl}
        error={fieldError('fonds-url')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Studentenfonds publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}
