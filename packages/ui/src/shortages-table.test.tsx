import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortagesTable } from './shortages-table.tsx';

afterEach(cleanup);

const rows = [
  {
    region: { code: 'R1', name: 'Rijnmond' },
    qualification: { crebo: '25491', name: 'Verzorgende-IG', level: 3 },
    pathway: 'BOL' as const,
    demand: 18,
    supply: 0,
    shortage: 18,
    surplus: 0,
    suppressed: false,
  },
];
const totals = { demand: 18, supply: 0, shortage: 18, surplus: 0, suppressedRows: 0 };

describe('the shortages table', () => {
  it('leaves the region column out when every row is in the one region of the caption', () => {
    render(<ShortagesTable caption="Stagetekorten in Rijnmond" rows={rows} totals={totals} oneRegion />);
    const table = screen.getByRole('table', { name: 'Stagetekorten in Rijnmond' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).not.toContain('Arbeidsmarktregio');
    expect(headers).toHaveLength(6);
    // The totals row keeps its numbers under their columns.
    const cells = within(table).getAllByRole('row').at(-1)?.querySelectorAll('td, th') ?? [];
    expect(cells).toHaveLength(6);
  });

  it('shows the region column by default', () => {
    render(<ShortagesTable caption="Stagetekorten" rows={rows} totals={totals} />);
    expect(screen.getByRole('columnheader', { name: 'Arbeidsmarktregio' })).toBeTruthy();
  });
});
