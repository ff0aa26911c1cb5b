import { configureGraphql } from '@stelsel/client';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllocationsPage } from './allocations-page.tsx';

afterEach(cleanup);

const row = (id: string, name: string, amount: string, year: number) => ({ year, amount, institution: { id, name } });
const totals = (sum: string, statedTotal: string | null, difference: string | null, institutionCount: number) => ({
  institutionCount,
  sum,
  statedTotal,
  difference,
});

function gatewayAnswers(body: unknown) {
  configureGraphql({
    endpoint: 'http://gateway/graphql',
    getToken: () => 'token',
    fetch: vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })),
  });
}

describe('AllocationsPage', () => {
  it('shows the table with the sum, the stated total and the rounding difference as published', async () => {
    gatewayAnswers({
      data: {
        salarismix: [row('zadkine', 'ROC Zadkine', '7300000.00', 2023)],
        carriereperspectief: [
          row('zadkine', 'ROC Zadkine', '5100000.00', 2024),
          row('alfa', 'Alfa-college', '2800000.00', 2024),
        ],
        salarismixSummary: totals('7300000.00', '7300000.00', '0.00', 1),
        carriereperspectiefSummary: totals('7900000.00', '8200000.00', '300000.00', 2),
      },
    });
    render(<AllocationsPage />);
    const table = await screen.findByRole('table', { name: /Allocaties salarismix en carrièreperspectief/ });
    const plain = (table.textContent ?? '').replace(/\u00a0/g, ' ');
    expect(within(table).getByRole('columnheader', { name: 'Carrièreperspectief (2024)' })).toBeTruthy();
    expect(plain).toContain('€ 7.300.000,00');
    const difference = within(table)
      .getByRole('rowheader', { name: /Afrondingsverschil/ })
      .closest('tr');
    expect(difference?.textContent?.replace(/\u00a0/g, ' ')).toContain('€ 300.000,00');
    // Alfa-college is not in the salarismix table: shown as empty, not as zero.
    expect(within(table).getByRole('rowheader', { name: 'Alfa-college' }).closest('tr')?.textContent).toContain('—');
  });

  it('says clearly when the gateway cannot give the data', async () => {
    gatewayAnswers({ data: null, errors: [{ message: 'funding is niet bereikbaar' }] });
    render(<AllocationsPage />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
