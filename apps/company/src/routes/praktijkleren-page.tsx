import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  FormFrame,
  formatDate,
  formatEuro,
  Heading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import type { CompanyPraktijklerenQuery } from '../graphql/generated/graphql.ts';
import { applyForPraktijklerenMutation, companyPraktijklerenQuery } from '../graphql/praktijkleren.ts';

type Data = CompanyPraktijklerenQuery;
type Application = NonNullable<Data['praktijklerenApplications']>[number];
type Placement = NonNullable<Data['praktijklerenPlacements']>[number];

const APPLICATION_COLUMNS: Column<Application>[] = [
  { key: 'year', header: 'Jaar', cell: (a) => String(a.year) },
  { key: 'place', header: 'Leerplaats', rowHeader: true, cell: (a) => `${a.placeTitle} (crebo ${a.crebo})` },
  { key: 'applied', header: 'Aangevraagd op', cell: (a) => formatDate(a.appliedAt) },
  {
    key: 'expected',
    header: 'Verwacht bedrag',
    numeric: true,
    cell: (a) => (a.expectedAmount ? formatEuro(a.expectedAmount) : '—'),
  },
  {
    key: 'final',
    header: 'Definitief bedrag',
    numeric: true,
    cell: (a) => (a.finalAmount ? formatEuro(a.finalAmount) : 'Nog niet vastgesteld'),
  },
];

type ApplyField = 'placementId' | 'year' | 'companyId';
/** The form has one field: an error about the year or the company is shown there too. */
const APPLY_IDS: Record<ApplyField, string> = {
  placementId: 'aanvraag-plaatsing',
  year: 'aanvraag-plaatsing',
  companyId: 'aanvraag-plaatsing',
};

/** Which bbl placement: one the company has not applied for this year. */
export function applicationFromForm(
  placementId: string,
  open: readonly { placementId: string }[],
): FormResult<{ placementId: string }, ApplyField> {
  if (!placementId) return { ok: false, errors: { placementId: 'Kies de bbl-leerplaats waarvoor u aanvraagt.' } };
  if (!open.some((p) => p.placementId === placementId))
    return { ok: false, errors: { placementId: 'Voor deze leerplaats is al aangevraagd.' } };
  return { ok: true, input: { placementId } };
}

/** The praktijkleren subsidy for the company's bbl places (issue 11): apply, expected and final amount. */
export function PraktijklerenPage({ companyId }: { companyId: string }) {
  const year = new Date().getFullYear();
  const result = useQuery(companyPraktijklerenQuery, { companyId, year });
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="praktijkleren-title">
      <Heading level={1} id="praktijkleren-title">
        Subsidie praktijkleren
      </Heading>
      <Paragraph>
        Voor elke bbl-leerplaats met een geplaatste student kunt u subsidie aanvragen. Dat kan alleen met een erkenning
        van SBB. Het bedrag per leerplaats is het subsidieplafond gedeeld door het aantal aanvragen, hoogstens € 2.700;
        het definitieve bedrag staat vast zodra het ministerie het jaar heeft vastgesteld.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <QueryStatus result={result} what="de subsidie praktijkleren" loading="Subsidie praktijkleren wordt opgehaald…" />
      {result.status === 'done' ? (
        <>
          <YearFacts data={result.data} year={year} />
          <ApplyForm
            companyId={companyId}
            year={year}
            open={(result.data.praktijklerenPlacements ?? []).filter((p) => !p.applied)}
            onDone={(message) => {
              setDone(message);
              result.reload();
            }}
          />
          <DataTable
            caption="Uw aanvragen"
            columns={APPLICATION_COLUMNS}
            rows={result.data.praktijklerenApplications ?? []}
            rowKey={(a) => a.id}
            csvName="aanvragen-praktijkleren"
          />
        </>
      ) : null}
    </section>
  );
}

function YearFacts({ data, year }: { data: Data; year: number }) {
  const category = data.praktijkleren?.categories[0];
  if (!data.praktijkleren || !category)
    return <Paragraph>Voor {year} is nog geen subsidieplafond vastgesteld.</Paragraph>;
  return (
    <dl className="stelsel-facts">
      <dt>Verwacht bedrag per leerplaats in {year}</dt>
      <dd>
        {formatEuro(category.expectedAmountPerPlace)} (maximum {formatEuro(data.praktijkleren.maximumPerPlace)})
      </dd>
      <dt>Stand van het jaar</dt>
      <dd>
        {data.praktijkleren.closed
          ? 'Vastgesteld: de bedragen zijn definitief'
          : 'Open: het bedrag kan nog dalen als er meer aanvragen komen'}
      </dd>
    </dl>
  );
}

const placementLabel = (p: Placement) =>
  `${p.title} (crebo ${p.crebo}, niveau ${p.level}), ${formatDate(p.startsOn)} tot ${formatDate(p.endsOn)}`;

function ApplyForm({
  companyId,
  year,
  open,
  onDone,
}: {
  companyId: string;
  year: number;
  open: Placement[];
  onDone: (m: string) => void;
}) {
  const f = useForm({
    initial: { placementId: '' },
    ids: APPLY_IDS,
    labels: { placementId: 'Leerplaats', year: 'Jaar', companyId: 'Leerbedrijf' },
  });
  const submit = async () => {
    const sent = await f.submission.send(applicationFromForm(f.form.placementId, open), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(applyForPraktijklerenMutation, { companyId, year, ...input, idempotencyKey })).data
            ?.applyForPraktijkleren,
      ),
    );
    if (sent) {
      f.reset();
      onDone('Uw aanvraag is ontvangen. Het verwachte bedrag staat in de tabel.');
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="aanvragen-title"
      title={`Subsidie aanvragen voor ${year}`}
      errorTitle="De aanvraag is niet ingediend"
      submitLabel="Aanvragen"
      onSubmit={submit}
    >
      {open.length === 0 ? (
        <Paragraph>
          Er is geen bbl-leerplaats met een geplaatste student waarvoor u nog niet hebt aangevraagd.
        </Paragraph>
      ) : null}
      {/* The summary says "Leerplaats: …" (the label above), the field itself "Bbl-leerplaats". */}
      <SelectField
        {...f.bind('placementId')}
        label="Bbl-leerplaats"
        placeholder={open.length === 0 ? 'Geen leerplaatsen' : 'Kies een leerplaats'}
        options={open.map((p) => ({ value: p.placementId, label: placementLabel(p) }))}
        error={f.errors.placementId ?? f.errors.companyId ?? f.errors.year}
      />
    </FormFrame>
  );
}
