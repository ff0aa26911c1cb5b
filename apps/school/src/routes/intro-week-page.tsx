import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  FormFrame,
  formatEuro,
  Heading,
  Paragraph,
  parseEuroInput,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import type { SchoolIntroWeekContributionsQuery } from '../graphql/generated/graphql.ts';
import { recordContributionMutation, schoolContributionsQuery } from '../graphql/intro-week.ts';

type Contribution = NonNullable<
  NonNullable<SchoolIntroWeekContributionsQuery['institution']>['introWeekContributions']
>[number];

const COLUMNS: Column<Contribution>[] = [
  { key: 'year', header: 'Jaar', rowHeader: true, sortable: true, cell: (c) => String(c.year) },
  { key: 'city', header: 'Gemeente', sortable: true, cell: (c) => c.municipality.name },
  { key: 'amount', header: 'Bijdrage', numeric: true, cell: (c) => formatEuro(c.amount) },
];

/** The institution's financial contributions to the intro weeks of student cities (issue 12; seeds 001 1125–1127). */
export function IntroWeekPage({ institutionId, today = new Date() }: { institutionId: string; today?: Date }) {
  const result = useQuery(schoolContributionsQuery, { institutionId });
  const [done, setDone] = useState<string | null>(null);
  const thisYear = today.getFullYear();
  const contributions = result.status === 'done' ? (result.data.institution?.introWeekContributions ?? []) : [];
  return (
    <section aria-labelledby="intro-title">
      <Heading level={1} id="intro-title">
        Bijdragen aan introductieweken
      </Heading>
      <Paragraph>
        Instellingen kunnen financieel bijdragen aan de algemene introductieweek in hun studentenstad, zodat
        mbo-studenten mee kunnen doen. Wat u hier vastlegt, is openbaar en staat bij de introductieweek van die
        gemeente.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <QueryStatus result={result} what="de bijdragen" loading="De bijdragen worden opgehaald…" />
      {result.status === 'done' ? (
        <>
          <ContributionForm
            institutionId={institutionId}
            years={[thisYear - 1, thisYear, thisYear + 1]}
            cities={result.data.municipalities ?? []}
            onDone={(message) => {
              setDone(message);
              result.reload();
            }}
          />
          <DataTable
            caption="Onze bijdragen aan introductieweken"
            columns={COLUMNS}
            rows={contributions}
            rowKey={(c) => `${c.year}-${c.municipality.code}`}
          />
        </>
      ) : null}
    </section>
  );
}

type ContributionField = 'municipalityCode' | 'year' | 'amount';
const CONTRIBUTION_IDS: Record<ContributionField, string> = {
  municipalityCode: 'bijdrage-gemeente',
  year: 'bijdrage-jaar',
  amount: 'bijdrage-bedrag',
};
const CONTRIBUTION_LABELS: Record<ContributionField, string> = {
  municipalityCode: 'Gemeente',
  year: 'Jaar',
  amount: 'Bedrag in euro',
};

/** The contribution as the form has it, checked: a city and an amount in euro ("7.500,00"). */
export function contributionFromForm(form: {
  code: string;
  year: string;
  amount: string;
}): FormResult<{ code: string; year: number; amount: string }, ContributionField> {
  const errors: Partial<Record<ContributionField, string>> = {};
  if (!form.code) errors.municipalityCode = 'Kies de gemeente.';
  const amount = parseEuroInput(form.amount);
  if (amount === null) errors.amount = 'Vul een bedrag in euro in, bijvoorbeeld 7.500,00.';
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, input: { code: form.code, year: Number(form.year), amount } };
}

function ContributionForm({
  institutionId,
  years,
  cities,
  onDone,
}: {
  institutionId: string;
  years: number[];
  cities: { code: string; name: string }[];
  onDone: (message: string) => void;
}) {
  // The city is held under `municipalityCode`, the field its errors (the form's and the server's) name.
  const f = useForm({
    initial: { municipalityCode: '', year: String(years[1]), amount: '' },
    ids: CONTRIBUTION_IDS,
    labels: CONTRIBUTION_LABELS,
  });
  const submit = async () => {
    const { municipalityCode: code, year, amount } = f.form;
    const cityName = cities.find((c) => c.code === code)?.name ?? code;
    const sent = await f.submission.send(contributionFromForm({ code, year, amount }), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordContributionMutation, { ...input, institutionId, idempotencyKey })).data
            ?.recordIntroWeekContribution,
      ),
    );
    if (sent) {
      f.set('amount', '');
      onDone(`Vastgelegd: ${formatEuro(sent.amount)} voor de introductieweek ${sent.year} in ${cityName}.`);
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="bijdrage-title"
      title="Bijdrage vastleggen"
      errorTitle="De bijdrage is niet vastgelegd"
      submitLabel="Bijdrage vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('municipalityCode')}
        placeholder="Kies een gemeente"
        options={cities.map((c) => ({ value: c.code, label: c.name }))}
      />
      <SelectField {...f.bind('year')} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <TextField
        {...f.bind('amount')}
        description="Een tweede bijdrage voor dezelfde gemeente en hetzelfde jaar vervangt de eerste."
        inputMode="decimal"
        size={12}
      />
    </FormFrame>
  );
}
