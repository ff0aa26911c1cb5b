import { configureGraphql } from '@stelsel/client';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllocationsPage } from './allocations-page.tsx';

afterEach(cleanup);

const row = (id: string, name: string, amount: string, year: number, transitionRecipient = false) => ({
  year,
  amount,
  transitionRecipient,
  institution: { id, name },
});
const BASIS =
  'Raming: gebaseerd op de ongecontroleerde teldatum 1 oktober 2022. De werkelijke bedragen zullen afwijken.';
const totals = (sum: string, statedTotal: string | null, difference: string | null, institutionCount: number) => ({
  institutionCount,
  sum,
  statedTotal,
  difference,
  basis: BASIS,
  regulation:
    institutionCount === 1
      ? {
          name: 'Regeling versterking van salarismix leraren mbo in de Randstadregio’s',
          citation: 'Stcrt. 2022, 17977',
        }
      : { name: 'Regeling Kwaliteitsafspraken mbo 2024–2027', citation: 'Stcrt. 2023, 8133' },
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
          row('zadkine', 'ROC Zadkine', '5100000.00', 2024, true),
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
    // The table is an estimate, under the right regulations, with the transition recipients marked.
    expect(screen.getByText(/Dit is een raming\./).parentElement?.textContent).toContain(BASIS);
    expect(screen.getByText(/Stcrt\. 2022, 17977/)).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'ROC Zadkine' }).closest('tr')?.textContent).toContain('Ja');
  });

  it('says clearly when the gateway cannot give the data', async () => {
    gatewayAnswers({ data: null, errors: [{ message: 'funding is niet bereikbaar' }] });
    render(<AllocationsPage />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
