import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable, Loading, PageLayout, PartialNotice } from './index.ts';

afterEach(cleanup);

describe('DataTable', () => {
  const rows = [
    { id: 'a', name: 'Albeda College', amount: '€ 6.000.000,00' },
    { id: 'b', name: 'ROC Zadkine', amount: '€ 7.300.000,00' },
  ];

  it('has a caption, column headers and row headers, and a totals footer', () => {
    render(
      <DataTable
        caption="Allocaties"
        columns={[
          { key: 'name', header: 'Instelling', rowHeader: true, cell: (r) => r.name },
          { key: 'amount', header: 'Bedrag', numeric: true, cell: (r) => r.amount },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
        footer={[{ key: 'sum', cells: ['Som', '€ 13.300.000,00'] }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Allocaties' });
    expect(within(table).getByRole('columnheader', { name: 'Instelling' }).getAttribute('scope')).toBe('col');
    expect(within(table).getByRole('rowheader', { name: 'ROC Zadkine' }).getAttribute('scope')).toBe('row');
    expect(within(table).getByRole('rowheader', { name: 'Som' })).toBeTruthy();
    expect(table.querySelector('tfoot')?.textContent).toContain('€ 13.300.000,00');
  });
});

describe('data states', () => {
  it('announces loading politely', () => {
    render(<Loading />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Gegevens worden geladen…');
  });

  it('names what is unavailable, and stays silent when everything came back', () => {
    const { rerender } = render(<PartialNotice unavailable={['de totalen salarismix']} />);
    expect(screen.getByRole('status').textContent).toContain('Nu niet beschikbaar: de totalen salarismix');
    rerender(<PartialNotice unavailable={[]} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('PageLayout', () => {
  it('has a skip link to the main landmark, a labelled navigation and a footer', () => {
    render(
      <PageLayout navigation={[{ href: '/school', label: 'Mijn studenten', current: true }]}>
        <h1>Inhoud</h1>
      </PageLayout>,
    );
    const skip = screen.getByRole('link', { name: 'Direct naar de inhoud' });
    expect(skip.getAttribute('href')).toBe('#inhoud');
    expect(screen.getByRole('main').id).toBe('inhoud');
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getByRole('link', { name: 'Mijn studenten' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });
});
