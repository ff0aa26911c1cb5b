import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyTableState,
  type Column,
  csvFileName,
  DataTable,
  readTableState,
  type TableState,
  tableCsv,
  useTableState,
  writeTableState,
} from './index.ts';

afterEach(cleanup);

interface Student {
  id: string;
  name: string;
  number: string;
  credits: number;
  pathway: 'BOL' | 'BBL';
}

const students: Student[] = [
  { id: '1', name: 'Romano de Vries', number: 's022', credits: 12, pathway: 'BOL' },
  { id: '2', name: 'Joy van der Linden', number: 's001', credits: 40, pathway: 'BBL' },
  { id: '3', name: 'Ömer Yılmaz', number: 's003', credits: 7, pathway: 'BOL' },
];

const columns: Column<Student>[] = [
  { key: 'name', header: 'Naam', rowHeader: true, sortable: true, cell: (s) => s.name },
  { key: 'number', header: 'Studentnummer', cell: (s) => <span>{s.number}</span> },
  {
    key: 'credits',
    header: <abbr title="Studiepunten">Punten</abbr>,
    label: 'Studiepunten',
    numeric: true,
    sortable: true,
    cell: (s) => String(s.credits),
    sortValue: (s) => s.credits,
  },
];

const none: TableState = { search: '', sort: null, direction: 'asc', filters: {}, after: null };

describe('table state in the URL', () => {
  it('round-trips search, sort, direction, filters and cursor, keeping other parameters', () => {
    const state: TableState = {
      search: 'zorg',
      sort: 'vraag',
      direction: 'desc',
      filters: { regio: 'rijnmond' },
      after: 'abc',
    };
    const query = writeTableState('?tab=1', state, ['regio']);
    expect(query).toBe('?tab=1&zoek=zorg&sorteer=vraag&richting=af&regio=rijnmond&na=abc');
    expect(readTableState(query, ['regio'])).toEqual(state);
    expect(writeTableState(query, none, ['regio'])).toBe('?tab=1');
  });

  it('a new search starts at the first page and is written to the address bar', () => {
    window.history.replaceState(null, '', '/ministerie/stagetekorten?na=abc&regio=x');
    function Probe() {
      const [state, set] = useTableState(['regio']);
      return (
        <button type="button" onClick={() => set({ search: 'zorg' })}>
          {JSON.stringify(state)}
        </button>
      );
    }
    render(<Probe />);
    const button = screen.getByRole('button');
    expect(JSON.parse(button.textContent ?? '')).toMatchObject({ after: 'abc', filters: { regio: 'x' } });
    fireEvent.click(button);
    expect(window.location.search).toBe('?regio=x&zoek=zorg');
    expect(JSON.parse(button.textContent ?? '')).toMatchObject({ after: null, search: 'zorg' });
  });
});

describe('applyTableState (lists loaded whole)', () => {
  it('searches every column without accents and sorts numbers as numbers', () => {
    expect(applyTableState(students, columns, { ...none, search: 'omer' }).map((s) => s.id)).toEqual(['3']);
    expect(applyTableState(students, columns, { ...none, search: 's001' }).map((s) => s.id)).toEqual(['2']);
    const byCredits = applyTableState(students, columns, { ...none, sort: 'credits', direction: 'desc' });
    expect(byCredits.map((s) => s.credits)).toEqual([40, 12, 7]);
    const filtered = applyTableState(students, columns, { ...none, filters: { leerweg: 'BBL' } }, (s, f) =>
      f.leerweg ? s.pathway === f.leerweg : true,
    );
    expect(filtered.map((s) => s.id)).toEqual(['2']);
  });
});

describe('CSV', () => {
  it('has the column labels as header and the shown text, with semicolons and a BOM', () => {
    const csv = tableCsv(columns, students.slice(0, 2));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Naam;Studentnummer;Studiepunten',
      'Romano de Vries;s022;12',
      'Joy van der Linden;s001;40',
      '',
    ]);
    expect(tableCsv([{ key: 'a', header: 'A', cell: () => 'x; "y"' }], [1])).toContain('"x; ""y"""');
  });
});

describe('DataTable with controls', () => {
  beforeEach(() => window.history.replaceState(null, '', '/school'));

  function Harness() {
    const [state, setState] = useState<TableState>(none);
    const rows = applyTableState(students, columns, state);
    return (
      <DataTable
        caption="Studenten"
        columns={columns}
        rows={rows}
        rowKey={(s) => s.id}
        controls={{
          state,
          onChange: (patch) => setState({ ...state, ...patch }),
          search: { label: 'Zoek een student' },
        }}
        csvName="studenten"
        printable
        empty="Geen studenten gevonden."
      />
    );
  }

  it('sorts from the column header (aria-sort), searches, and labels each cell for the card view', () => {
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Studenten' });
    const header = within(table).getByRole('columnheader', { name: /Studiepunten|Punten/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Joy van der Linden', 'Romano de Vries', 'Ömer Yılmaz']);
    expect(within(table).getByText('s001').closest('td')?.getAttribute('data-label')).toBe('Studentnummer');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek een student' }), { target: { value: 'romano' } });
    fireEvent.submit(screen.getByRole('search', { name: 'Zoek een student' }));
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Romano de Vries']);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'niemand' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Geen studenten gevonden.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download als CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeTruthy();
  });

  it('shows where the page is and offers the next page from the API', () => {
    const next: string[] = [];
    render(
      <DataTable
        caption="Tekorten"
        columns={columns}
        rows={students}
        rowKey={(s) => s.id}
        controls={{
          state: none,
          onChange: () => {},
          pagination: {
            totalCount: 309,
            offset: 25,
            hasNextPage: true,
            endCursor: 'c2',
            onNext: (c) => next.push(c),
            onPrevious: () => {},
          },
        }}
      />,
    );
    const pager = screen.getByRole('navigation', { name: 'Pagina’s van de tabel' });
    expect(pager.textContent).toContain('Rij 26 tot en met 28 van 309');
    fireEvent.click(within(pager).getByRole('button', { name: 'Volgende pagina' }));
    expect(next).toEqual(['c2']);
    expect(within(pager).getByRole('button', { name: 'Vorige pagina' })).toBeTruthy();
  });
});

describe('every table offers CSV', () => {
  it('names the file after a text caption, without counts, accents or "met totalen"', () => {
    expect(csvFileName('Geaccepteerde studenten (3)')).toBe('geaccepteerde-studenten');
    expect(csvFileName('Allocaties salarismix en carrièreperspectief per instelling, met totalen')).toBe(
      'allocaties-salarismix-en-carriereperspectief-per-instelling',
    );
    expect(csvFileName('(12)')).toBeUndefined();
    expect(csvFileName(<span>Studenten</span>)).toBeUndefined();
  });

  it('offers "Download als CSV" without being asked, described by the caption, unless csvName is false', () => {
    const { unmount } = render(
      <DataTable caption="Mijn keuzes (2)" columns={columns} rows={students} rowKey={(s) => s.id} />,
    );
    const button = screen.getByRole('button', { name: 'Download als CSV' });
    const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Mijn keuzes (2)');
    unmount();
    render(<DataTable caption="Stil" columns={columns} rows={students} rowKey={(s) => s.id} csvName={false} />);
    expect(screen.queryByRole('button', { name: 'Download als CSV' })).toBeNull();
  });
});
