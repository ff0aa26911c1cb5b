import { useCallback, useEffect, useState } from 'react';

/** Search, sort, filters and page of a table; lives in the address bar so a reload or a shared link keeps it. */
export interface TableState {
  search: string;
  /** Column key; null: the table's own order. */
  sort: string | null;
  direction: 'asc' | 'desc';
  filters: Readonly<Record<string, string>>;
  /** Cursor of the page shown (the API's `after`); null: the first page. */
  after: string | null;
}

/** Query-string names, in Dutch because people see and share them. */
const PARAM = { search: 'zoek', sort: 'sorteer', direction: 'richting', after: 'na' } as const;

function name(prefix: string, key: string): string {
  return prefix ? `${prefix}-${key}` : key;
}

export function readTableState(search: string, filterKeys: readonly string[], prefix = ''): TableState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = params.get(name(prefix, key));
    if (value) filters[key] = value;
  }
  return {
    search: params.get(name(prefix, PARAM.search)) ?? '',
    sort: params.get(name(prefix, PARAM.sort)) || null,
    direction: params.get(name(prefix, PARAM.direction)) === 'af' ? 'desc' : 'asc',
    filters,
    after: params.get(name(prefix, PARAM.after)) || null,
  };
}

/** The query string with the table's state written into it; other parameters stay as they are. */
export function writeTableState(search: string, state: TableState, filterKeys: readonly string[], prefix = ''): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) => {
    if (value) params.set(name(prefix, key), value);
    else params.delete(name(prefix, key));
  };
  set(PARAM.search, state.search.trim() ? state.search : null);
  set(PARAM.sort, state.sort);
  set(PARAM.direction, state.sort && state.direction === 'desc' ? 'af' : null);
  for (const key of filterKeys) set(key, state.filters[key] ?? null);
  set(PARAM.after, state.after);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The table state from the URL, and a setter that writes it back (replacing the history entry, so
 * typing a search does not fill the back button). A new search, sort or filter starts at page one.
 */
export function useTableState(
  filterKeys: readonly string[] = [],
  prefix = '',
): [TableState, (patch: Partial<TableState>) => void] {
  const keys = filterKeys.join('|');
  const read = useCallback(
    () => readTableState(window.location.search, keys ? keys.split('|') : [], prefix),
    [keys, prefix],
  );
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, [read]);
  const update = useCallback(
    (patch: Partial<TableState>) => {
      setState((current) => {
        const resets = 'search' in patch || 'sort' in patch || 'direction' in patch || 'filters' in patch;
        const next: TableState = {
          ...current,
          ...patch,
          after: 'after' in patch ? (patch.after ?? null) : resets ? null : current.after,
        };
        const query = writeTableState(window.location.search, next, keys ? keys.split('|') : [], prefix);
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${query}${window.location.hash}`,
        );
        return next;
      });
    },
    [keys, prefix],
  );
  return [state, update];
}

/** Lower case without accents, so "curaçao" finds "Curacao". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl');
}

/** Every word of the search occurs in one of the texts. */
export function matchesSearch(texts: readonly string[], search: string): boolean {
  const haystack = fold(texts.join(' '));
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export type SortValue = string | number | null | undefined;

/** Compares for sorting: numbers as numbers, text the Dutch way, empty values last. */
export function compareValues(a: SortValue, b: SortValue): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl', { numeric: true, sensitivity: 'base' });
}

/** One CSV field: quoted when it holds the separator, a quote or a line break. */
function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV as Dutch spreadsheet programs open it: semicolons (the comma is the decimal sign), CRLF line
 * ends, and a byte-order mark so Excel reads UTF-8 (é, ë, €).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}
