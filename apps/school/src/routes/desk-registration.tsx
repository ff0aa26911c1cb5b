import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import { ReportBasicsFields, ReporterContactFields } from '@stelsel/reports-react';
import {
  Failed,
  FormFrame,
  formatDate,
  formatDateTime,
  Heading,
  Loading,
  Paragraph,
  QueryStatus,
  SelectField,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import type { SchoolReportDeskQuery } from '../graphql/generated/graphql.ts';
import {
  addReportNoteMutation,
  deskRegistrationQuery,
  deskReportQuery,
  registerReportMutation,
} from '../graphql/report-desk.ts';
import {
  EMPTY_REGISTRATION,
  type NoteField,
  noteFromForm,
  type RegistrationField,
  type RegistrationForm,
  registrationFieldOf,
  registrationFromForm,
} from './desk-registration-form.ts';
import { toggled } from './form-parts.ts';

type DeskReport = NonNullable<SchoolReportDeskQuery['deskReports']>[number];

const IDS: Record<RegistrationField, string> = {
  companyId: 'registratie-bedrijf',
  kind: 'registratie-soort',
  moment: 'registratie-moment',
  grounds: 'registratie-gronden',
  occurredOn: 'registratie-datum',
  description: 'registratie-verhaal',
  identified: 'registratie-met-naam',
  reporter: 'registratie-melder',
};
const LABELS: Record<RegistrationField, string> = {
  companyId: 'Leerbedrijf',
  kind: 'Wat gebeurde er',
  moment: 'Wanneer',
  grounds: 'Op grond van',
  occurredOn: 'Datum',
  description: 'Wat de student vertelt',
  identified: 'Met naam of anoniem',
  reporter: 'De student',
};

/** The desk writes down a report a student brings in person or by phone, on the student's behalf (issue 10). */
export function RegisterReportForm({ onDone }: { onDone: (message: string) => void }) {
  const options = useQuery(deskRegistrationQuery, {});
  const f = useForm<RegistrationForm, RegistrationField>({
    initial: EMPTY_REGISTRATION,
    ids: IDS,
    labels: LABELS,
    serverFields: registrationFieldOf,
  });
  const submit = async () => {
    let code = '';
    const sent = await f.submission.send(registrationFromForm(f.form, todayInNetherlands()), (input, idempotencyKey) =>
      mutationOutcome(async () => {
        const answer = (await graphqlRequest(registerReportMutation, { input, idempotencyKey })).data?.registerReport;
        if (answer?.__typename === 'ReportReceipt') code = answer.receiptCode;
        return answer;
      }),
    );
    if (sent) {
      f.reset();
      onDone(
        `De melding is vastgelegd. Geef de student de ontvangstcode ${code}: daarmee volgt de student de melding.`,
      );
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="registratie-title"
      title="Melding vastleggen voor een student"
      intro={
        <>
          <Paragraph>
            Voor een student die persoonlijk of telefonisch meldt. De melding staat daarna hier in de lijst en moet
            binnen de termijn naar SBB.
          </Paragraph>
          <QueryStatus result={options} what="de leerbedrijven" loading="Leerbedrijven worden opgehaald…" />
        </>
      }
      errorTitle="De melding is niet vastgelegd"
      submitLabel="Melding vastleggen"
      onSubmit={submit}
    >
      <ReportBasicsFields
        ids={IDS}
        labels={LABELS}
        form={f.form}
        onChange={f.set}
        onGround={(code, on) => f.setForm((x) => ({ ...x, grounds: toggled(x.grounds, code, on) }))}
        companies={options.status === 'done' ? (options.data.accreditedCompanies ?? []) : []}
        grounds={options.status === 'done' ? (options.data.discriminationGrounds ?? []) : []}
        errors={f.errors}
        texts={{ companyPlaceholder: 'Kies het erkende leerbedrijf' }}
      />
      <SelectField
        {...f.bind('identified')}
        placeholder="Kies"
        options={[
          { value: 'yes', label: 'Met naam: de student mag bekend zijn bij het meldpunt en SBB' },
          { value: 'no', label: 'Anoniem' },
        ]}
      />
      {f.form.identified === 'yes' ? (
        <ReporterContactFields
          id={IDS.reporter}
          legend={LABELS.reporter}
          value={f.form}
          onChange={f.set}
          error={f.errors.reporter}
          optional={['email', 'phone']}
        />
      ) : null}
    </FormFrame>
  );
}

const NOTE_IDS: Record<NoteField, string> = { reportId: 'notitie-melding', text: 'notitie-tekst' };
const NOTE_LABELS: Record<NoteField, string> = { reportId: 'Melding om in te zien', text: 'Notitie' };

/** Notes on a desk report: read it in full (recorded in the audit log), see the notes, add one. */
export function ReportNotes({ reports }: { reports: DeskReport[] }) {
  const [reportId, setReportId] = useState('');
  return (
    <section aria-labelledby="notities-title">
      <Heading level={2} id="notities-title">
        Melding inzien en notities
      </Heading>
      <Paragraph>Het openen van een melding wordt vastgelegd in het auditlog (wie, wanneer, welke gegevens).</Paragraph>
      <SelectField
        id={NOTE_IDS.reportId}
        label={NOTE_LABELS.reportId}
        value={reportId}
        onChange={setReportId}
        placeholder={reports.length === 0 ? 'Geen meldingen' : 'Kies een melding'}
        options={reports.map((r) => ({
          value: r.id,
          label: `${r.company?.name ?? 'Leerbedrijf'}: ${r.kindLabel.toLowerCase()}, ${formatDate(r.occurredOn)}`,
        }))}
      />
      {reportId ? <ReportWithNotes key={reportId} reportId={reportId} /> : null}
    </section>
  );
}

function ReportWithNotes({ reportId }: { reportId: string }) {
  const result = useQuery(deskReportQuery, { id: reportId });
  const f = useForm<{ text: string }, NoteField>({ initial: { text: '' }, ids: NOTE_IDS, labels: NOTE_LABELS });
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    setSaved(false);
    const sent = await f.submission.send(noteFromForm({ reportId, text: f.form.text }), (input) =>
      mutationOutcome(async () => (await graphqlRequest(addReportNoteMutation, input)).data?.addReportNote),
    );
    if (sent) {
      f.reset();
      setSaved(true);
      result.reload();
    }
  };
  if (result.status === 'loading') return <Loading>De melding wordt opgehaald…</Loading>;
  if (result.status === 'failed')
    return <Failed what="de melding" message={result.error.message} onRetry={result.reload} />;
  const report = result.data.report;
  if (!report) return <Paragraph>Deze melding is er niet (meer).</Paragraph>;
  return (
    <>
      <dl className="stelsel-facts">
        <dt>Wat</dt>
        <dd>
          {report.kindLabel}, {report.momentLabel.toLowerCase()}, {formatDate(report.occurredOn)}
        </dd>
        <dt>Stand</dt>
        <dd>{report.statusLabel}</dd>
        <dt>Verhaal</dt>
        <dd>{report.description}</dd>
      </dl>
      {report.notes.length === 0 ? <Paragraph>Nog geen notities.</Paragraph> : null}
      <ol aria-label="Notities">
        {report.notes.map((n) => (
          <li key={`${n.at}-${n.text.slice(0, 20)}`}>
            {formatDateTime(n.at)} ({n.by.roleLabel}): {n.text}
          </li>
        ))}
      </ol>
      <FormFrame
        form={f}
        label="Notitie toevoegen"
        intro={saved ? <Paragraph role="status">De notitie is toegevoegd.</Paragraph> : null}
        errorTitle="De notitie is niet toegevoegd"
        submitLabel="Notitie toevoegen"
        onSubmit={submit}
      >
        <TextareaField {...f.bind('text')} rows={2} />
      </FormFrame>
    </>
  );
}
