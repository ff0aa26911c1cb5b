import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  ErrorSummary,
  Failed,
  Heading,
  Loading,
  Paragraph,
  PrimaryActionButton,
  SuccessMessage,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import type { SchoolPublicationsQuery } from '../graphql/generated/graphql.ts';
import {
  publishLearningMaterialsMutation,
  publishStudentFundMutation,
  schoolPublicationsQuery,
} from '../graphql/publications.ts';
import { currentSchoolYearQuery } from '../graphql/student-measures.ts';
import { bookListText } from './book-list.ts';
import {
  type FundField,
  type FundInput,
  fundFieldOf,
  fundFromForm,
  type MaterialsField,
  materialsFieldOf,
  materialsFromForm,
} from './publication-forms.ts';

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

const MATERIALS_IDS: Record<MaterialsField, string> = {
  terms: 'lijst-voorwaarden',
  decisionDays: 'lijst-termijn',
  books: 'lijst-boeken',
};
const MATERIALS_LABELS: Record<MaterialsField, string> = {
  terms: 'Voorwaarden van de regeling ongebruikte leermiddelen',
  decisionDays: 'Beslistermijn in dagen',
  books: 'Boekenlijst',
};

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
  const [form, setForm] = useState({
    terms: current?.published ? (current.terms ?? '') : '',
    days: String(current?.decisionDays ?? 28),
    books: current?.published ? bookListText(current.books) : '',
  });
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const submission = useSubmission(materialsFieldOf);
  // Publishing replaces what was published: sending it twice does no harm, so no idempotency key is needed.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(materialsFromForm(form), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(publishLearningMaterialsMutation, { institutionId, schoolYear, ...input })).data
            ?.publishLearningMaterials,
      ),
    );
    if (sent) onDone(`Boekenlijst en voorwaarden voor ${schoolYear} zijn gepubliceerd.`);
  };
  const errors = submission.fieldErrors;
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
      <ErrorSummary
        errors={submission.summary(MATERIALS_IDS, MATERIALS_LABELS)}
        title="De boekenlijst is niet gepubliceerd"
      />
      <TextareaField
        id={MATERIALS_IDS.terms}
        label={MATERIALS_LABELS.terms}
        value={form.terms}
        onChange={set('terms')}
        error={errors.terms}
      />
      <TextField
        id={MATERIALS_IDS.decisionDays}
        label={MATERIALS_LABELS.decisionDays}
        value={form.days}
        onChange={set('days')}
        inputMode="numeric"
        size={4}
        error={errors.decisionDays}
      />
      <TextareaField
        id={MATERIALS_IDS.books}
        label={MATERIALS_LABELS.books}
        description="Eén boek per regel: titel; prijs (bijvoorbeeld Rekenen 2F; 29,50)."
        value={form.books}
        onChange={set('books')}
        error={errors.books}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Boekenlijst publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}

const FUND_IDS: Record<FundField, string> = {
  summary: 'fonds-wat',
  howToApply: 'fonds-hoe',
  contact: 'fonds-contact',
  url: 'fonds-url',
};
const FUND_LABELS: Record<FundField, string> = {
  summary: 'Wat doet het fonds?',
  howToApply: 'Hoe vraagt een student aan?',
  contact: 'Contact',
  url: 'Website (optioneel)',
};

function FundForm({
  institutionId,
  current,
  onDone,
}: {
  institutionId: string;
  current: Fund | null;
  onDone: (m: string) => void;
}) {
  const [form, setForm] = useState<FundInput>({
    summary: current?.summary ?? '',
    howToApply: current?.howToApply ?? '',
    contact: current?.contact ?? '',
    url: current?.url ?? '',
  });
  const set = (field: FundField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const submission = useSubmission(fundFieldOf);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(fundFromForm(form), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(publishStudentFundMutation, { institutionId, ...input })).data?.publishStudentFund,
      ),
    );
    if (sent) onDone('De informatie over het mbo-studentenfonds is gepubliceerd.');
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="fonds-title">
      <Heading level={2} id="fonds-title">
        Mbo-studentenfonds
      </Heading>
      <Paragraph>Wat uw studenten, docenten en studieadviseurs over het studentenfonds lezen.</Paragraph>
      <ErrorSummary errors={submission.summary(FUND_IDS, FUND_LABELS)} title="De informatie is niet gepubliceerd" />
      <TextareaField
        id={FUND_IDS.summary}
        label={FUND_LABELS.summary}
        value={form.summary}
        onChange={set('summary')}
        error={errors.summary}
      />
      <TextareaField
        id={FUND_IDS.howToApply}
        label={FUND_LABELS.howToApply}
        value={form.howToApply}
        onChange={set('howToApply')}
        error={errors.howToApply}
      />
      <TextField
        id={FUND_IDS.contact}
        label={FUND_LABELS.contact}
        value={form.contact}
        onChange={set('contact')}
        error={errors.contact}
      />
      <TextField
        id={FUND_IDS.url}
        label={FUND_LABELS.url}
        value={form.url ?? ''}
        onChange={set('url')}
        error={errors.url}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Studentenfonds publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}
