import { failureMessage, graphqlRequest, useQuery } from '@stelsel/client';
import {
  type AttemptKey,
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  type FormError,
  formatDate,
  formatEuro,
  Heading,
  keyForAttempt,
  Link,
  Loading,
  Paragraph,
  PrimaryActionButton,
  parseEuroInput,
  SuccessMessage,
  TextareaField,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import {
  institutionPublicationsQuery,
  myEntitlementsQuery,
  requestRefundMutation,
  studentSchoolYearQuery,
} from '../graphql/entitlements.ts';
import type { MyEntitlementsQuery } from '../graphql/generated/graphql.ts';

const SUBJECTS = { TAAL: 'Nederlandse taal', REKENEN: 'Rekenen', BURGERSCHAP: 'Burgerschap' } as const;
const KINDS = { BOOK: 'boek', LICENCE: 'licentie' } as const;
const STATUS = { REQUESTED: 'Aangevraagd', APPROVED: 'Toegekend', REFUSED: 'Afgewezen' } as const;

type Refund = NonNullable<MyEntitlementsQuery['me']>['refundRequests'][number];

const REFUND_COLUMNS: Column<Refund>[] = [
  { key: 'materials', header: 'Leermiddelen', rowHeader: true, cell: (r) => r.materials },
  { key: 'amount', header: 'Bedrag', numeric: true, cell: (r) => formatEuro(r.amount) },
  { key: 'requested', header: 'Aangevraagd op', cell: (r) => formatDate(r.requestedOn) },
  { key: 'decideBy', header: 'Besluit uiterlijk', cell: (r) => formatDate(r.decideBy) },
  {
    key: 'status',
    header: 'Stand',
    cell: (r) => (r.overdue ? 'Aangevraagd; de school is te laat met beslissen' : STATUS[r.status]),
  },
  { key: 'reason', header: 'Toelichting van de school', cell: (r) => r.decisionReason ?? '—' },
];

/** "Mijn rechten" (issue 12): free books this year and why, my student card, refunds, the student fund. */
export function EntitlementsPage() {
  const year = useQuery(studentSchoolYearQuery, {});
  return (
    <section aria-labelledby="rechten-title">
      <Heading level={1} id="rechten-title">
        Mijn rechten
      </Heading>
      {year.status === 'loading' ? <Loading>Je gegevens worden opgehaald…</Loading> : null}
      {year.status === 'failed' ? (
        <Failed what="je rechten" message={year.error.message} onRetry={year.reload} />
      ) : null}
      {year.status === 'done' && year.data.currentSchoolYear ? (
        <OfYear schoolYear={year.data.currentSchoolYear} />
      ) : null}
    </section>
  );
}

function OfYear({ schoolYear }: { schoolYear: string }) {
  const result = useQuery(myEntitlementsQuery, { schoolYear, year: Number(schoolYear.slice(0, 4)) });
  // Kept here: the form unmounts while the page reloads after a request.
  const [done, setDone] = useState<string | null>(null);
  if (result.status === 'loading') {
    return (
      <>
        {done ? <SuccessMessage>{done}</SuccessMessage> : null}
        <Loading>Je gegevens worden opgehaald…</Loading>
      </>
    );
  }
  if (result.status === 'failed') {
    return <Failed what="je rechten" message={result.error.message} onRetry={result.reload} />;
  }
  const me = result.data.me;
  if (!me) return <Paragraph>We vinden je inschrijving niet.</Paragraph>;
  const books = me.basicSkillsBooks;
  return (
    <>
      <Heading level={2}>Gratis boeken en licenties ({schoolYear})</Heading>
      {books ? (
        <>
          <Paragraph>
            <strong>{books.entitled ? 'Je krijgt ze gratis.' : 'Je krijgt ze niet gratis.'}</strong> {books.reason}
          </Paragraph>
          {books.provisions.length > 0 ? (
            <ul aria-label="Al gekregen">
              {books.provisions.map((p) => (
                <li key={p.id}>
                  {SUBJECTS[p.subject]}: {KINDS[p.kind]} gekregen op {formatDate(p.providedOn)}
                </li>
              ))}
            </ul>
          ) : null}
          {books.entitled && books.notYetProvided.length > 0 ? (
            <Paragraph>Nog niet gekregen: {books.notYetProvided.map((s) => SUBJECTS[s]).join(', ')}.</Paragraph>
          ) : null}
          {books.entitled && books.notYetProvided.length === 0 ? (
            <Paragraph>Je hebt alles gekregen voor taal, rekenen en burgerschap.</Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph>Je school heeft nog niets over gratis boeken doorgegeven.</Paragraph>
      )}
      <Heading level={2}>Mijn studentenkaart</Heading>
      <Paragraph>
        {me.studentCard
          ? `Kaartnummer ${me.studentCard.cardNumber}, gekregen op ${formatDate(me.studentCard.issuedOn)}, geldig tot en met ${formatDate(me.studentCard.validUntil)}.`
          : 'Je hebt nog geen studentenkaart. Vraag ernaar bij de servicebalie van je school.'}
      </Paragraph>
      <Heading level={2}>In je studentenstad</Heading>
      <StudyCity city={me.studyCity ?? null} year={Number(schoolYear.slice(0, 4))} />
      <Heading level={2}>Ongebruikte leermiddelen terugvragen</Heading>
      <Publications institutionId={me.institution?.id ?? null} schoolYear={schoolYear} />
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <RefundForm
        studentId={me.id}
        schoolYear={schoolYear}
        onDone={(message) => {
          setDone(message);
          result.reload();
        }}
      />
      <DataTable
        caption="Mijn aanvragen"
        columns={REFUND_COLUMNS}
        rows={me.refundRequests}
        rowKey={(r) => r.id}
        empty={<Paragraph>Je hebt nog niets aangevraagd.</Paragraph>}
      />
    </>
  );
}

function Publications({ institutionId, schoolYear }: { institutionId: string | null; schoolYear: string }) {
  const result = useQuery(institutionPublicationsQuery, { institutionId: institutionId ?? '', schoolYear });
  if (!institutionId || result.status !== 'done') return null;
  const { learningMaterials: materials, studentFund: fund } = result.data;
  return (
    <>
      {materials?.published ? (
        <>
          <Paragraph>{materials.terms}</Paragraph>
          <Paragraph>De school beslist binnen {materials.decisionDays} dagen.</Paragraph>
          <ul aria-label="Boekenlijst van je school">
            {materials.books.map((b) => (
              <li key={b.id}>
                {b.title}: {formatEuro(b.price)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>Je school heeft haar boekenlijst en voorwaarden nog niet gepubliceerd.</Paragraph>
      )}
      <Heading level={2}>Mbo-studentenfonds</Heading>
      {fund ? (
        <>
          <Paragraph>{fund.summary}</Paragraph>
          <Paragraph>{fund.howToApply}</Paragraph>
          <Paragraph>Contact: {fund.contact}</Paragraph>
          {fund.url ? <Link href={fund.url}>Meer over het studentenfonds</Link> : null}
        </>
      ) : (
        <Paragraph>
          Je school heeft nog geen informatie over het studentenfonds gepubliceerd. Vraag je decaan.
        </Paragraph>
      )}
    </>
  );
}

function RefundForm({
  studentId,
  schoolYear,
  onDone,
}: {
  studentId: string;
  schoolYear: string;
  onDone: (message: string) => void;
}) {
  const [materials, setMaterials] = useState('');
  const [amount, setAmount] = useState('');
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<AttemptKey | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const money = parseEuroInput(amount);
    const problems: FormError[] = [];
    if (materials.trim().length < 3) problems.push({ fieldId: 'terug-materiaal', message: 'Zeg welke leermiddelen.' });
    if (!money) problems.push({ fieldId: 'terug-bedrag', message: 'Vul het bedrag in, bijvoorbeeld 29,50.' });
    if (explanation.trim().length < 10) {
      problems.push({ fieldId: 'terug-uitleg', message: 'Leg in minstens 10 tekens uit waarom je ze niet gebruikte.' });
    }
    setErrors(problems);
    if (problems.length > 0 || !money) return;
    const input = { studentId, schoolYear, materials, amount: money, explanation };
    const key = keyForAttempt(attempt, input);
    setAttempt(key);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(requestRefundMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.requestRefund;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'RefundRequest') {
        const field = { materials: 'terug-materiaal', amount: 'terug-bedrag', explanation: 'terug-uitleg' }[
          answer.field ?? ''
        ];
        setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        setMaterials('');
        setAmount('');
        setExplanation('');
        setAttempt(null);
        onDone(`Je aanvraag is verstuurd. Je school beslist uiterlijk ${formatDate(answer.decideBy)}.`);
      }
    } catch (e) {
      setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="terug-title">
      <Heading level={3} id="terug-title">
        Terugbetaling aanvragen
      </Heading>
      <ErrorSummary errors={errors} title="Je aanvraag is niet verstuurd" />
      <TextField
        id="terug-materiaal"
        label="Welke leermiddelen"
        value={materials}
        onChange={setMaterials}
        error={fieldError('terug-materiaal')}
      />
      <TextField
        id="terug-bedrag"
        label="Bedrag in euro"
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={fieldError('terug-bedrag')}
      />
      <TextareaField
        id="terug-uitleg"
        label="Waarom heb je ze niet gebruikt?"
        value={explanation}
        onChange={setExplanation}
        error={fieldError('terug-uitleg')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={busy || undefined}>
          Aanvraag versturen
        </PrimaryActionButton>
      </div>
    </form>
  );
}

type City = NonNullable<NonNullable<MyEntitlementsQuery['me']>['studyCity']>;

const WEEK_TEXT = {
  OPEN: 'Je kunt meedoen aan de algemene introductieweek.',
  SEPARATE_PROGRAMME: 'Er is een eigen introductieprogramma voor mbo-studenten.',
  IN_TALKS: 'De gemeente is nog in gesprek over meedoen van mbo-studenten.',
  NOT_YET: 'Mbo-studenten kunnen (nog) niet meedoen aan de introductieweek.',
} as const;
const SPORT_TEXT = {
  OPEN: 'Je kunt gebruikmaken van de studentensport',
  PILOT: 'Er loopt een pilot: je kunt gebruikmaken van de studentensport',
  NOT_OPEN: 'Je kunt (nog) geen gebruikmaken van de studentensport.',
} as const;

/** Whether the city where the student studies opens its intro week and student sport to mbo students (issue 12). */
function StudyCity({ city, year }: { city: City | null; year: number }) {
  if (!city) return <Paragraph>We weten niet in welke stad je school staat.</Paragraph>;
  const sport = city.studentSport;
  return (
    <ul aria-label={`Introductieweek en studentensport in ${city.name}`}>
      <li>
        Introductieweek {year} in {city.name}:{' '}
        {city.introWeek ? WEEK_TEXT[city.introWeek.status] : 'de gemeente heeft nog niets vastgelegd.'}
        {city.introWeek?.organiser ? ` Organisatie: ${city.introWeek.organiser}.` : ''}
      </li>
      <li>
        Studentensport in {city.name}:{' '}
        {sport
          ? sport.access === 'NOT_OPEN'
            ? SPORT_TEXT.NOT_OPEN
            : `${SPORT_TEXT[sport.access]} (${sport.facilities.join(', ')})${sport.openFrom ? ` vanaf ${formatDate(sport.openFrom)}` : ''}.${sport.conditions ? ` ${sport.conditions}` : ''}`
          : 'de gemeente heeft nog niets vastgelegd.'}
      </li>
    </ul>
  );
}
