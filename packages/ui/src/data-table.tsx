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

export interface Column<Row> {
  /** Stable key for the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers and amounts are right-aligned so the digits line up. */
  numeric?: boolean;
  /** The cell that names the row becomes a row header (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows under the data, for example totals. Each is a list of cells in column order. */
  footer?: readonly { key: string; cells: readonly ReactNode[] }[];
}

/** A table with a caption, column headers and optionally a totals footer. */
export function DataTable<Row>({ caption, columns, rows, rowKey, footer }: DataTableProps<Row>) {
  const captionId = useId();
  // A wide table scrolls sideways inside this area; keyboard users must be able to reach and scroll
  // it (WCAG 2.1.1), so it is a focusable region named by the table's caption.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll with the keyboard.
    <section className="stelsel-table-scroll" tabIndex={0} aria-labelledby={captionId}>
      <Table className="stelsel-table">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col" numericColumn={column.numeric}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <TableHeaderCell key={column.key} scope="row">
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={column.key} numericColumn={column.numeric}>
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
                  return index === 0 ? (
                    <TableHeaderCell key={key} scope="row">
                      {cell}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={key} numericColumn={column?.numeric}>
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
}
