import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import { Failed, FormFrame, Loading, Paragraph, SuccessMessage, TextareaField, TextField, useForm } from '@stelsel/ui';
import { useState } from 'react';
import type { SchoolPublicationsQuery } from '../graphql/generated/graphql.ts';
import {
  publishLearningMaterialsMutation,
  publishStudentFundMutation,
  schoolPublicationsQuery,
} from '../graphql/publications.ts';
import { currentSchoolYearQuery } from '../graphql/student-measures.ts';
import { bookListText } from './book-list.ts';
import { type FundField, fundFromForm, type MaterialsField, materialsFromForm } from './publication-forms.ts';

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
  const f = useForm({
    initial: {
      terms: current?.published ? (current.terms ?? '') : '',
      decisionDays: String(current?.decisionDays ?? 28),
      books: current?.published ? bookListText(current.books) : '',
    },
    ids: MATERIALS_IDS,
    labels: MATERIALS_LABELS,
  });
  // Publishing replaces what was published: sending it twice does no harm, so no idempotency key is needed.
  const submit = async () => {
    const sent = await f.submission.send(materialsFromForm({ ...f.form, days: f.form.decisionDays }), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(publishLearningMaterialsMutation, { institutionId, schoolYear, ...input })).data
            ?.publishLearningMaterials,
      ),
    );
    if (sent) onDone(`Boekenlijst en voorwaarden voor ${schoolYear} zijn gepubliceerd.`);
  };
  return (
    <FormFrame
      form={f}
      titleId="lijst-title"
      title={`Boekenlijst en voorwaarden ${schoolYear}`}
      intro={
        <Paragraph>
          {current?.published
            ? 'Gepubliceerd; uw studenten lezen dit bij “Mijn rechten”. Opnieuw publiceren vervangt het.'
            : 'Nog niet gepubliceerd. Zolang er niets staat, geldt een beslistermijn van 28 dagen.'}
        </Paragraph>
      }
      errorTitle="De boekenlijst is niet gepubliceerd"
      submitLabel="Boekenlijst publiceren"
      onSubmit={submit}
    >
      <TextareaField {...f.bind('terms')} />
      <TextField {...f.bind('decisionDays')} inputMode="numeric" size={4} />
      <TextareaField
        {...f.bind('books')}
        description="Eén boek per regel: titel; prijs (bijvoorbeeld Rekenen 2F; 29,50)."
      />
    </FormFrame>
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
  const f = useForm({
    initial: {
      summary: current?.summary ?? '',
      howToApply: current?.howToApply ?? '',
      contact: current?.contact ?? '',
      url: current?.url ?? '',
    },
    ids: FUND_IDS,
    labels: FUND_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(fundFromForm(f.form), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(publishStudentFundMutation, { institutionId, ...input })).data?.publishStudentFund,
      ),
    );
    if (sent) onDone('De informatie over het mbo-studentenfonds is gepubliceerd.');
  };
  return (
    <FormFrame
      form={f}
      titleId="fonds-title"
      title="Mbo-studentenfonds"
      intro={<Paragraph>Wat uw studenten, docenten en studieadviseurs over het studentenfonds lezen.</Paragraph>}
      errorTitle="De informatie is niet gepubliceerd"
      submitLabel="Studentenfonds publiceren"
      onSubmit={submit}
    >
      <TextareaField {...f.bind('summary')} />
      <TextareaField {...f.bind('howToApply')} />
      <TextField {...f.bind('contact')} />
      <TextField {...f.bind('url')} />
    </FormFrame>
  );
}
