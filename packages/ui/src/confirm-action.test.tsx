import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from './index.ts';

afterEach(cleanup);

describe('ConfirmAction', () => {
  it('acts only after the check step, with the declaration ticked', async () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmAction
        trigger="Praktijkovereenkomst ondertekenen"
        title="Controleer voordat je ondertekent"
        declaration="Ik heb de overeenkomst gelezen en ga akkoord."
        confirm="Ja, ik onderteken"
        onConfirm={onConfirm}
        address="je"
      >
        <p>Je school en het leerbedrijf zien dat je hebt getekend.</p>
      </ConfirmAction>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Praktijkovereenkomst ondertekenen' }));
    expect(onConfirm).not.toHaveBeenCalled();
    const heading = screen.getByRole('heading', { name: 'Controleer voordat je ondertekent' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/zien dat je hebt getekend/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik onderteken' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Vink eerst aan dat je akkoord gaat.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb de overeenkomst gelezen en ga akkoord.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik onderteken' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('cancelling closes the step and returns focus to the button', () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmAction trigger="Ronde bevestigen" title="Controleer" confirm="Ja, bevestig" onConfirm={onConfirm}>
        <p>Leerbedrijven zien namen en e-mailadressen.</p>
      </ConfirmAction>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ronde bevestigen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('heading', { name: 'Controleer' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ronde bevestigen' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
