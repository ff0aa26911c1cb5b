import { describe, expect, it } from 'vitest';
import { introWeekVariables, NO_DATA, yearRow } from './intro-week.ts';

describe('intro week', () => {
  it('asks for this year and last year, then four earlier years', () => {
    expect(introWeekVariables('0599', new Date('2026-03-01T12:00:00Z'))).toEqual({
      code: '0599',
      thisYear: 2026,
      lastYear: 2025,
      earlier1: 2024,
      earlier2: 2023,
      earlier3: 2022,
      earlier4: 2021,
    });
  });

  it('writes the status in Dutch, and "Geen gegevens" when nothing is recorded', () => {
    expect(yearRow(2023, '', { year: 2023, status: 'IN_TALKS', note: 'bron' }).status).toBe(
      'In gesprek over deelname van mbo-studenten',
    );
    expect(yearRow(2026, 'dit jaar', null)).toEqual({
      year: 2026,
      relative: 'dit jaar',
      status: NO_DATA,
      note: '',
      organiser: '',
      participants: '—',
    });
  });

  it('shows organiser, counted participants and the source of a record from the papers', () => {
    const row = yearRow(2025, 'vorig jaar', {
      year: 2025,
      status: 'OPEN',
      note: 'Open.',
      organiser: 'Gemeente',
      participants: 1480,
      source: 'Kamerstuk X',
    });
    expect(row).toMatchObject({ organiser: 'Gemeente', participants: '1.480', note: 'Open. (Kamerstuk X)' });
  });
});
