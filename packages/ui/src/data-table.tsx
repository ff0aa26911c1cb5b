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
import { isValidElement, type ReactNode, useId, useRef } from 'react';
import { compareValues, matchesSearch, type SortValue, type TableState, toCsv } from './table-state.ts';

export interface Column<Row> {
  /** Stable key for the column; also its name in the URL when sorted on. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers and amounts are right-aligned so the digits line up. */
  numeric?: boolean;
  /** The cell that names the row becomes a row header (`<th scope="row">`). */
  rowHeader?: boolean;
  /** The header as plain text, for the card label on a phone and the CSV; defaults to `header` when that is text. */
  label?: string;
  /** The cell as plain text (CSV, search); defaults to the text the cell shows. */
  text?: (row: Row) => string;
  /** Offer sorting on this column. */
  sortable?: boolean;
  /** What to sort on in the browser (numbers as numbers); defaults to `text`. */
  sortValue?: (row: Row) => SortValue;
}

export interface TableFilter {
  /** Name in the URL. */
  key: string;
  label: string;
  /** The option meaning "no filter", e.g. "Alle regio's". */
  allLabel: string;
  options: readonly { value: string; label: string }[];
}

export interface TablePagination {
  totalCount: number;
  /** Rows before this page, when known (null after a reload on a later page). */
  offset: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
  /** Go back one page; absent on the first page. */
  onPrevious?: () => void;
  onFirst?: () => void;
  onNext: (cursor: string) => void;
}

export interface TableControls {
  state: TableState;
  onChange: (patch: Partial<TableState>) => void;
  /** Offers a search box; the hint says what it searches in. */
  search?: { label: string; hint?: string };
  filters?: readonly TableFilter[];
  /** Pages from the API (cursor). Without it every row is on one page. */
  pagination?: TablePagination;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows under the data, for example totals. Each is a list of cells in column order. */
  footer?: readonly { key: string; cells: readonly ReactNode[] }[];
  /** Search, sort, filters and pages, with their state in the URL. */
  controls?: TableControls;
  /** Offers "Download als CSV" of the shown rows and columns, under this file name (without .csv). */
  csvName?: string;
  /** Offers a print button (the page prints without navigation, only the content). */
  printable?: boolean;
  /** Shown instead of the table when there are no rows (e.g. nothing matches the search). */
  empty?: ReactNode;
}

function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

export function columnLabel<Row>(column: Column<Row>): string {
  return column.label ?? textOf(column.header);
}

export function cellText<Row>(column: Column<Row>, row: Row): string {
  return (column.text ? column.text(row) : textOf(column.cell(row))).replace(/\s+/g, ' ').trim();
}

/** The CSV of rows as the table shows them: the column labels as header, each cell's text. */
export function tableCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map(columnLabel),
    rows.map((row) => columns.map((column) => cellText(column, row))),
  );
}

/**
 * Search, filter and sort in the browser, for a list that is loaded whole (a class, a round). Lists
 * that can grow large page through the API instead (see `TablePagination`).
 */
export function applyTableState<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  state: TableState,
  filter?: (row: Row, filters: TableState['filters']) => boolean,
): Row[] {
  const search = state.search.trim();
  let result = rows.filter(
    (row) =>
      (!search ||
        matchesSearch(
          columns.map((column) => cellText(column, row)),
          search,
        )) &&
      (!filter || filter(row, state.filters)),
  );
  const column = columns.find((c) => c.key === state.sort);
  if (column) {
    const value = (row: Row) => (column.sortValue ? column.sortValue(row) : cellText(column, row));
    const sign = state.direction === 'desc' ? -1 : 1;
    result = [...result].sort((a, b) => sign * compareValues(value(a), value(b)));
  }
  return result;
}

