import { unavailableFields, unavailableServices, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Empty,
  formatEuro,
  formatInteger,
  Heading,
  Paragraph,
  PartialNotice,
  QueryStatus,
} from '@stelsel/ui';
import { allocationsQuery } from '../graphql/allocations.ts';
import type { AllocationTotalsFragment } from '../graphql/generated/graphql.ts';
import { combineAllocations, type InstitutionAllocations, schemeYear } from './allocation-table.ts';

const PART_LABELS: Record<string, string> = {
  salarismix: 'de allocaties salarismix',
  carriereperspectief: 'de allocaties carrièreperspectief',
  salarismixSummary: 'de totalen salarismix',
  carriereperspectiefSummary: 'de totalen carrièreperspectief',
};

const amount = (value: string | null) => (value == null ? '—' : formatEuro(value));

function columnsFor(salarismixYear: number | null, carriereYear: number | null): Column<InstitutionAllocations>[] {
  return [
    { key: 'name', header: 'Instelling', rowHeader: true, cell: (r) => r.name },
    {
      key: 'salarismix',
      header: `Salarismix${salarismixYear ? ` (${salarismixYear})` : ''}`,
      numeric: true,
      cell: (r) => amount(r.salarismix),
    },
    {
      key: 'carriereperspectief',
      header: `Carrièreperspectief${carriereYear ? ` (${carriereYear})` : ''}`,
      numeric: true,
      cell: (r) => amount(r.carriereperspectief),
    },
    {
      key: 'transition',
      header: 'Overgangsregeling carrièreperspectief (2024–2031)',
      cell: (r) => (r.transition ? 'Ja' : 'Nee'),
    },
  ];
}

function totalsRows(s: AllocationTotalsFragment | null, c: AllocationTotalsFragment | null) {
  if (!s || !c) return undefined;
  return [
    {
      key: 'count',
      cells: ['Aantal instellingen', formatInteger(s.institutionCount), formatInteger(c.institutionCount), ''],
    },
    { key: 'sum', cells: ['Som van de tabel', formatEuro(s.sum), formatEuro(c.sum), ''] },
    {
      key: 'stated',
      cells: ['Totaal volgens de regeling', amount(s.statedTotal ?? null), amount(c.statedTotal ?? null), ''],
    },
    {
      key: 'difference',
      cells: ['Afrondingsverschil (regeling min som)', amount(s.difference ?? null), amount(c.difference ?? null), ''],
    },
  ];
}

export function AllocationsPage() {
  const result = useQuery(allocationsQuery, {});
  return (
    <section aria-labelledby="ministry-title">
      <Heading level={1} id="ministry-title">
        Allocaties per instelling
      </Heading>
      <QueryStatus result={result} what="de allocaties" loading="De allocatietabel wordt geladen…" />
      {result.status === 'done'
        ? (() => {
            const d = result.data;
            const rows = combineAllocations(d.salarismix, d.carriereperspectief);
            return (
              <>
                <Paragraph>
                  De gepubliceerde bedragen per mbo-instelling voor de regelingen Salarismix Randstad en
                  Carrièreperspectief. Onder de tabel staan de som van de bedragen, het totaal dat de regeling noemt en
                  het verschil door afronding: dat verschil tonen we zoals het is.
                </Paragraph>
                {d.salarismixSummary && d.carriereperspectiefSummary ? (
                  <>
                    <Paragraph>
                      <strong>Dit is een raming.</strong> {d.carriereperspectiefSummary.basis}
                    </Paragraph>
                    <Paragraph>
                      Salarismix: {d.salarismixSummary.regulation.name} ({d.salarismixSummary.regulation.citation}).
                      Carrièreperspectief: {d.carriereperspectiefSummary.regulation.name} (
                      {d.carriereperspectiefSummary.regulation.citation}). De 27 Randstadinstellingen krijgen acht jaar
                      lang (2024–2031) een groter aandeel carrièreperspectief: kolom “Overgangsregeling”.
                    </Paragraph>
                  </>
                ) : null}
                <PartialNotice
                  unavailable={unavailableFields(result.errors).map((f) => PART_LABELS[f] ?? f)}
                  services={unavailableServices(result.errors)}
                />
                {rows.length === 0 ? (
                  <Empty>Er zijn nog geen allocaties gepubliceerd.</Empty>
                ) : (
                  <DataTable
                    caption="Allocaties salarismix en carrièreperspectief per instelling, met totalen"
                    columns={columnsFor(schemeYear(d.salarismix), schemeYear(d.carriereperspectief))}
                    rows={rows}
                    rowKey={(r) => r.id}
                    footer={totalsRows(d.salarismixSummary, d.carriereperspectiefSummary)}
                  />
                )}
              </>
            );
          })()
        : null}
    </section>
  );
}
