import { isValidElement, type ReactNode } from 'react';
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

/** The text a cell or header shows, without its markup. */
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
