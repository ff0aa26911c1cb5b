import { graphqlRequest, mutationOutcome, unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  FormFrame,
  formatDate,
  formatInteger,
  Heading,
  Paragraph,
  PartialNotice,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import { configureTrancheMutation, qualityOverviewQuery } from '../graphql/funding.ts';
import type { MinistryQualityOverviewQuery } from '../graphql/generated/graphql.ts';
import { type TrancheField, trancheFromForm } from './quality-plan-decision.ts';

type Overview = NonNullable<MinistryQualityOverviewQuery['qualityTrancheOverview']>[number];
type Plan = NonNullable<MinistryQualityOverviewQuery['qualityPlans']>[number];

const STATUS_ORDER = ['DRAFT', 'SUBMITTED', 'ADVISED', 'GRANTED', 'REFUSED'] as const;
const STATUS_HEADERS: Record<(typeof STATUS_ORDER)[number], string> = {
  DRAFT: 'Concept',
  SUBMITTED: 'Ingediend',
  ADVISED: 'Geadviseerd',
  GRANTED: 'Toegekend',
  REFUSED: 'Afgewezen',
};

const countOf = (o: Overview, status: string) => o.counts.find((c) => c.status === status)?.count ?? 0;

const trancheName = (o: Overview) => `${o.tranche.number}e tranche ${o.tranche.year}${o.tranche.demo ? ' (demo)' : ''}`;
const lateText = (o: Overview) =>
  o.tranche.lateHandling === 'NEXT_TRANCHE' ? 'Te laat: naar de volgende tranche' : 'Te laat: niet in behandeling';

const OVERVIEW_COLUMNS: Column<Overview>[] = [
  {
    key: 'tranche',
    header: 'Tranche',
    rowHeader: true,
    text: (o) => `${trancheName(o)}. ${lateText(o)}`,
    cell: (o) => (
      <>
        {trancheName(o)}
        <span className="stelsel-cell-note">{lateText(o)}</span>
      </>
    ),
  },
  { key: 'deadline', header: 'Uiterlijk', cell: (o) => formatDate(o.tranche.deadline) },
  ...STATUS_ORDER.map((status) => ({
    key: status,
    header: STATUS_HEADERS[status],
    numeric: true,
    cell: (o: Overview) => formatInteger(countOf(o, status)),
  })),
  { key: 'total', header: 'Totaal', numeric: true, cell: (o) => formatInteger(o.total) },
];

/** Plans per tranche and the plans to advise on or decide (issue 11): the commission and the minister. */
export function QualityPlansPage({ basePath, navigate }: { basePath: string; navigate: (href: string) => void }) {
  const result = useQuery(qualityOverviewQuery, {});
  const [status, setStatus] = useState('SUBMITTED');
  const [done, setDone] = useState<string | null>(null);
  const columns: Column<Plan>[] = [
    {
      key: 'institution',
      header: 'Instelling',
      rowHeader: true,
      sortable: true,
      text: (p) => p.institution?.name ?? p.institutionId,
      cell: (p) => {
        const href = `${basePath}/kwaliteitsplannen/${encodeURIComponent(p.id)}`;
        return (
          <a
            href={href}
            onClick={(event) => {
              event.preventDefault();
              navigate(href);
            }}
          >
            {p.institution?.name ?? p.institutionId}
          </a>
        );
      },
    },
    { key: 'title', header: 'Plan', cell: (p) => p.title },
    { key: 'tranche', header: 'Tranche', cell: (p) => p.tranche.id },
    { key: 'status', header: 'Stand', cell: (p) => p.statusLabel },
    { key: 'submitted', header: 'Ingediend op', cell: (p) => (p.submittedOn ? formatDate(p.submittedOn) : '—') },
    { key: 'consent', header: 'Instemming beide raden', cell: (p) => (p.hasAllConsents ? 'Ja' : 'Nee') },
  ];
  return (
    <section aria-labelledby="kwaliteit-title">
      <Heading level={1} id="kwaliteit-title">
        Kwaliteitsplannen
      </Heading>
      <Paragraph>
        Regeling Kwaliteitsafspraken mbo 2024–2027: de instellingen dienen hun plan in (eerste tranche uiterlijk 30
        juni, tweede uiterlijk 1 oktober). De Commissie Kwaliteitsafspraken adviseert, de minister besluit.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <QueryStatus result={result} what="de kwaliteitsplannen" loading="Kwaliteitsplannen worden opgehaald…" />
      {result.status === 'done' ? (
        <>
          <PartialNotice unavailable={unavailableFields(result.errors)} services={unavailableServices(result.errors)} />
          <DataTable
            caption="Besluiten per tranche"
            columns={OVERVIEW_COLUMNS}
            rows={result.data.qualityTrancheOverview ?? []}
            rowKey={(o) => o.tranche.id}
            csvName="kwaliteitsplannen-per-tranche"
          />
          <SelectField
            id="kwaliteit-stand"
            label="Toon plannen in de stand"
            value={status}
            onChange={setStatus}
            required={false}
            options={[
              { value: '', label: 'Alle standen' },
              ...STATUS_ORDER.map((s) => ({ value: s, label: STATUS_HEADERS[s] })),
            ]}
          />
          <DataTable
            caption={
              status
                ? `Plannen: ${STATUS_HEADERS[status as (typeof STATUS_ORDER)[number]].toLowerCase()}`
                : 'Alle plannen'
            }
            columns={columns}
            rows={(result.data.qualityPlans ?? []).filter((p) => !status || p.status === status)}
            rowKey={(p) => p.id}
            csvName="kwaliteitsplannen"
          />
          <TrancheForm
            onDone={(message) => {
              setDone(message);
              result.reload();
            }}
          />
        </>
      ) : null}
    </section>
  );
}

const TRANCHE_IDS: Record<TrancheField, string> = {
  year: 'tranche-jaar',
  number: 'tranche-nummer',
  deadline: 'tranche-datum',
  lateHandling: 'tranche-te-laat',
};
const TRANCHE_LABELS: Record<TrancheField, string> = {
  year: 'Jaar',
  number: 'Nummer van de tranche',
  deadline: 'Uiterste indiendatum',
  lateHandling: 'Een plan dat te laat komt',
};

/** The ministry sets a tranche's deadline and what happens to a plan submitted after it (new or changed). */
function TrancheForm({ onDone }: { onDone: (message: string) => void }) {
  const f = useForm({
    initial: { year: '', number: '', deadline: '', lateHandling: '' },
    ids: TRANCHE_IDS,
    labels: TRANCHE_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(trancheFromForm(f.form), (input) =>
      mutationOutcome(
        async () => (await graphqlRequest(configureTrancheMutation, input)).data?.configureQualityTranche,
      ),
    );
    if (sent) onDone(`Tranche ${sent.number} van ${sent.year} staat nu op ${formatDate(sent.deadline)}.`);
  };
  return (
    <FormFrame
      form={f}
      titleId="tranche-title"
      title="Tranche instellen"
      intro={
        <Paragraph>
          Een nieuwe tranche, of een andere datum voor een bestaande. Na de uiterste datum gaat een plan mee in de
          volgende tranche of wordt het niet meer in behandeling genomen.
        </Paragraph>
      }
      errorTitle="De tranche is niet opgeslagen"
      submitLabel="Tranche opslaan"
      onSubmit={submit}
    >
      <TextField {...f.bind('year')} inputMode="numeric" size={4} />
      <TextField {...f.bind('number')} inputMode="numeric" size={2} />
      <TextField {...f.bind('deadline')} type="date" />
      <SelectField
        {...f.bind('lateHandling')}
        placeholder="Kies"
        options={[
          { value: 'NEXT_TRANCHE', label: 'Gaat mee in de volgende tranche' },
          { value: 'REFUSE', label: 'Wordt niet meer in behandeling genomen' },
        ]}
      />
    </FormFrame>
  );
}
