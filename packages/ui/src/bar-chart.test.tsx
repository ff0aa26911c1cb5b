import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './index.ts';

afterEach(cleanup);

describe('BarChart', () => {
  it('is an image with a name and summary, and has the same data as a table', () => {
    render(
      <BarChart
        title="Bbl-aandeel per instelling"
        summary="1 van 2 instellingen haalt de ambitie."
        labelHeader="Instelling"
        valueHeader="Aandeel bbl"
        reference={{ value: 0.35, label: 'ambitie 35%' }}
        max={1}
        data={[
          { key: 'a', label: 'Albeda College', value: 0.42, display: '42,0%' },
          { key: 'b', label: 'ROC Zadkine', value: 0.2, display: '20,0%' },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'Bbl-aandeel per instelling' });
    expect(image.getAttribute('aria-describedby')).toBeTruthy();
    expect(image.querySelectorAll('rect')).toHaveLength(2);
    // Bars scale to the axis: 42% is wider than 20%.
    const [first, second] = [...image.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(first).toBeGreaterThan(second ?? 0);
    expect(image.querySelector('line')).toBeTruthy();

    fireEvent.click(screen.getByText('Toon de gegevens als tabel'));
    const table = screen.getByRole('table', { name: 'Bbl-aandeel per instelling' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Albeda College', 'ROC Zadkine']);
    expect(table.textContent).toContain('42,0%');
  });
});
