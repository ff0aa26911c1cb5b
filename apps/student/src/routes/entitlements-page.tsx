import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Failed,
  FormFrame,
  formatDate,
  formatEuro,
  Heading,
  Link,
  Loading,
  Paragraph,
  parseEuroInput,
  QueryStatus,
  SuccessMessage,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
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
      <QueryStatus result={year} what="je rechten" loading="Je gegevens worden opgehaald…" />
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

type RefundField = 'materials' | 'amount' | 'explanation';
const REFUND_IDS: Record<RefundField, string> = {
  materials: 'terug-materiaal',
  amount: 'terug-bedrag',
  explanation: 'terug-uitleg',
};
const REFUND_LABELS: Record<RefundField, string> = {
  materials: 'Welke leermiddelen',
  amount: 'Bedrag in euro',
  explanation: 'Waarom heb je ze niet gebruikt?',
};

/** Which materials, an amount in euro and why they were not used (10 characters or more). */
export function refundFromForm(form: {
  materials: string;
  amount: string;
  explanation: string;
}): FormResult<{ materials: string; amount: string; explanation: string }, RefundField> {
  const errors: Partial<Record<RefundField, string>> = {};
  const amount = parseEuroInput(form.amount);
  if (form.materials.trim().length < 3) errors.materials = 'Zeg welke leermiddelen.';
  if (!amount) errors.amount = 'Vul het bedrag in, bijvoorbeeld 29,50.';
  if (form.explanation.trim().length < 10)
    errors.explanation = 'Leg in minstens 10 tekens uit waarom je ze niet gebruikte.';
  if (Object.keys(errors).length > 0 || !amount) return { ok: false, errors };
  return { ok: true, input: { materials: form.materials, amount, explanation: form.explanation } };
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
  const f = useForm({
    initial: { materials: '', amount: '', explanation: '' },
    ids: REFUND_IDS,
    labels: REFUND_LABELS,
  });
  const submit = async () => {
    let decideBy: string | null = null;
    const sent = await f.submission.send(refundFromForm(f.form), (input, idempotencyKey) =>
      mutationOutcome(async () => {
        const answer = (
          await graphqlRequest(requestRefundMutation, { studentId, schoolYear, ...input, idempotencyKey })
        ).data?.requestRefund;
        if (answer?.__typename === 'RefundRequest') decideBy = answer.decideBy;
        return answer;
      }),
    );
    if (sent && decideBy) {
      f.reset();
      onDone(`Je aanvraag is verstuurd. Je school beslist uiterlijk ${formatDate(decideBy)}.`);
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="terug-title"
      title="Terugbetaling aanvragen"
      level={3}
      errorTitle="Je aanvraag is niet verstuurd"
      submitLabel="Aanvraag versturen"
      onSubmit={submit}
    >
      <TextField {...f.bind('materials')} />
      <TextField {...f.bind('amount')} inputMode="decimal" />
      <TextareaField {...f.bind('explanation')} />
    </FormFrame>
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