function download(name: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const count = (n: number) => n.toLocaleString('nl-NL');

function Toolbar<Row>({
  controls,
  columns,
  rows,
  csvName,
  printable,
}: {
  controls: TableControls | undefined;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  csvName: string | undefined;
  printable: boolean | undefined;
}) {
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const sortable = columns.filter((c) => c.sortable);
  if (!controls && !csvName && !printable) return null;
  return (
    <div className="stelsel-table-tools stelsel-no-print">
      {controls?.search ? (
        // biome-ignore lint/a11y/useSemanticElements: <search> is not yet mapped to the search role by every screen reader.
        <form
          role="search"
          aria-label={controls.search.label}
          className="stelsel-table-tools__field"
          onSubmit={(event) => {
            event.preventDefault();
            controls.onChange({ search: searchRef.current?.value ?? '' });
          }}
        >
          <label htmlFor={`${id}-search`}>{controls.search.label}</label>
          {controls.search.hint ? (
            <span id={`${id}-search-hint`} className="stelsel-table-tools__hint">
              {controls.search.hint}
            </span>
          ) : null}
          <span className="stelsel-table-tools__inline">
            <input
              ref={searchRef}
              id={`${id}-search`}
              type="search"
              key={controls.state.search}
              defaultValue={controls.state.search}
              aria-describedby={controls.search.hint ? `${id}-search-hint` : undefined}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Zoeken
            </button>
          </span>
        </form>
      ) : null}
      {controls?.filters?.map((filter) => (
        <div key={filter.key} className="stelsel-table-tools__field">
          <label htmlFor={`${id}-${filter.key}`}>{filter.label}</label>
          <select
            id={`${id}-${filter.key}`}
            className="utrecht-select utrecht-select--html-select"
            value={controls.state.filters[filter.key] ?? ''}
            onChange={(event) => {
              const filters = { ...controls.state.filters };
              if (event.target.value) filters[filter.key] = event.target.value;
              else delete filters[filter.key];
              controls.onChange({ filters });
            }}
          >
            <option value="">{filter.allLabel}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {controls && sortable.length > 0 ? (
        // On a phone the column headers are hidden (rows are cards), so the sort is a field too.
        <div className="stelsel-table-tools__field">
          <label htmlFor={`${id}-sort`}>Sorteren op</label>
          <select
            id={`${id}-sort`}
            className="utrecht-select utrecht-select--html-select"
            value={controls.state.sort ? `${controls.state.sort}:${controls.state.direction}` : ''}
            onChange={(event) => {
              const [sort = '', direction] = event.target.value.split(':');
              controls.onChange({ sort: sort || null, direction: direction === 'desc' ? 'desc' : 'asc' });
            }}
          >
            <option value="">Standaardvolgorde</option>
            {sortable.flatMap((column) => [
              <option key={`${column.key}:asc`} value={`${column.key}:asc`}>
                {columnLabel(column)} ({column.numeric ? 'laag naar hoog' : 'A–Z'})
              </option>,
              <option key={`${column.key}:desc`} value={`${column.key}:desc`}>
                {columnLabel(column)} ({column.numeric ? 'hoog naar laag' : 'Z–A'})
              </option>,
            ])}
          </select>
        </div>
      ) : null}
      {csvName || printable ? (
        <div className="stelsel-table-tools__actions">
          {csvName ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => download(csvName, tableCsv(columns, rows))}
            >
              Download als CSV
            </button>
          ) : null}
          {printable ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => window.print()}
            >
              Afdrukken
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function Pager({ pagination, shown }: { pagination: TablePagination; shown: number }) {
  const { totalCount, offset, hasNextPage, endCursor, onPrevious, onFirst, onNext } = pagination;
  const range =
    offset === null
      ? `${count(shown)} van ${count(totalCount)} rijen`
      : shown === 0
        ? `0 van ${count(totalCount)} rijen`
        : `Rij ${count(offset + 1)} tot en met ${count(offset + shown)} van ${count(totalCount)}`;
  return (
    <nav aria-label="Pagina’s van de tabel" className="stelsel-pager stelsel-no-print">
      <p aria-live="polite" className="stelsel-pager__range">
        {range}
      </p>
      <div className="stelsel-actions">
        {onFirst ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onFirst}>
            Eerste pagina
          </button>
        ) : null}
        {onPrevious ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onPrevious}>
            Vorige pagina
          </button>
        ) : null}
        {hasNextPage && endCursor ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => onNext(endCursor)}
          >
            Volgende pagina
          </button>
        ) : null}
      </div>
    </nav>
  );
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
      <Toolbar controls={controls} columns={columns} rows={rows} csvName={csvName} printable={printable} />
      {table}
      {controls?.pagination ? <Pager pagination={controls.pagination} shown={rows.length} /> : null}
    </div>
  );
}
