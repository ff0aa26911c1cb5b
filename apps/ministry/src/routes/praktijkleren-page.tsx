import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  BarChart,
  type Column,
  ConfirmAction,
  DataTable,
  ErrorSummary,
  FormFrame,
  formatDateTime,
  formatEuro,
  formatInteger,
  Heading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import {
  closeYearMutation,
  praktijklerenQuery,
  setCeilingMutation,
  shiftBudgetMutation,
  shiftPreviewQuery,
} from '../graphql/funding.ts';
import type { MinistryPraktijklerenQuery, MinistryShiftPreviewQuery } from '../graphql/generated/graphql.ts';
import { centsOf } from './funding-model.ts';
import { type CeilingField, ceilingFromForm, type ShiftField, shiftFromForm } from './praktijkleren-model.ts';
import { queryOutcome } from './query-outcome.ts';

type Year = NonNullable<MinistryPraktijklerenQuery['praktijklerenYears']>[number];
type Row = Year['categories'][number] & { year: number; closed: boolean; maximum: string };
type Change = NonNullable<MinistryPraktijklerenQuery['praktijklerenBudgetChanges']>[number];
type PreviewRow = NonNullable<MinistryShiftPreviewQuery['praktijklerenShiftPreview']>[number];

const COLUMNS: Column<Row>[] = [
  { key: 'year', header: 'Jaar', rowHeader: true, cell: (r) => `${r.year}${r.closed ? ' (vastgesteld)' : ''}` },
  { key: 'ceiling', header: 'Plafond', numeric: true, cell: (r) => formatEuro(r.ceiling) },
  { key: 'forecast', header: 'Raming (plaatsen)', numeric: true, cell: (r) => formatInteger(r.forecastPlaces) },
  {
    key: 'forecastAmount',
    header: 'Per plaats bij raming',
    numeric: true,
    cell: (r) => formatEuro(r.forecastAmountPerPlace),
  },
  { key: 'applications', header: 'Aanvragen', numeric: true, cell: (r) => formatInteger(r.applications) },
  { key: 'amount', header: 'Per plaats bij aanvragen', numeric: true, cell: (r) => formatEuro(r.amountPerPlace) },
  { key: 'paid', header: 'Uitgekeerd', numeric: true, cell: (r) => formatEuro(r.paid) },
];

const CHANGE_COLUMNS: Column<Change>[] = [
  {
    key: 'at',
    header: 'Moment',
    rowHeader: true,
    cell: (c) => formatDateTime(c.at),
  },
  {
    key: 'kind',
    header: 'Soort',
    cell: (c) => (c.kind === 'KASSCHUIF' ? `Kasschuif ${c.fromYear} → ${c.toYear}` : `Plafond ${c.toYear}`),
  },
  { key: 'amount', header: 'Bedrag', numeric: true, cell: (c) => formatEuro(c.amount) },
  {
    key: 'previous',
    header: 'Plafond ervoor',
    numeric: true,
    cell: (c) => (c.previousCeiling ? formatEuro(c.previousCeiling) : '—'),
  },
  { key: 'reason', header: 'Toelichting', cell: (c) => c.reason },
];

