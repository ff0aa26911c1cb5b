import { graphqlRequest, unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import {
  BarChart,
  type Column,
  DataTable,
  FormFrame,
  formatDate,
  formatEuro,
  formatInteger,
  Heading,
  Paragraph,
  PartialNotice,
  QueryStatus,
  SelectField,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import { fundingLinesQuery, proRataQuery } from '../graphql/funding.ts';
import type { MinistryFundingLinesQuery, MinistryProRataQuery } from '../graphql/generated/graphql.ts';
import {
  centsOf,
  millions,
  moneyOf,
  type ProRataField,
  proRataFieldOf,
  proRataFromForm,
  totalsPerRecipient,
} from './funding-model.ts';
import { queryOutcome } from './query-outcome.ts';

type Line = NonNullable<MinistryFundingLinesQuery['fundingLines']>[number];

const YEARS = [2023, 2024, 2025, 2026, 2027, 2028];

const budgetText = (l: Line) =>
  l.budget
    ? `${l.approximate ? 'ca. ' : ''}${formatEuro(l.budget)}`
    : l.total
      ? `${formatEuro(l.total)} in totaal t/m ${l.totalUntilYear}`
      : '—';

const LINE_COLUMNS: Column<Line>[] = [
  {
    key: 'name',
    header: 'Financieringslijn',
    rowHeader: true,
    text: (l) => [l.parentId ? l.name : `${l.name} (koepel)`, l.note].filter(Boolean).join(' — '),
    cell: (l) => (
      <>
        {l.parentId ? l.name : `${l.name} (koepel)`}
        {l.note || l.estimate ? (
          <span className="stelsel-cell-note">
            {[l.estimate ? 'Bedragen per instelling: raming (teldatum 1 oktober 2022, ongecontroleerd).' : null, l.note]
              .filter(Boolean)
              .join(' ')}
          </span>
        ) : null}
      </>
    ),
  },
  { key: 'budget', header: 'Budget', numeric: true, cell: budgetText },
  {
    key: 'recipients',
    header: 'Ontvangers',
    cell: (l) => `${l.recipientsLabel}${l.recipients.length > 1 ? ` (${formatInteger(l.recipients.length)})` : ''}`,
  },
  { key: 'source', header: 'Bron', cell: (l) => l.source },
];

const RECIPIENT_COLUMNS: Column<{ name: string; amount: string; lines: number }>[] = [
  { key: 'name', header: 'Ontvanger', rowHeader: true, sortable: true, cell: (r) => r.name },
  { key: 'amount', header: 'Totaal', numeric: true, cell: (r) => formatEuro(r.amount) },
  { key: 'lines', header: 'Lijnen', numeric: true, cell: (r) => formatInteger(r.lines) },
];

/** The register of funding lines per year: table and chart per line and per recipient, and the pro-rata calculator. */
export function FundingLinesPage() {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const result = useQuery(fundingLinesQuery, { year: Number(year) });
  const lines = result.status === 'done' ? (result.data.fundingLines ?? []) : [];
  const withBudget = lines.filter((l) => l.parentId && l.budget);
  return (
    <section aria-labelledby="lijnen-title">
      <Heading level={1} id="lijnen-title">
        Financieringslijnen
      </Heading>
      <Paragraph>
        Het kabinet investeert structureel zo’n € 377 miljoen extra per jaar in het mbo. Hieronder de lijnen uit de
        Kamerstukken, per jaar, met budget, ontvangers en de regel in de bron.
      </Paragraph>
      <SelectField
        id="lijnen-jaar"
        label="Jaar"
        value={year}
        onChange={setYear}
        options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <QueryStatus result={result} what="de financieringslijnen" loading="Financieringslijnen worden opgehaald…" />
      {result.status === 'done' ? (
        <>
          <PartialNotice unavailable={unavailableFields(result.errors)} services={unavailableServices(result.errors)} />
          <DataTable
            caption={`Financieringslijnen ${year}`}
            columns={LINE_COLUMNS}
            rows={lines}
            rowKey={(l) => l.id}
            csvName={`financieringslijnen-${year}`}
          />
          <BarChart
            title={`Budget per lijn in ${year} (€ miljoen)`}
            summary="Het jaarbudget van elke lijn onder de koepel; lijnen met alleen een totaal over meer jaren staan er niet in."
            labelHeader="Financieringslijn"
            valueHeader="Budget (€ mln)"
            data={withBudget.map((l) => ({
              key: l.id,
              label: l.name,
              value: millions(l.budget as string),
              display: `${l.approximate ? 'ca. ' : ''}${millions(l.budget as string).toLocaleString('nl-NL')}`,
            }))}
          />
          <RecipientTotals lines={lines} year={year} />
        </>
      ) : null}
      <ProRataSection />
    </section>
  );
}

function RecipientTotals({ lines, year }: { lines: Line[]; year: string }) {
  const totals = totalsPerRecipient(lines.filter((l) => l.parentId));
  const top = totals.slice(0, 15);
  return (
    <>
      <DataTable
        caption={`Totaal per ontvanger in ${year}`}
        columns={RECIPIENT_COLUMNS}
        rows={totals}
        rowKey={(r) => r.name}
        csvName={`ontvangers-${year}`}
      />
      <BarChart
        title={`De 15 grootste ontvangers in ${year} (€ miljoen)`}
        summary="Alleen ontvangers waarvoor de bron een bedrag per ontvanger noemt; bedragen per instelling zijn ramingen."
        labelHeader="Ontvanger"
        valueHeader="Totaal (€ mln)"
        data={top.map((r) => ({
          key: r.name,
          label: r.name,
          value: millions(r.amount),
          display: millions(r.amount).toLocaleString('nl-NL'),
        }))}
      />
    </>
  );
}

type Share = NonNullable<MinistryProRataQuery['allocateProRata']>[number];
interface ShareRow {
  id: string;
  name: string;
  students: number;
  amount: string;
  published: string | null;
}

const PRO_RATA_IDS: Record<ProRataField, string> = {
  budget: 'naar-rato-budget',
  countDate: 'naar-rato-teldatum',
  counts: 'naar-rato-aantallen',
};
const PRO_RATA_LABELS: Record<ProRataField, string> = {
  budget: 'Budget',
  countDate: 'Teldatum',
  counts: 'Studentaantallen',
};

/** Any budget over any count, to the cent, beside the published carrièreperspectief table (issue 11). */
function ProRataSection() {
  const f = useForm({
    initial: {
      budget: '142.200.000,00',
      countDate: '2022-10-01',
      counts: 'roc-zadkine;12000\nalbeda-college;15000\nroc-midden-nederland;18000',
    },
    ids: PRO_RATA_IDS,
    labels: PRO_RATA_LABELS,
    // An error about one line (`counts[2].students`) is shown at the counts field.
    serverFields: proRataFieldOf,
  });
  const [rows, setRows] = useState<{ shares: ShareRow[]; budget: string; countDate: string } | null>(null);
  // The section's heading names this calculation: the form has no title of its own.
  const submit = async () => {
    await f.submission.send(proRataFromForm(f.form), (input) =>
      queryOutcome(
        () => graphqlRequest(proRataQuery, { budget: input.budget, counts: input.counts }),
        (data) => {
          const published = new Map((data?.published ?? []).map((a) => [a.institution?.id ?? '', a]));
          setRows({
            budget: input.budget,
            countDate: input.countDate,
            shares: (data?.allocateProRata ?? []).map((s: Share) => ({
              id: s.institution?.id ?? '',
              name: published.get(s.institution?.id ?? '')?.institution?.name ?? s.institution?.id ?? '',
              students: s.students,
              amount: s.amount,
              published: published.get(s.institution?.id ?? '')?.amount ?? null,
            })),
          });
        },
        'Het berekenen is niet gelukt.',
      ),
    );
  };
  const columns: Column<ShareRow>[] = [
    { key: 'name', header: 'Instelling', rowHeader: true, cell: (r) => r.name },
    { key: 'students', header: 'Studenten', numeric: true, cell: (r) => formatInteger(r.students) },
    { key: 'amount', header: 'Berekend', numeric: true, cell: (r) => formatEuro(r.amount) },
    {
      key: 'published',
      header: 'Gepubliceerd (raming 2024)',
      numeric: true,
      cell: (r) => (r.published ? formatEuro(r.published) : '—'),
    },
    {
      key: 'difference',
      header: 'Verschil',
      numeric: true,
      cell: (r) => (r.published ? formatEuro(moneyOf(centsOf(r.amount) - centsOf(r.published))) : '—'),
    },
  ];
  return (
    <section aria-labelledby="naar-rato-title">
      <Heading level={2} id="naar-rato-title">
        Verdelen naar rato van studentaantallen
      </Heading>
      <Paragraph>
        Verdeel een budget over instellingen naar rato van hun studenten op een teldatum, tot op de cent: de delen
        tellen precies op tot het budget. Naast elke instelling staat het gepubliceerde bedrag carrièreperspectief (een
        raming) en het verschil.
      </Paragraph>
      <FormFrame
        form={f}
        label="Verdelen naar rato van studentaantallen"
        errorTitle="Er is niets berekend"
        submitLabel="Berekenen"
        onSubmit={submit}
      >
        <TextField {...f.bind('budget')} description="In euro, bijvoorbeeld 142.200.000,00." />
        <TextField {...f.bind('countDate')} type="date" />
        <TextareaField
          {...f.bind('counts')}
          description='Eén instelling per regel: "instelling;aantal", bijvoorbeeld "roc-zadkine;12000".'
          rows={6}
        />
      </FormFrame>
      {rows ? (
        <>
          <Paragraph role="status">
            {formatEuro(rows.budget)} verdeeld over {formatInteger(rows.shares.length)} instellingen op teldatum{' '}
            {formatDate(rows.countDate)}; som van de delen:{' '}
            {formatEuro(moneyOf(rows.shares.reduce((s, r) => s + centsOf(r.amount), 0n)))}.
          </Paragraph>
          <DataTable
            caption="Berekende verdeling naast de gepubliceerde tabel"
            columns={columns}
            rows={rows.shares}
            rowKey={(r) => r.id}
            csvName="verdeling-naar-rato"
          />
        </>
      ) : null}
    </section>
  );
}
