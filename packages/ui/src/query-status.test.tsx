import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryStatus } from './index.ts';

afterEach(cleanup);

describe('QueryStatus', () => {
  it('says what is loading, unless an earlier answer is still shown', () => {
    const reload = vi.fn();
    const { rerender } = render(
      <QueryStatus
        result={{ status: 'loading', reload }}
        what="de meldingen"
        loading="De meldingen worden opgehaald…"
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('De meldingen worden opgehaald…');
    rerender(<QueryStatus result={{ status: 'loading', reload }} what="de meldingen" showing={[{ id: 1 }]} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says why it failed and retries on request; shows nothing once done', () => {
    const reload = vi.fn();
    const { rerender, container } = render(
      <QueryStatus
        result={{ status: 'failed', error: { message: 'De gateway antwoordt niet.' }, reload }}
        what="de meldingen"
      />,
    );
    expect(screen.getByText('De meldingen kunnen nu niet worden getoond')).toBeTruthy();
    expect(screen.getByText('De gateway antwoordt niet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(reload).toHaveBeenCalledTimes(1);
    rerender(<QueryStatus result={{ status: 'done', reload }} what="de meldingen" />);
    expect(container.textContent).toBe('');
  });
});
