import type { ReportBasicsField, ReportBasicsForm } from '@stelsel/reports-common';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportBasicsFields, ReporterContactFields } from './index.ts';

afterEach(cleanup);

const IDS: Record<ReportBasicsField, string> = {
  companyId: 't-bedrijf',
  kind: 't-soort',
  moment: 't-moment',
  grounds: 't-gronden',
  occurredOn: 't-datum',
  description: 't-verhaal',
};
const LABELS: Record<ReportBasicsField, string> = {
  companyId: 'Leerbedrijf',
  kind: 'Wat gebeurde er',
  moment: 'Wanneer',
  grounds: 'Gronden',
  occurredOn: 'Datum',
  description: 'Verhaal',
};
const EMPTY: ReportBasicsForm = { companyId: '', kind: '', moment: '', grounds: [], occurredOn: '', description: '' };

function Harness({ errors = {} }: { errors?: Partial<Record<string, string>> }) {
  const [form, setForm] = useState<ReportBasicsForm>(EMPTY);
  return (
    <form aria-label="Melding">
      <ReportBasicsFields
        ids={IDS}
        labels={LABELS}
        form={form}
        onChange={(field, value) => setForm((f) => ({ ...f, [field]: value }))}
        onGround={(code, on) =>
          setForm((f) => ({ ...f, grounds: on ? [...f.grounds, code] : f.grounds.filter((g) => g !== code) }))
        }
        companies={[{ id: 'kvk-1', name: 'Maasstad' }]}
        grounds={[
          { code: 'ORIGIN', label: 'Afkomst' },
          { code: 'RELIGION', label: 'Godsdienst' },
        ]}
        errors={errors}
        texts={{ companyPlaceholder: 'Kies het leerbedrijf' }}
      />
      <output data-testid="gronden">{form.grounds.join(',')}</output>
    </form>
  );
}

describe('ReportBasicsFields', () => {
  it('offers what happened and when in Dutch, hides the grounds once misuse is chosen, and keeps ticked grounds', () => {
    render(<Harness />);
    const kind = screen.getByLabelText('Wat gebeurde er') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.value)).toEqual(['', 'DISCRIMINATION', 'MISUSE']);
    const moment = screen.getByLabelText('Wanneer') as HTMLSelectElement;
    expect([...moment.options].map((o) => o.textContent)).toContain('Tijdens de stage of leerbaan');
    fireEvent.click(screen.getByLabelText('Godsdienst'));
    expect(screen.getByTestId('gronden').textContent).toBe('RELIGION');
    fireEvent.change(kind, { target: { value: 'MISUSE' } });
    expect(screen.queryByRole('group', { name: 'Gronden' })).toBeNull();
    fireEvent.change(kind, { target: { value: 'DISCRIMINATION' } });
    expect((screen.getByLabelText('Godsdienst') as HTMLInputElement).checked).toBe(true);
  });

  it('shows an error at its field', () => {
    render(<Harness errors={{ description: 'Beschrijf in minstens 10 tekens wat er gebeurde.' }} />);
    const story = screen.getByLabelText('Verhaal');
    expect(story.getAttribute('aria-invalid')).toBe('true');
    const described = (story.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = described.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(messages).toContain('Beschrijf in minstens 10 tekens wat er gebeurde.');
  });
});

describe('ReporterContactFields', () => {
  it('marks only the optional fields as optional and reports each change by field', () => {
    const onChange = vi.fn();
    render(
      <ReporterContactFields
        id="t-contact"
        legend="De student"
        value={{ name: '', email: '', phone: '' }}
        onChange={onChange}
        optional={['email', 'phone']}
      />,
    );
    expect(screen.getByText('E-mailadres').textContent).toContain('(niet verplicht)');
    expect(screen.getByText('Naam').textContent).not.toContain('(niet verplicht)');
    fireEvent.change(screen.getByLabelText(/Telefoonnummer/), { target: { value: '010-1234567' } });
    expect(onChange).toHaveBeenCalledWith('phone', '010-1234567');
  });
});
