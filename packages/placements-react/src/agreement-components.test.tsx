import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AllowanceOverview, ContactMomentsTable, SignaturesTable } from './index.ts';

afterEach(cleanup);

describe('SignaturesTable', () => {
  it('shows each required party, and who signed the current version when', () => {
    render(
      <SignaturesTable
        agreement={{
          status: 'SIGNING',
          version: 2,
          requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY'],
          signatures: [
            { party: 'STUDENT', signedBy: 'roc-zadkine-s001', signedAt: '2026-03-05T09:30:00Z', version: 2 },
            { party: 'COMPANY', signedBy: 'praktijkopleider-maasstad', signedAt: '2026-02-01T09:30:00Z', version: 1 },
          ],
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Handtekeningen onder versie 2' });
    const student = within(table).getByRole('row', { name: /Student/ });
    // Without a directory of people the signer is named by role, never by login id.
    expect(student.textContent).toContain('De student');
    expect(student.textContent).not.toContain('roc-zadkine-s001');
    expect(student.textContent).toContain('5 maart 2026, 10:30');
    // The company signed version 1 only: that signature lapsed with the edit.
    expect(within(table).getByRole('row', { name: /Leerbedrijf/ }).textContent).toContain('Nog niet');
    expect(within(table).queryByRole('row', { name: /Ouder of voogd/ })).toBeNull();
  });
});

describe('ContactMomentsTable', () => {
  it('says so when nothing is planned', () => {
    render(<ContactMomentsTable moments={[]} caption="Contactmomenten" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Er zijn nog geen contactmomenten gepland.')).toBeTruthy();
  });

  it('shows planned and held moments', () => {
    render(
      <ContactMomentsTable
        caption="Contactmomenten"
        moments={[
          {
            id: '1',
            kind: 'START',
            plannedOn: '2026-02-02',
            plannedMode: 'IN_PERSON',
            plannedBy: 'docent-zadkine',
            heldOn: '2026-02-03',
            heldMode: 'IN_PERSON',
            recordedBy: 'docent-zadkine',
          },
          { id: '2', kind: 'INTERIM', plannedOn: '2026-04-01', plannedMode: 'VIDEO', plannedBy: 'docent-zadkine' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Contactmomenten' });
    expect(within(table).getByRole('row', { name: /Startgesprek/ }).textContent).toContain('3 februari 2026');
    expect(within(table).getByRole('row', { name: /Tussentijds gesprek/ }).textContent).toContain('Nog niet');
  });
});

describe('AllowanceOverview', () => {
  it('lists the months still unpaid, in Dutch', () => {
    render(
      <AllowanceOverview
        status={{
          agreedMonthly: '350.00',
          paidMonths: ['2026-02'],
          missingMonths: ['2026-03', '2026-04'],
          upToDate: false,
        }}
        payments={[
          {
            id: 'p1',
            month: '2026-02',
            kind: 'EXPENSE',
            amount: '350.00',
            recordedBy: 'praktijkopleider-maasstad',
            recordedAt: '2026-03-01T08:00:00Z',
          },
        ]}
      />,
    );
    expect(screen.getByText('maart 2026, april 2026')).toBeTruthy();
    expect(screen.getByText('1 maand')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Vastgelegde betalingen' });
    expect(within(table).getByRole('rowheader', { name: 'februari 2026' })).toBeTruthy();
    expect(table.textContent).toContain('350,00');
  });
});
