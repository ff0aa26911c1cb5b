import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
// The house-style TableHeaderCell (v11) drops `scope`; Utrecht's, which it wraps, keeps it.
import { TableHeaderCell } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { Pager, Toolbar } from './data-table-controls.tsx';
import { type Column, columnLabel, type TableControls } from './data-table-model.ts';

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows under the data, for example totals. Each is a list of cells in column order. */
  footer?: readonly { key: string; cells: readonly ReactNode[] }[];
  /** Search, sort, filters and pages, with their state in the URL. */
  controls?: TableControls;
  /**
   * "Download als CSV" of the shown rows and columns, under this file name (without .csv). Every table
   * offers it: by default the name comes from a text caption (`csvFileName`); `false` leaves it out.
   */
  csvName?: string | false;
  /** Offers a print button (the page prints without navigation, only the content). */
  printable?: boolean;
  /** Shown instead of the table when there are no rows (e.g. nothing matches the search). */
  empty?: ReactNode;
}

/**
 * The CSV file name for a table with a text caption: lower case, without accents, counts in brackets
 * or "met totalen", words joined by hyphens ("Geaccepteerde studenten (3)" → "geaccepteerde-studenten").
 */
export function csvFileName(caption: ReactNode): string | undefined {
  if (typeof caption !== 'string') return undefined;
  const name = caption
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,?\s*met totalen/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return name || undefined;
}

/**
 * A table with a caption, column headers and optionally a totals footer, search/sort/filter
 * controls (state in the URL), pages from the API, CSV download and printing. On a narrow screen
 * (≤ 40em) every row becomes a card of "label: value" lines, so no column is hidden.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
  controls,
  csvName,
  printable,
  empty,
}: DataTableProps<Row>) {
  const captionId = useId();
  const fileName = csvName === false ? undefined : (csvName ?? csvFileName(caption));
  const state = controls?.state;
  const sortOn = (column: Column<Row>) => {
    if (!controls) return;
    const same = state?.sort === column.key;
    const direction = same ? (state?.direction === 'asc' ? 'desc' : 'asc') : column.numeric ? 'desc' : 'asc';
    controls.onChange({ sort: column.key, direction });
  };
  const table =
    rows.length === 0 && empty ? (
      <div className="stelsel-empty">{empty}</div>
    ) : (
      // A wide table scrolls sideways inside this area; keyboard users must be able to reach and scroll
      // it (WCAG 2.1.1), so it is a focusable region named by the table's caption.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll with the keyboard.
      <section className="stelsel-table-scroll" tabIndex={0} aria-labelledby={captionId}>
        <Table className="stelsel-table stelsel-table--cards">
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {columns.map((column) => {
                const sorted = state?.sort === column.key;
                return (
                  <TableHeaderCell
                    key={column.key}
                    scope="col"
                    numericColumn={column.numeric}
                    aria-sort={
                      column.sortable && controls
                        ? sorted
                          ? state?.direction === 'desc'
                            ? 'descending'
                            : 'ascending'
                          : 'none'
                        : undefined
                    }
                  >
                    {column.sortable && controls ? (
                      <button type="button" className="stelsel-sort" onClick={() => sortOn(column)}>
                        {column.header}
                        <span aria-hidden="true" className="stelsel-sort__mark">
                          {sorted ? (state?.direction === 'desc' ? ' ▼' : ' ▲') : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </TableHeaderCell>
                );
              })}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <TableHeaderCell key={column.key} scope="row" data-label={columnLabel(column)}>
                      {column.cell(row)}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={column.key} numericColumn={column.numeric} data-label={columnLabel(column)}>
                      {column.cell(row)}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
          {footer && footer.length > 0 ? (
            <TableFooter>
              {footer.map((line) => (
                <TableRow key={line.key}>
                  {line.cells.map((cell, index) => {
                    const column = columns[index];
                    const key = column?.key ?? String(index);
                    const label = index > 0 && column ? columnLabel(column) : undefined;
                    return index === 0 ? (
                      <TableHeaderCell key={key} scope="row">
                        {cell}
                      </TableHeaderCell>
                    ) : (
                      <TableCell
                        key={key}
                        numericColumn={column?.numeric}
                        data-label={label}
                        className={cell === '' || cell === null ? 'stelsel-table__blank' : undefined}
                      >
                        {cell}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableFooter>
          ) : null}
        </Table>
      </section>
    );
  return (
    <div className="stelsel-data-table">
      <Toolbar
        controls={controls}
        columns={columns}
        rows={rows}
        csvName={fileName}
        printable={printable}
        describedBy={rows.length === 0 && empty ? undefined : captionId}
      />
      {table}
      {controls?.pagination ? <Pager pagination={controls.pagination} shown={rows.length} /> : null}
    </div>
  );
}
