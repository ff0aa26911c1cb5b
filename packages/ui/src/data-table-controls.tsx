import { useId, useRef } from 'react';

import { type Column, columnLabel, type TableControls, type TablePagination, tableCsv } from './data-table-model.ts';

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

/** Search, filters, CSV download and print above a table; their state lives in the URL. */
export function Toolbar<Row>({
  controls,
  columns,
  rows,
  csvName,
  printable,
  describedBy,
}: {
  controls: TableControls | undefined;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  csvName: string | undefined;
  printable: boolean | undefined;
  /** The table's caption, so "Download als CSV" says which table when a page has several. */
  describedBy?: string | undefined;
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
              aria-describedby={describedBy}
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

/** The pages of a table paged by the API: which rows are shown, and first/previous/next. */
export function Pager({ pagination, shown }: { pagination: TablePagination; shown: number }) {
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
