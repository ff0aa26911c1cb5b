import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countOf, SubNavigation, TaskList, taskText } from './index.ts';

afterEach(cleanup);

describe('Wat moet ik nu doen', () => {
  const tasks = [
    { kind: 'ANSWER_MATCHES' as const, count: 3 },
    { kind: 'SIGN_AGREEMENTS' as const, count: 0 },
    { kind: 'RENEW_PLACES' as const, count: 1 },
  ];

  it('lists the kinds with work waiting, with counts, what to do and a link to where it is done', () => {
    const onNavigate = vi.fn();
    render(
      <TaskList tasks={tasks} audience="staff" hrefOf={(kind) => `/leerbedrijf/${kind}`} onNavigate={onNavigate} />,
    );
    const section = screen.getByRole('region', { name: 'Wat moet ik nu doen' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `Matches beantwoorden: 3${taskText('ANSWER_MATCHES', 'staff').todo}`,
      `Verlopen plaatsen: 1${taskText('RENEW_PLACES', 'staff').todo}`,
    ]);
    within(section).getByRole('link', { name: 'Verlopen plaatsen: 1' }).click();
    expect(onNavigate).toHaveBeenCalledWith('/leerbedrijf/RENEW_PLACES');
  });

  it('says when nothing waits, in the app’s form of address, and when the list could not be loaded', () => {
    const props = { hrefOf: () => '/', onNavigate: () => undefined };
    const { rerender } = render(
      <TaskList tasks={[{ kind: 'SIGN_AGREEMENTS', count: 0 }]} audience="student" {...props} />,
    );
    expect(screen.getByText('Er wacht nu niets op jou.')).toBeTruthy();
    rerender(<TaskList tasks={[]} audience="staff" {...props} />);
    expect(screen.getByText('Er wacht nu niets op u.')).toBeTruthy();
    rerender(<TaskList tasks={null} failed audience="staff" {...props} />);
    expect(screen.getByText(/kon nu niet worden opgehaald/)).toBeTruthy();
    expect(taskText('SIGN_AGREEMENTS', 'student').label).toBe('Je praktijkovereenkomst ondertekenen');
  });

  it('puts the count in the navigation as text, not colour alone, and leaves it out at 0', () => {
    expect(countOf(tasks, ['ANSWER_MATCHES', 'RENEW_PLACES'])).toBe(4);
    expect(countOf(null, ['ANSWER_MATCHES'])).toBe(0);
    render(
      <SubNavigation
        label="Onderdelen"
        onNavigate={() => undefined}
        items={[
          { href: '/a', label: 'Gematchte studenten', current: false, count: 3 },
          { href: '/b', label: 'Stages', current: true, count: 0 },
        ]}
      />,
    );
    const link = screen.getByRole('link', { name: 'Gematchte studenten (3 te doen)' });
    // Seen: "(3)"; heard: "(3 te doen)".
    expect(link.querySelector('[aria-hidden="true"]')?.textContent).toBe(' (3)');
    expect(screen.getByRole('link', { name: 'Stages' }).textContent).toBe('Stages');
  });
});
