import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormResult, SubmitOutcome } from './form-model.ts';
import { FormFrame, TextareaField, TextField, useForm } from './index.ts';

afterEach(cleanup);

type Field = 'id' | 'text';
const check = (form: { id: string; text: string }): FormResult<{ id: string; text: string }, Field> => {
  const errors: Partial<Record<Field, string>> = {};
  if (!form.id) errors.id = 'Vul de melding in.';
  if (form.text.trim().length < 3) errors.text = 'Schrijf ten minste 3 tekens.';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input: form };
};

function StatementForm({ answer }: { answer: (input: { id: string; text: string }, key: string) => SubmitOutcome }) {
  const f = useForm({
    initial: { id: '', text: '' },
    ids: { id: 'zaak', text: 'tekst' },
    labels: { id: 'Melding', text: 'Uw verklaring' },
    serverFields: { caseId: 'id' },
  });
  const submit = async () => {
    if (await f.submission.send(check(f.form), async (input, key) => answer(input, key))) f.reset();
  };
  return (
    <FormFrame
      form={f}
      titleId="verklaring-title"
      title="Uw verklaring geven"
      errorTitle="Uw verklaring is niet verstuurd"
      submitLabel="Versturen"
      onSubmit={submit}
    >
      <TextField {...f.bind('id')} />
      <TextareaField {...f.bind('text')} />
    </FormFrame>
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('useForm and FormFrame', () => {
  it('names the form by its title and links each error to its field', async () => {
    const answer = vi.fn((): SubmitOutcome => ({ ok: true }));
    render(<StatementForm answer={answer} />);
    expect(screen.getByRole('form', { name: 'Uw verklaring geven' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Uw verklaring is niet verstuurd');
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['#zaak', 'Melding: Vul de melding in.'],
      ['#tekst', 'Uw verklaring: Schrijf ten minste 3 tekens.'],
    ]);
    expect(answer).not.toHaveBeenCalled();
  });

  it('shows a server error at the field it names, keeps the key for a retry, and empties the form once sent', async () => {
    const keys: string[] = [];
    let outcome: SubmitOutcome = { ok: false, message: 'Deze melding bestaat niet.', field: 'caseId' };
    render(
      <StatementForm
        answer={(_input, key) => {
          keys.push(key);
          return outcome;
        }}
      />,
    );
    type('Melding', 'zaak-9');
    type('Uw verklaring', 'Het ging anders.');
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await screen.findByText('Melding: Deze melding bestaat niet.');
    expect((screen.getByLabelText('Melding') as HTMLInputElement).value).toBe('zaak-9');

    outcome = { ok: true };
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect((screen.getByLabelText('Melding') as HTMLInputElement).value).toBe(''));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
