import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import { ReportBasicsFields, ReporterContactFields } from '@stelsel/reports-react';
import {
  type Column,
  DataTable,
  FocusedMessage,
  FormFrame,
  formatDateTime,
  Heading,
  Link,
  optionsOf,
  Paragraph,
  QueryStatus,
  SelectField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import type { StudentReportStartQuery } from '../graphql/generated/graphql.ts';
import { reportStartQuery, submitReportMutation } from '../graphql/reports.ts';
import { FollowReport } from './follow-report.tsx';
import { FOLLOW_PATH } from './paths.ts';
import {
  CHANNEL_LABELS,
  EMPTY_REPORT,
  KIND_LABELS,
  type ReportField,
  type ReportForm,
  reportFieldOf,
  reportFromForm,
} from './report-form.ts';

type Data = StudentReportStartQuery;
type MyReport = NonNullable<Data['myReports']>[number];

const MY_COLUMNS: Column<MyReport>[] = [
  { key: 'company', header: 'Leerbedrijf', rowHeader: true, cell: (r) => r.company.name },
  { key: 'kind', header: 'Wat', cell: (r) => KIND_LABELS[r.kind].split(' (')[0] ?? r.kind },
  { key: 'channel', header: 'Gemeld bij', cell: (r) => CHANNEL_LABELS[r.channel] },
  { key: 'received', header: 'Ontvangen', cell: (r) => formatDateTime(r.receivedAt) },
  { key: 'status', header: 'Stand', cell: (r) => r.statusLabel },
];

/** "Melden" (issue 10): the school's meldpunt and the alternatives, a report, and following it with the receipt code. */
export function ReportPage({ basePath }: { basePath: string }) {
  const result = useQuery(reportStartQuery, {});
  const [receipt, setReceipt] = useState<{ code: string; status: string } | null>(null);
  return (
    <section aria-labelledby="melden-title">
      <Heading level={1} id="melden-title">
        Discriminatie of misbruik melden
      </Heading>
      <Paragraph>
        Word je bij het zoeken naar een stage of tijdens je stage gediscrimineerd, of wordt je als stagiair misbruikt?
        Meld het. Je melding helpt jou, en helpt voorkomen dat het een volgende student overkomt: SBB kan een
        leerbedrijf afspraken laten maken of de erkenning intrekken.
      </Paragraph>
      <QueryStatus result={result} what="het meldpunt" loading="Het meldpunt wordt opgehaald…" />
      {result.status === 'done' ? (
        <>
          <Desk institution={result.data.me?.institution ?? null} alternatives={result.data.reportAlternatives ?? []} />
          {receipt ? (
            <FocusedMessage key={receipt.code}>
              Je melding is ontvangen ({receipt.status}). Je ontvangstcode is <strong>{receipt.code}</strong>. Bewaar
              deze code: daarmee volg je je melding, ook als je anoniem meldde, en ook zonder in te loggen op{' '}
              <Link href={`${basePath}${FOLLOW_PATH}`}>Melding volgen</Link>.
            </FocusedMessage>
          ) : null}
          <Heading level={2}>Melding doen</Heading>
          <ReportFormView
            key={receipt?.code ?? 'nieuw'}
            data={result.data}
            onReported={(code, status) => {
              setReceipt({ code, status });
              result.reload();
            }}
          />
          {result.data.myReports && result.data.myReports.length > 0 ? (
            <DataTable
              caption="Mijn meldingen met naam"
              columns={MY_COLUMNS}
              rows={result.data.myReports}
              rowKey={(r) => r.id}
            />
          ) : null}
        </>
      ) : null}
      <Heading level={2}>Melding volgen</Heading>
      <FollowReport key={receipt?.code ?? 'volgen'} initialCode={receipt?.code ?? ''} />
    </section>
  );
}

function Desk({
  institution,
  alternatives,
}: {
  institution: NonNullable<Data['me']>['institution'] | null;
  alternatives: NonNullable<Data['reportAlternatives']>;
}) {
  const desk = institution?.reportDesk;
  return (
    <>
      <Heading level={2}>Het meldpunt van {institution?.name ?? 'je school'}</Heading>
      {desk?.available ? (
        <ul aria-label="Meldpunt van je school">
          {desk.description ? <li>{desk.description}</li> : null}
          {desk.handlers ? <li>Wie je melding behandelt: {desk.handlers}</li> : null}
          {desk.availability ? <li>Bereikbaar: {desk.availability}</li> : null}
          {desk.email ? <li>E-mail: {desk.email}</li> : null}
          {desk.phone ? <li>Telefoon: {desk.phone}</li> : null}
          {desk.alternatives ? <li>Ook: {desk.alternatives}</li> : null}
          {desk.contactUrl ? (
            <li>
              <Link href={desk.contactUrl}>Website van het meldpunt</Link>
            </li>
          ) : null}
        </ul>
      ) : (
        <Paragraph>
          Je school heeft haar meldpunt nog niet beschreven. Je kunt hieronder toch bij je school melden, of bij SBB of
          de antidiscriminatievoorziening.
        </Paragraph>
      )}
      <Heading level={3}>Melden buiten je school</Heading>
      <ul aria-label="Melden buiten je school">
        {alternatives.map((a) => (
          <li key={a.name}>
            <Link href={a.url}>{a.name}</Link>: {a.description}
          </li>
        ))}
      </ul>
    </>
  );
}

const IDS: Record<ReportField, string> = {
  companyId: 'melding-bedrijf',
  kind: 'melding-soort',
  moment: 'melding-moment',
  grounds: 'melding-gronden',
  occurredOn: 'melding-datum',
  description: 'melding-beschrijving',
  channel: 'melding-kanaal',
  anonymous: 'melding-anoniem',
  contact: 'melding-contact',
};
const LABELS: Record<ReportField, string> = {
  companyId: 'Leerbedrijf',
  kind: 'Wat is er gebeurd?',
  moment: 'Wanneer gebeurde het?',
  grounds: 'Op grond waarvan werd je gediscrimineerd?',
  occurredOn: 'Datum',
  description: 'Beschrijving',
  channel: 'Waar wil je melden?',
  anonymous: 'Met je naam of anoniem?',
  contact: 'Hoe kunnen we je bereiken?',
};

function ReportFormView({ data, onReported }: { data: Data; onReported: (code: string, status: string) => void }) {
  const f = useForm<ReportForm, ReportField>({
    initial: EMPTY_REPORT,
    ids: IDS,
    labels: LABELS,
    // The server names contact fields "contact.email"; the form shows them at the contact block.
    serverFields: reportFieldOf,
  });
  const toggleGround = (code: string, on: boolean) =>
    f.setForm((current) => ({
      ...current,
      grounds: on ? [...current.grounds, code] : current.grounds.filter((g) => g !== code),
    }));
  const today = todayInNetherlands();
  const submit = async () => {
    let receipt: { code: string; status: string } | null = null;
    // One key per attempt: a retry or a double click after a lost answer never makes a second report.
    const sent = await f.submission.send(reportFromForm(f.form, today), (input, idempotencyKey) =>
      mutationOutcome(async () => {
        const answer = (await graphqlRequest(submitReportMutation, { input, idempotencyKey })).data?.submitReport;
        if (answer?.__typename === 'ReportReceipt') {
          receipt = { code: answer.receiptCode, status: answer.progress.statusLabel };
        }
        return answer;
      }),
    );
    const got = receipt as { code: string; status: string } | null;
    if (sent && got) onReported(got.code, got.status);
  };
  return (
    <FormFrame
      form={f}
      titleId="melding-form-title"
      title="Wat wil je melden?"
      level={3}
      errorTitle="Je melding is niet verstuurd"
      submitLabel="Melding versturen"
      onSubmit={submit}
    >
      <ReportBasicsFields
        ids={IDS}
        labels={LABELS}
        form={f.form}
        onChange={f.set}
        onGround={toggleGround}
        companies={data.accreditedCompanies ?? []}
        grounds={data.discriminationGrounds ?? []}
        errors={f.errors}
        texts={{
          companyPlaceholder: 'Kies het leerbedrijf',
          company: 'Alle leerbedrijven die SBB heeft erkend.',
          grounds: 'Bij discriminatie: kies één of meer.',
          description: 'Wat gebeurde er, wie was erbij? Noem geen namen van anderen als dat niet nodig is.',
        }}
      />
      <SelectField {...f.bind('channel')} placeholder="Kies" options={optionsOf(CHANNEL_LABELS)} />
      <SelectField
        {...f.bind('anonymous')}
        placeholder="Kies"
        options={[
          { value: 'no', label: 'Met mijn naam: men kan contact met mij opnemen' },
          { value: 'yes', label: 'Anoniem: er wordt niets over mij bewaard' },
        ]}
      />
      {f.form.anonymous === 'no' ? (
        <ReporterContactFields
          id={IDS.contact}
          legend={LABELS.contact}
          value={f.form}
          onChange={f.set}
          error={f.errors.contact}
          optional={['name', 'email', 'phone']}
          description="Een e-mailadres of een telefoonnummer (of allebei), zodat men je kan bereiken."
        />
      ) : null}
    </FormFrame>
  );
}
