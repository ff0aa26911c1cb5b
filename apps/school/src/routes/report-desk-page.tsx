import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
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
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import type { ReportDeskInput, SchoolReportDeskQuery } from '../graphql/generated/graphql.ts';
import { forwardReportMutation, reportDeskQuery, saveReportDeskMutation } from '../graphql/report-desk.ts';
import { RegisterReportForm, ReportNotes } from './desk-registration.tsx';

type DeskReport = NonNullable<SchoolReportDeskQuery['deskReports']>[number];
type Desk = NonNullable<NonNullable<SchoolReportDeskQuery['institution']>['reportDesk']>;

const COLUMNS: Column<DeskReport>[] = [
  { key: 'company', header: 'Leerbedrijf', rowHeader: true, sortable: true, cell: (r) => r.company.name },
  {
    key: 'kind',
    header: 'Wat',
    cell: (r) => `${r.kindLabel}${r.grounds.length ? ` (${r.grounds.map((g) => g.label).join(', ')})` : ''}`,
  },
  { key: 'reporter', header: 'Melder', cell: (r) => (r.anonymous ? 'Anoniem' : 'Met naam') },
  { key: 'received', header: 'Ontvangen', sortable: true, cell: (r) => formatDate(r.receivedAt.slice(0, 10)) },
  {
    key: 'forward',
    header: 'Doorsturen naar SBB',
    cell: (r) =>
      r.forwardedAt
        ? `Doorgestuurd op ${formatDate(r.forwardedAt.slice(0, 10))}`
        : r.forwardDueOn
          ? `${r.overdue ? 'Te laat: uiterlijk' : 'Uiterlijk'} ${formatDate(r.forwardDueOn)}`
          : '—',
  },
  { key: 'status', header: 'Stand', cell: (r) => r.statusLabel },
];

/** "Meldpunt" (issue 10): the school's own report desk, its reports, and forwarding them to SBB in time. */
export function ReportDeskPage({ institutionId }: { institutionId: string }) {
  const result = useQuery(reportDeskQuery, { institutionId });
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    result.reload();
  };
  return (
    <section aria-labelledby="meldpunt-title">
      <Heading level={1} id="meldpunt-title">
        Meldpunt stagediscriminatie
      </Heading>
      <QueryStatus result={result} what="het meldpunt" loading="Het meldpunt wordt opgehaald…" />
      {result.status === 'done' ? (
        <>
          {done ? <SuccessMessage>{done}</SuccessMessage> : null}
          <Paragraph>
            Meldingen over een erkend leerbedrijf stuurt het meldpunt door naar SBB, binnen 5 werkdagen. Een melding die
            te laat is, staat hier en bij SBB gemarkeerd.
          </Paragraph>
          {(result.data.deskReports ?? []).length > 0 ? (
            <DataTable
              caption="Meldingen bij het meldpunt, nieuwste eerst"
              columns={COLUMNS}
              rows={result.data.deskReports ?? []}
              rowKey={(r) => r.id}
            />
          ) : (
            <Paragraph>Er zijn geen meldingen bij het meldpunt.</Paragraph>
          )}
          <ForwardForm
            waiting={(result.data.deskReports ?? []).filter((r) => !r.forwardedAt && r.status === 'AT_DESK')}
            onDone={changed}
          />
          <RegisterReportForm onDone={changed} />
          <ReportNotes reports={result.data.deskReports ?? []} />
          <DeskForm
            name={result.data.institution?.name ?? 'uw instelling'}
            current={result.data.institution?.reportDesk ?? null}
            onDone={changed}
          />
        </>
      ) : null}
    </section>
  );
}

function ForwardForm({ waiting, onDone }: { waiting: DeskReport[]; onDone: (message: string) => void }) {
  const f = useForm({
    initial: { reportId: '' },
    ids: { reportId: 'doorsturen-melding' },
    labels: { reportId: 'Melding' },
  });
  // Forwarding twice is refused by the service (it is with SBB already), so no idempotency key is needed.
  const submit = async () => {
    const { reportId } = f.form;
    const checked: FormResult<{ reportId: string }, 'reportId'> = reportId
      ? { ok: true, input: { reportId } }
      : { ok: false, errors: { reportId: 'Kies de melding.' } };
    const sent = await f.submission.send(checked, (input) =>
      mutationOutcome(async () => (await graphqlRequest(forwardReportMutation, input)).data?.forwardReportToSbb),
    );
    if (sent) {
      f.reset();
      onDone('De melding is doorgestuurd naar SBB.');
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="doorsturen-title"
      title="Doorsturen naar SBB"
      errorTitle="De melding is niet doorgestuurd"
      submitLabel="Doorsturen naar SBB"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('reportId')}
        placeholder={waiting.length === 0 ? 'Geen meldingen om door te sturen' : 'Kies een melding'}
        options={waiting.map((r) => ({
          value: r.id,
          label: `${r.company.name}, ontvangen ${formatDate(r.receivedAt.slice(0, 10))}${r.overdue ? ' (te laat)' : ''}`,
        }))}
      />
    </FormFrame>
  );
}