/** The praktijkleren subsidy (issue 11): ceilings per year, the amount per place by the forecast, the kasschuif. */
export function PraktijklerenPage() {
  const result = useQuery(praktijklerenQuery, {});
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setDone(message);
    result.reload();
  };
  const years = result.status === 'done' ? (result.data.praktijklerenYears ?? []) : [];
  const rows: Row[] = years.flatMap((y) =>
    y.categories.map((c) => ({ ...c, year: y.year, closed: y.closed, maximum: y.maximumPerPlace })),
  );
  const open = years.filter((y) => !y.closed).map((y) => String(y.year));
  return (
    <section aria-labelledby="praktijkleren-title">
      <Heading level={1} id="praktijkleren-title">
        Subsidieregeling praktijkleren
      </Heading>
      <Paragraph>
        Een plafondregeling: per leerplaats krijgt een leerbedrijf het subsidieplafond gedeeld door het aantal
        aanvragen, hoogstens € 2.700 en naar beneden afgerond op de cent. Met een kasschuif verschuift u budget tussen
        jaren om het bedrag per leerplaats stabiel te houden. Raming en plafonds zijn demogegevens.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <QueryStatus result={result} what="praktijkleren" loading="Praktijkleren wordt opgehaald…" />
      {result.status === 'done' ? (
        <>
          <DataTable
            caption="Mbo-bbl: plafond, raming en bedrag per leerplaats"
            columns={COLUMNS}
            rows={rows}
            rowKey={(r) => `${r.year}-${r.category}`}
            csvName="praktijkleren"
          />
          <BarChart
            title="Bedrag per leerplaats volgens de raming (€)"
            summary="Wat het plafond van elk jaar per leerplaats geeft bij de geraamde aantallen; de lijn is het maximum van € 2.700."
            labelHeader="Jaar"
            valueHeader="Per leerplaats (€)"
            reference={{ value: 2700, label: 'Maximum € 2.700' }}
            data={rows.map((r) => ({
              key: String(r.year),
              label: String(r.year),
              value: Number(centsOf(r.forecastAmountPerPlace)) / 100,
              display: formatEuro(r.forecastAmountPerPlace),
            }))}
          />
          <CeilingForm years={open} onDone={finish} />
          <ShiftForm years={open} onDone={finish} />
          <CloseYear years={open.filter((y) => Number(y) <= new Date().getFullYear())} onDone={finish} />
          <DataTable
            caption="Wijzigingen van de plafonds"
            columns={CHANGE_COLUMNS}
            rows={result.data.praktijklerenBudgetChanges ?? []}
            rowKey={(c) => `${c.at}-${c.kind}-${c.toYear}`}
            csvName="plafondwijzigingen"
          />
        </>
      ) : null}
    </section>
  );
}

const CEILING_IDS: Record<CeilingField, string> = {
  year: 'plafond-jaar',
  ceiling: 'plafond-bedrag',
  reason: 'plafond-toelichting',
};
const CEILING_LABELS: Record<CeilingField, string> = {
  year: 'Jaar',
  ceiling: 'Nieuw subsidieplafond',
  reason: 'Toelichting',
};

const yearOptions = (years: string[]) => years.map((y) => ({ value: y, label: y }));

