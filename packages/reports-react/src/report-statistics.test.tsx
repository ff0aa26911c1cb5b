import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ReportFigures, ReportStatisticsState, ReportStatisticsTables } from './index.ts';

afterEach(cleanup);

const row = (code: string, count: number | null, suppressed = false) => ({
  code,
  label: `Rij ${code}`,
  count,
  suppressed,
});
const FIGURES: ReportFigures = {
  year: 2025,
  hasData: true,
  threshold: 10,
  total: 45,
  suppressed: false,
  scope: 'leerbedrijven in de arbeidsmarktregio Rijnmond',
  byGround: [{ ground: { code: 'ORIGIN', label: 'Afkomst' }, count: null, suppressed: true }],
  byNature: [row('DISCRIMINATION', 45)],
  byChannel: [row('SBB', 45)],
  byOutcome: [row('PENDING', 45)],
  byRegion: [row('rijnmond', 45)],
  bySector: [row('ZWS', 12), row('', 33)],
  byDesk: [row('roc-zadkine', 0), row('', 45)],
};

describe('ReportStatisticsTables', () => {
  it('says what the figures cover, shows a suppressed cell as "afgeschermd" and a real 0 as 0', () => {
    render(<ReportStatisticsTables figures={FIGURES} />);
    expect(screen.getByRole('status').textContent).toBe(
      'In 2025: 45 meldingen. De cijfers gaan over leerbedrijven in de arbeidsmarktregio Rijnmond.',
    );
    const grounds = screen.getByRole('table', { name: 'Meldingen van discriminatie in 2025 naar grond' });
    expect(within(grounds).getByRole('row', { name: /Afkomst/ }).textContent).toContain('afgeschermd');
    const desks = screen.getByRole('table', { name: 'Meldingen in 2025 naar meldpunt van de school' });
    expect(within(desks).getByRole('row', { name: /roc-zadkine/ }).textContent).toMatch(/0$/);
  });

  it('shows no tables for a year without data', () => {
    render(<ReportStatisticsTables figures={{ ...FIGURES, hasData: false, total: null }} />);
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toMatch(/^Over 2025 zijn geen gegevens/);
  });
});

describe('ReportStatisticsState', () => {
  it('says it is loading, and offers a retry when the figures could not be fetched', () => {
    const reload = vi.fn();
    const { rerender } = render(<ReportStatisticsState result={{ status: 'loading', reload }} />);
    expect(screen.getByText('De cijfers worden opgehaald…')).toBeTruthy();
    rerender(<ReportStatisticsState result={{ status: 'failed', error: new Error('Gateway weg.'), reload }} />);
    fireEvent.click(screen.getByRole('button'));
    expect(reload).toHaveBeenCalledTimes(1);
    rerender(<ReportStatisticsState result={{ status: 'done', reload }} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
