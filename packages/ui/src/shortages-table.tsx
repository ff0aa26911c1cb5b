import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { DataTable } from './data-table.tsx';
import type { Column, TableControls } from './data-table-model.ts';
import {
  formatCount,
  PATHWAY_LABELS,
  type Pathway,
  qualificationLabel,
  type ShortageLike,
  SUPPRESSED_EXPLANATION,
  shortageKey,
} from './shortages.ts';

export interface ShortageRowData extends ShortageLike {
  pathway: Pathway;
  demand?: number | null;
  supply?: number | null;
  shortage?: number | null;
  surplus?: number | null;
  suppressed: boolean;
}

export interface ShortageTotalsData {
  demand?: number | null;
  supply?: number | null;
  shortage?: number | null;
  surplus?: number | null;
  suppressedRows: number;
}

/** A count as plain text for CSV: the number, or "afgeschermd" (never a made-up 0). */
const countText = (n: number | null | undefined, suppressed: boolean) =>
  suppressed || n == null ? 'afgeschermd' : String(n);

export const SHORTAGE_COLUMNS: Column<ShortageRowData>[] = [
  { key: 'region', header: 'Arbeidsmarktregio', sortable: true, cell: (r) => r.region.name },
  {
    key: 'qualification',
    header: 'Kwalificatie',
    rowHeader: true,
    sortable: true,
    cell: (r) => qualificationLabel(r.qualification),
  },
  { key: 'pathway', header: 'Leerweg', cell: (r) => PATHWAY_LABELS[r.pathway] },
  {
    key: 'demand',
    header: 'Vraag (studenten)',
    numeric: true,
    sortable: true,
    cell: (r) => formatCount(r.demand, r.suppressed),
    text: (r) => countText(r.demand, r.suppressed),
  },
  {
    key: 'supply',
    header: 'Aanbod (vrije plekken)',
    numeric: true,
    sortable: true,
    cell: (r) => formatCount(r.supply, r.suppressed),
    text: (r) => countText(r.supply, r.suppressed),
  },
  {
    key: 'shortage',
    header: 'Tekort',
    numeric: true,
    sortable: true,
    cell: (r) => formatCount(r.shortage, r.suppressed),
    text: (r) => countText(r.shortage, r.suppressed),
  },
  {
    key: 'surplus',
    header: 'Overschot',
    numeric: true,
    sortable: true,
    cell: (r) => formatCount(r.surplus, r.suppressed),
    text: (r) => countText(r.surplus, r.suppressed),
  },
];

/** The shortage table with totals; explains suppressed rows when there are any. */
export function ShortagesTable({
  caption,
  rows,
  totals,
  totalsLabel = 'Totaal',
  controls,
  csvName,
  empty,
  oneRegion = false,
}: {
  caption: string;
  rows: readonly ShortageRowData[];
  totals: ShortageTotalsData;
  /** E.g. "Totaal over alle 309 rijen" when the table shows one page. */
  totalsLabel?: string;
  controls?: TableControls;
  csvName?: string;
  empty?: string;
  /**
   * Every row is in one region, named in the caption (a municipality's own region): the region column is
   * left out, so the table fits the page at 1280 px instead of hiding its last column (issue 9).
   */
  oneRegion?: boolean;
}) {
  const shown = oneRegion ? SHORTAGE_COLUMNS.filter((c) => c.key !== 'region') : SHORTAGE_COLUMNS;
  const footer = [
    {
      key: 'totals',
      cells: [
        totalsLabel,
        ...(oneRegion ? [] : ['']),
        '',
        formatCount(totals.demand),
        formatCount(totals.supply),
        formatCount(totals.shortage),
        formatCount(totals.surplus),
      ],
    },
  ];
  return (
    <>
      <DataTable
        caption={caption}
        columns={controls ? shown : shown.map((c) => ({ ...c, sortable: false }))}
        rows={rows}
        rowKey={shortageKey}
        footer={footer}
        controls={controls}
        csvName={csvName}
        printable={csvName !== undefined}
        empty={empty}
      />
      <Paragraph>
        Vraag: studenten zonder bevestigde, geaccepteerde of lopende plaatsing. Aanbod: vrije plekken in open plaatsen
        met een actieve erkenning. Het totale tekort is de som van de tekorten per rij: een overschot in de ene regio of
        kwalificatie vult geen tekort elders.
      </Paragraph>
      {totals.suppressedRows > 0 ? (
        <Paragraph>
          {formatCount(totals.suppressedRows)} {totals.suppressedRows === 1 ? 'rij is' : 'rijen zijn'} afgeschermd.{' '}
          {SUPPRESSED_EXPLANATION}
        </Paragraph>
      ) : null}
    </>
  );
}