type DeskField = 'description' | 'contactUrl' | 'email' | 'phone' | 'handlers' | 'availability' | 'alternatives';
const DESK_FIELDS: DeskField[] = [
  'description',
  'contactUrl',
  'email',
  'phone',
  'handlers',
  'availability',
  'alternatives',
];
const DESK_IDS = Object.fromEntries(DESK_FIELDS.map((f) => [f, `meldpunt-${f}`])) as Record<DeskField, string>;
const DESK_LABELS: Record<DeskField, string> = {
  description: 'Uitleg voor studenten',
  contactUrl: 'Webpagina van het meldpunt (optioneel)',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  handlers: 'Wie behandelt de meldingen?',
  availability: 'Bereikbaarheid of reactietermijn',
  alternatives: 'Andere plekken om te melden (optioneel)',
};

/** Who handles reports and when, and at least one way to reach the desk. */
export function deskFromForm(form: Record<DeskField, string>): FormResult<ReportDeskInput, DeskField> {
  const errors: Partial<Record<DeskField, string>> = {};
  const clean = Object.fromEntries(DESK_FIELDS.map((f) => [f, form[f].trim()])) as Record<DeskField, string>;
  if (!clean.handlers) errors.handlers = 'Vul in wie de meldingen behandelt.';
  if (!clean.availability) errors.availability = 'Vul in wanneer het meldpunt bereikbaar is of hoe snel het reageert.';
  if (!clean.email && !clean.phone && !clean.contactUrl) {
    errors.email = 'Geef ten minste één manier om het meldpunt te bereiken: e-mail, telefoon of website.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const optional = (value: string) => value || null;
  return {
    ok: true,
    input: {
      description: optional(clean.description),
      contactUrl: optional(clean.contactUrl),
      email: optional(clean.email),
      phone: optional(clean.phone),
      handlers: clean.handlers,
      availability: clean.availability,
      alternatives: optional(clean.alternatives),
    },
  };
}

function DeskForm({ name, current, onDone }: { name: string; current: Desk | null; onDone: (m: string) => void }) {
  const f = useForm({
    initial: () =>
      Object.fromEntries(DESK_FIELDS.map((field) => [field, current?.[field] ?? ''])) as Record<DeskField, string>,
    ids: DESK_IDS,
    labels: DESK_LABELS,
  });
  // Saving replaces the desk's details: sending it twice does no harm.
  const submit = async () => {
    const sent = await f.submission.send(deskFromForm(f.form), (input) =>
      mutationOutcome(async () => (await graphqlRequest(saveReportDeskMutation, { input })).data?.saveReportDesk),
    );
    if (sent) onDone('Het meldpunt is opgeslagen. Uw studenten zien het bij “Melden”.');
  };
  return (
    <FormFrame
      form={f}
      titleId="meldpunt-form-title"
      title={`Het meldpunt van ${name}`}
      intro={
        <Paragraph>
          {current
            ? 'Zo staat uw meldpunt bij de studenten. Opslaan vervangt het.'
            : 'Uw instelling heeft nog geen meldpunt beschreven; het ministerie ziet dat. Beschrijf het hier.'}
        </Paragraph>
      }
      errorTitle="Het meldpunt is niet opgeslagen"
      submitLabel="Meldpunt opslaan"
      onSubmit={submit}
    >
      <TextareaField {...f.bind('description')} />
      <TextField {...f.bind('handlers')} />
      <TextField {...f.bind('availability')} />
      <TextField {...f.bind('email')} />
      <TextField {...f.bind('phone')} />
      <TextField {...f.bind('contactUrl')} />
      <TextareaField {...f.bind('alternatives')} />
    </FormFrame>
  );
}