function CeilingForm({ years, onDone }: { years: string[]; onDone: (m: string) => void }) {
  const f = useForm({
    initial: { year: years[0] ?? '', ceiling: '', reason: '' },
    ids: CEILING_IDS,
    labels: CEILING_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(ceilingFromForm(f.form), (input) =>
      mutationOutcome(async () => (await graphqlRequest(setCeilingMutation, input)).data?.setPraktijklerenCeiling),
    );
    if (sent) onDone(`Het subsidieplafond van ${sent.year} is ${formatEuro(sent.ceiling)}.`);
  };
  return (
    <FormFrame
      form={f}
      titleId="plafond-title"
      title="Subsidieplafond vaststellen"
      errorTitle="Het plafond is niet gewijzigd"
      submitLabel="Plafond vaststellen"
      onSubmit={submit}
    >
      <SelectField {...f.bind('year')} placeholder="Kies een jaar" options={yearOptions(years)} />
      <TextField {...f.bind('ceiling')} description="In euro, bijvoorbeeld 410.000.000,00." inputMode="decimal" />
      <TextareaField {...f.bind('reason')} rows={2} />
    </FormFrame>
  );
}

const SHIFT_IDS: Record<ShiftField, string> = {
  fromYear: 'kasschuif-van',
  toYear: 'kasschuif-naar',
  amount: 'kasschuif-bedrag',
  reason: 'kasschuif-toelichting',
};
const SHIFT_LABELS: Record<ShiftField, string> = {
  fromYear: 'Van jaar',
  toYear: 'Naar jaar',
  amount: 'Bedrag',
  reason: 'Toelichting',
};

const PREVIEW_COLUMNS: Column<PreviewRow>[] = [
  { key: 'year', header: 'Jaar', rowHeader: true, cell: (r) => String(r.year) },
  { key: 'before', header: 'Plafond nu', numeric: true, cell: (r) => formatEuro(r.ceilingBefore) },
  { key: 'after', header: 'Plafond na kasschuif', numeric: true, cell: (r) => formatEuro(r.ceilingAfter) },
  { key: 'perBefore', header: 'Per leerplaats nu', numeric: true, cell: (r) => formatEuro(r.amountPerPlaceBefore) },
  {
    key: 'perAfter',
    header: 'Per leerplaats na kasschuif',
    numeric: true,
    cell: (r) => formatEuro(r.amountPerPlaceAfter),
  },
];

function ShiftForm({ years, onDone }: { years: string[]; onDone: (m: string) => void }) {
  const f = useForm({
    initial: { fromYear: '', toYear: '', amount: '', reason: '' },
    ids: SHIFT_IDS,
    labels: SHIFT_LABELS,
  });
  const [preview, setPreview] = useState<{ key: string; rows: PreviewRow[] } | null>(null);
  const checked = shiftFromForm(f.form);
  const key = checked.ok ? JSON.stringify([checked.input.fromYear, checked.input.toYear, checked.input.amount]) : null;
  // "Effect bekijken" first: saving is offered once the preview shows what this kasschuif does.
  const submit = async () => {
    if (!preview || preview.key !== key) {
      await f.submission.send(checked, (input) =>
        queryOutcome(
          () =>
            graphqlRequest(shiftPreviewQuery, { fromYear: input.fromYear, toYear: input.toYear, amount: input.amount }),
          (data) => setPreview({ key: key ?? '', rows: data?.praktijklerenShiftPreview ?? [] }),
          'Het effect is niet berekend.',
        ),
      );
      return;
    }
    const sent = await f.submission.send(checked, (input) =>
      mutationOutcome(async () => (await graphqlRequest(shiftBudgetMutation, input)).data?.shiftPraktijklerenBudget),
    );
    if (sent) {
      setPreview(null);
      f.reset();
      onDone(`Kasschuif opgeslagen: ${formatEuro(sent.amount)} van ${sent.fromYear} naar ${sent.toYear}.`);
    }
  };
  const current =
    preview && preview.key === key ? preview.rows.filter((r) => r.ceilingBefore !== r.ceilingAfter) : null;
  return (
    <FormFrame
      form={f}
      titleId="kasschuif-title"
      title="Kasschuif"
      intro={
        <Paragraph>
          Het totaal over de jaren blijft gelijk. U ziet eerst het effect per jaar; daarna slaat u op.
        </Paragraph>
      }
      errorTitle="De kasschuif is niet opgeslagen"
      submitLabel={current ? 'Kasschuif opslaan' : 'Effect bekijken'}
      onSubmit={submit}
    >
      <SelectField {...f.bind('fromYear')} placeholder="Kies een jaar" options={yearOptions(years)} />
      <SelectField {...f.bind('toYear')} placeholder="Kies een jaar" options={yearOptions(years)} />
      <TextField {...f.bind('amount')} description="In euro, bijvoorbeeld 10.000.000,00." inputMode="decimal" />
      <TextareaField {...f.bind('reason')} rows={2} />
      {current ? (
        <DataTable
          caption="Effect van de kasschuif (nog niet opgeslagen)"
          columns={PREVIEW_COLUMNS}
          rows={current}
          rowKey={(r) => String(r.year)}
          csvName="kasschuif-effect"
        />
      ) : null}
    </FormFrame>
  );
}

/** The ministry closes a year: every application gets its final amount per place; nothing changes after. */
function CloseYear({ years, onDone }: { years: string[]; onDone: (m: string) => void }) {
  const [year, setYear] = useState(years[0] ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (years.length === 0) return null;
  const close = async () => {
    setBusy(true);
    setError(null);
    const outcome = await mutationOutcome(
      async () => (await graphqlRequest(closeYearMutation, { year: Number(year) })).data?.closePraktijklerenYear,
    );
    setBusy(false);
    if (outcome.ok) onDone(`${year} is vastgesteld: elke aanvraag heeft nu haar definitieve bedrag.`);
    else setError(outcome.message);
  };
  return (
    <section aria-labelledby="vaststellen-title">
      <Heading level={2} id="vaststellen-title">
        Jaar vaststellen
      </Heading>
      {error ? (
        <ErrorSummary
          errors={[{ fieldId: 'vaststellen-jaar', message: `Jaar: ${error}` }]}
          title="Het jaar is niet vastgesteld"
        />
      ) : null}
      <SelectField
        id="vaststellen-jaar"
        label="Jaar om vast te stellen"
        value={year}
        onChange={setYear}
        options={yearOptions(years)}
      />
      <ConfirmAction
        trigger="Jaar vaststellen"
        title="Controleer voordat u vaststelt"
        confirm={`Ja, ${year} vaststellen`}
        onConfirm={close}
        busy={busy}
      >
        <Paragraph>
          Elke aanvraag van {year} krijgt het definitieve bedrag per leerplaats: het plafond gedeeld door het aantal
          aanvragen, hoogstens € 2.700. Daarna verandert er niets meer aan dat jaar, ook het plafond niet.
        </Paragraph>
      </ConfirmAction>
    </section>
  );
}
