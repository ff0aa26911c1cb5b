import { failureMessage, graphqlRequest, useQuery } from '@stelsel/client';
import {
  type AttemptKey,
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  type FormError,
  formatEuro,
  Heading,
  keyForAttempt,
  Loading,
  Paragraph,
  PrimaryActionButton,
  parseEuroInput,
  SelectField,
  SuccessMessage,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
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
      {result.status === 'loading' ? <Loading>De bijdragen worden opgehaald…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de bijdragen" message={result.error.message} onRetry={result.reload} />
      ) : null}
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
  const [code, setCode] = useState('');
  const [year, setYear] = useState(String(years[1]));
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<AttemptKey | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (!code) problems.push({ fieldId: 'bijdrage-gemeente', message: 'Kies de gemeente.' });
    const money = parseEuroInput(amount);
    if (money === null)
      problems.push({ fieldId: 'bijdrage-bedrag', message: 'Vul een bedrag in euro in, bijvoorbeeld 7.500,00.' });
    setErrors(problems);
    if (problems.length > 0 || money === null) return;
    const input = { code, year: Number(year), institutionId, amount: money };
    const key = keyForAttempt(attempt, input);
    setAttempt(key);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(recordContributionMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.recordIntroWeekContribution;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'IntroWeekContribution') {
        const field = { municipalityCode: 'bijdrage-gemeente', year: 'bijdrage-jaar', amount: 'bijdrage-bedrag' }[
          answer.field ?? ''
        ];
        setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        setAmount('');
        setAttempt(null);
        onDone(
          `Vastgelegd: ${formatEuro(answer.amount)} voor de introductieweek ${answer.year} in ${answer.municipality.name}.`,
        );
      }
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="bijdrage-title">
      <Heading level={2} id="bijdrage-title">
        Bijdrage vastleggen
      </Heading>
      <ErrorSummary errors={errors} title="De bijdrage is niet vastgelegd" />
      <SelectField
        id="bijdrage-gemeente"
        label="Gemeente"
        value={code}
        onChange={setCode}
        placeholder="Kies een gemeente"
        options={cities.map((c) => ({ value: c.code, label: c.name }))}
        error={fieldError('bijdrage-gemeente')}
      />
      <SelectField
        id="bijdrage-jaar"
        label="Jaar"
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        error={fieldError('bijdrage-jaar')}
      />
      <TextField
        id="bijdrage-bedrag"
        label="Bedrag in euro"
        description="Een tweede bijdrage voor dezelfde gemeente en hetzelfde jaar vervangt de eerste."
        value={amount}
        onChange={setAmount}
        inputMode="decimal"
        size={12}
        error={fieldError('bijdrage-bedrag')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Bijdrage vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}
