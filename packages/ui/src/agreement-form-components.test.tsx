import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  HeldMomentInput,
  PaymentInput,
  PlanMomentInput,
  PlannedMoment,
  SubmitOutcome,
} from './agreement-forms.ts';
import { AllowancePaymentForm, ContactMomentForms, PlanContactMomentForm, RecordContactMomentForm } from './index.ts';

afterEach(cleanup);

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const TODAY = '2026-11-23';
const period = { startsOn: '2026-02-02', endsOn: '2026-06-30' };

const fill = (scope: HTMLElement, label: string | RegExp, value: string) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const fieldValue = (scope: HTMLElement, label: string | RegExp) =>
  (within(scope).getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;

/** A submit that answers from a list, one answer per call, and records what it was sent. */
function answers<I>(...outcomes: SubmitOutcome[]) {
  const calls: { input: I; key: string }[] = [];
  const submit = vi.fn(async (input: I, key: string) => {
    calls.push({ input, key });
    return outcomes.shift() ?? { ok: true as const };
  });
  return { submit, calls };
}

describe('PlanContactMomentForm', () => {
  it('checks the form first, shows a server error at its field, keeps the key for a retry, then starts afresh', async () => {
    const { submit, calls } = answers<PlanMomentInput>(
      { ok: false, message: 'De datum ligt te ver buiten de looptijd van de overeenkomst.', field: 'plannedOn' },
      { ok: false, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.', field: null },
    );
    const onPlanned = vi.fn();
    render(<PlanContactMomentForm moments={[]} period={period} submit={submit} onPlanned={onPlanned} />);
    const form = screen.getByRole('form', { name: 'Contactmoment plannen' });
    expect(fieldValue(form, 'Soort contactmoment')).toBe('START');
    expect(within(form).getByLabelText('Datum').getAttribute('type')).toBe('date');

    // Empty fields are caught before anything is sent; the summary takes focus and links to each field.
    fireEvent.click(within(form).getByRole('button', { name: 'Contactmoment plannen' }));
    const summary = await within(form).findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: 'Datum: Vul de datum in.' }).getAttribute('href')).toBe(
      '#plannen-datum',
    );
    expect(
      within(summary)
        .getByRole('link', { name: /^Vorm: / })
        .getAttribute('href'),
    ).toBe('#plannen-vorm');
    expect(within(form).getByLabelText('Datum').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();

    fill(form, 'Datum', '2027-02-03');
    fill(form, 'Vorm', 'VIDEO');
    fireEvent.click(within(form).getByRole('button', { name: 'Contactmoment plannen' }));
    const atField = await within(form).findByRole('link', { name: /te ver buiten de looptijd/ });
    expect(atField.getAttribute('href')).toBe('#plannen-datum');
    expect(within(form).getByLabelText('Datum').getAttribute('aria-invalid')).toBe('true');
    expect(calls[0]?.input).toEqual({ kind: 'START', plannedOn: '2027-02-03', mode: 'VIDEO' });

    // The same content again is the same attempt: the same key. An error without a field is the form's.
    fireEvent.click(within(form).getByRole('button', { name: 'Contactmoment plannen' }));
    await within(form).findByText('Er kwam geen antwoord terug. Probeer het opnieuw.');
    expect(calls[1]?.key).toBe(calls[0]?.key);
    fill(form, 'Datum', '2026-03-02');
    fireEvent.click(within(form).getByRole('button', { name: 'Contactmoment plannen' }));
    const done = await screen.findByText('Het contactmoment is gepland.');
    expect(calls[2]?.key).not.toBe(calls[0]?.key);
    expect(onPlanned).toHaveBeenCalledWith({ kind: 'START', plannedOn: '2026-03-02', mode: 'VIDEO' });
    // A fresh form, with the next kind chosen already; the message has focus.
    expect(done.closest('[tabindex="-1"]')).toBe(document.activeElement);
    const fresh = screen.getByRole('form', { name: 'Contactmoment plannen' });
    expect(fieldValue(fresh, 'Soort contactmoment')).toBe('INTERIM');
    expect(fieldValue(fresh, 'Datum')).toBe('');
    expect(within(fresh).queryByRole('alert')).toBeNull();
  });

  it('says so when sending failed outright, and does not send twice while busy', async () => {
    let release: (outcome: SubmitOutcome) => void = () => {};
    const submit = vi.fn(
      () =>
        new Promise<SubmitOutcome>((resolve) => {
          release = resolve;
        }),
    );
    render(<PlanContactMomentForm moments={[{ kind: 'START' }]} period={period} submit={submit} />);
    const form = screen.getByRole('form', { name: 'Contactmoment plannen' });
    fill(form, 'Datum', '2026-03-02');
    fill(form, 'Vorm', 'PHONE');
    const button = within(form).getByRole('button', { name: 'Contactmoment plannen' });
    fireEvent.click(button);
    await within(form).findByText('Bezig met plannen…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(submit).toHaveBeenCalledTimes(1);
    release({ ok: false, message: 'U mag deze overeenkomst niet wijzigen.', field: 'agreementId' });
    await within(form).findByText('U mag deze overeenkomst niet wijzigen.');

    submit.mockRejectedValueOnce(new Error('kapot'));
    fireEvent.click(button);
    await within(form).findByText('Het versturen is niet gelukt. Probeer het opnieuw.');
  });
});

describe('RecordContactMomentForm', () => {
  const moment = { id: 'm1', kind: 'START' as const, plannedOn: '2026-02-03', plannedMode: 'IN_PERSON' as const };

  it('is filled in from the plan, and refuses a date in the future before sending', async () => {
    const { submit, calls } = answers<HeldMomentInput>({ ok: true });
    const onRecorded = vi.fn();
    render(
      <RecordContactMomentForm
        moment={moment}
        name="Startgesprek vastleggen"
        notesReadBy="de student en het leerbedrijf"
        submit={submit}
        onRecorded={onRecorded}
        today={TODAY}
      />,
    );
    const form = screen.getByRole('form', { name: 'Startgesprek vastleggen' });
    expect(fieldValue(form, 'Gehouden op')).toBe('2026-02-03');
    expect(fieldValue(form, 'Vorm')).toBe('IN_PERSON');
    expect(
      within(form)
        .getByLabelText(/Aantekeningen/)
        .getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(form.textContent).toContain('Ook de student en het leerbedrijf lezen deze aantekeningen.');

    fill(form, 'Gehouden op', '2026-11-24');
    fireEvent.click(within(form).getByRole('button', { name: 'Vastleggen als gehouden' }));
    const summary = await within(form).findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getByRole('link', { name: /^Gehouden op: .*toekomst/ })
        .getAttribute('href'),
    ).toBe('#vastleggen-m1-gehouden-op');
    expect(submit).not.toHaveBeenCalled();

    fill(form, 'Gehouden op', '2026-02-04');
    fill(form, /Aantekeningen/, ' Goede start. ');
    fireEvent.click(within(form).getByRole('button', { name: 'Vastleggen als gehouden' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(calls[0]?.input).toEqual({ heldOn: '2026-02-04', mode: 'IN_PERSON', notes: 'Goede start.' });
  });

  it('fills in today for a moment planned up to 30 days ahead (held early), never a future date', () => {
    const ahead = { ...moment, plannedOn: addDays(TODAY, 30) };
    render(<RecordContactMomentForm moment={ahead} name="x" notesReadBy="de school" submit={vi.fn()} today={TODAY} />);
    expect(fieldValue(screen.getByRole('form', { name: 'x' }), 'Gehouden op')).toBe(TODAY);
  });

  it('fills in no date for a moment planned months ahead (issue 9 §5)', () => {
    const months = { ...moment, plannedOn: addDays(TODAY, 45) };
    render(<RecordContactMomentForm moment={months} name="y" notesReadBy="de school" submit={vi.fn()} today={TODAY} />);
    expect(fieldValue(screen.getByRole('form', { name: 'y' }), 'Gehouden op')).toBe('');
  });
});

describe('ContactMomentForms', () => {
  it('has a form per open moment, named after its kind, and says with focus that a moment was recorded', async () => {
    const record = vi.fn(async (): Promise<SubmitOutcome> => ({ ok: true }));
    const onChanged = vi.fn();
    const moments: PlannedMoment[] = [
      { id: 'm1', kind: 'START', plannedOn: '2026-02-03', plannedMode: 'IN_PERSON', heldOn: null },
      { id: 'm2', kind: 'INTERIM', plannedOn: '2026-04-01', plannedMode: 'VIDEO' },
      { id: 'm3', kind: 'INTERIM', plannedOn: '2026-04-08', plannedMode: 'VIDEO' },
      {
        id: 'm0',
        kind: 'FINAL',
        plannedOn: '2026-06-01',
        plannedMode: 'VIDEO',
        heldOn: '2026-06-01',
      },
    ];
    const view = (list: PlannedMoment[]) => (
      <ContactMomentForms
        agreement={{ ...period, contactMoments: list }}
        notesReadBy="de student en de school"
        plan={vi.fn()}
        record={record}
        onChanged={onChanged}
        today={TODAY}
      />
    );
    const { rerender } = render(view(moments));
    const names = screen.getAllByRole('form').map((f) => f.getAttribute('aria-labelledby'));
    expect(names).toHaveLength(4);
    screen.getByRole('form', { name: 'Startgesprek vastleggen' });
    screen.getByRole('form', { name: 'Tussentijds gesprek vastleggen (gepland op 1 april 2026)' });
    screen.getByRole('form', { name: 'Tussentijds gesprek vastleggen (gepland op 8 april 2026)' });
    // The plan form has no moment to suggest: start, interim and final are planned.
    expect(fieldValue(screen.getByRole('form', { name: 'Contactmoment plannen' }), 'Soort contactmoment')).toBe('');

    const start = screen.getByRole('form', { name: 'Startgesprek vastleggen' });
    fireEvent.click(within(start).getByRole('button', { name: 'Vastleggen als gehouden' }));
    const done = await screen.findByText('Het contactmoment is vastgelegd.');
    expect(record).toHaveBeenCalledWith(
      'm1',
      { heldOn: '2026-02-03', mode: 'IN_PERSON', notes: null },
      expect.any(String),
    );
    expect(onChanged).toHaveBeenCalledTimes(1);
    // The reload shows the moment as held: its form goes, the message stays and keeps focus.
    rerender(view(moments.map((m) => (m.id === 'm1' ? { ...m, heldOn: '2026-02-03' } : m))));
    expect(screen.queryByRole('form', { name: 'Startgesprek vastleggen' })).toBeNull();
    expect(done.closest('[tabindex="-1"]')).toBe(document.activeElement);
  });
});

describe('AllowancePaymentForm', () => {
  const agreement = {
    startsOn: '2026-02-02',
    endsOn: '2026-06-26',
    expenseAllowance: '425.00',
    internshipWage: '400.00',
    allowanceStatus: { missingMonths: ['2026-06'] },
    allowancePayments: [
      { month: '2026-02', kind: 'EXPENSE' as const },
      { month: '2026-02', kind: 'WAGE' as const },
    ],
  };

  it('offers the payable months and agreed kinds, filled in with what is missing, the amount following the kind', () => {
    render(
      <AllowancePaymentForm agreement={agreement} intro="Van een bankafschrift." submit={vi.fn()} today={TODAY} />,
    );
    const form = screen.getByRole('form', { name: 'Betaling vastleggen' });
    const months = within(within(form).getByLabelText('Maand')).getAllByRole('option');
    expect(months.map((o) => o.textContent)).toEqual([
      'Kies de maand',
      'februari 2026',
      'maart 2026',
      'april 2026',
      'mei 2026',
      'juni 2026 (nog niet volledig betaald)',
    ]);
    expect(fieldValue(form, 'Maand')).toBe('2026-06');
    expect(fieldValue(form, 'Soort vergoeding')).toBe('EXPENSE');
    expect(fieldValue(form, 'Bedrag (euro)')).toBe('425,00');
    fill(form, 'Soort vergoeding', 'WAGE');
    expect(fieldValue(form, 'Bedrag (euro)')).toBe('400,00');
    // A typed amount stays when the kind changes.
    fill(form, 'Bedrag (euro)', '123,45');
    fill(form, 'Soort vergoeding', 'EXPENSE');
    expect(fieldValue(form, 'Bedrag (euro)')).toBe('123,45');
    expect(screen.getByText('Van een bankafschrift.')).toBeTruthy();
  });

  it('refuses a zero amount, keeps the key for a retry, and after a payment offers the next one', async () => {
    const { submit, calls } = answers<PaymentInput>(
      { ok: false, message: 'Het versturen is niet gelukt. Probeer het opnieuw.', field: null },
      { ok: false, message: 'Deze maand is al volledig betaald.', field: 'month' },
    );
    const onRecorded = vi.fn();
    const { rerender } = render(
      <AllowancePaymentForm agreement={agreement} submit={submit} onRecorded={onRecorded} today={TODAY} />,
    );
    const form = screen.getByRole('form', { name: 'Betaling vastleggen' });
    fill(form, 'Bedrag (euro)', '0');
    fireEvent.click(within(form).getByRole('button', { name: 'Betaling vastleggen' }));
    const summary = await within(form).findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: /^Bedrag \(euro\): .*groter zijn dan nul/ })).toBeTruthy();
    expect(within(form).getByLabelText('Bedrag (euro)').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();

    fill(form, 'Bedrag (euro)', '425');
    fireEvent.click(within(form).getByRole('button', { name: 'Betaling vastleggen' }));
    await within(form).findByText('Het versturen is niet gelukt. Probeer het opnieuw.');
    fireEvent.click(within(form).getByRole('button', { name: 'Betaling vastleggen' }));
    const month = await within(form).findByRole('link', { name: /al volledig betaald/ });
    expect(month.getAttribute('href')).toBe('#betaling-maand');
    expect(calls.map((c) => c.key)).toEqual([calls[0]?.key, calls[0]?.key]);
    expect(calls[0]?.input).toEqual({ month: '2026-06', kind: 'EXPENSE', amount: '425.00' });

    fireEvent.click(within(form).getByRole('button', { name: 'Betaling vastleggen' }));
    const done = await screen.findByText('De betaling is vastgelegd.');
    expect(onRecorded).toHaveBeenCalledWith({ month: '2026-06', kind: 'EXPENSE', amount: '425.00' });
    expect(done.closest('[tabindex="-1"]')).toBe(document.activeElement);
    // Until the page reloads, the payment just recorded counts: next is the wage for the same month.
    const next = screen.getByRole('form', { name: 'Betaling vastleggen' });
    expect(fieldValue(next, 'Maand')).toBe('2026-06');
    expect(fieldValue(next, 'Soort vergoeding')).toBe('WAGE');
    expect(fieldValue(next, 'Bedrag (euro)')).toBe('400,00');

    // The page reloads with the payment; the next one is recorded too: one message, the newest, with focus.
    const reloaded = {
      ...agreement,
      allowancePayments: [...agreement.allowancePayments, { month: '2026-06', kind: 'EXPENSE' as const }],
    };
    rerender(<AllowancePaymentForm agreement={reloaded} submit={submit} onRecorded={onRecorded} today={TODAY} />);
    fireEvent.click(within(next).getByRole('button', { name: 'Betaling vastleggen' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(2));
    rerender(<AllowancePaymentForm agreement={reloaded} submit={submit} onRecorded={onRecorded} today={TODAY} />);
    const messages = screen.getAllByText('De betaling is vastgelegd.');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.closest('[tabindex="-1"]')).toBe(document.activeElement);
    expect(screen.getAllByRole('form', { name: 'Betaling vastleggen' })).toHaveLength(1);
  });

  it('says why there is no form: no allowance agreed, or the period has not begun', () => {
    const { rerender } = render(
      <AllowancePaymentForm
        agreement={{ ...agreement, expenseAllowance: '0.00', internshipWage: null }}
        submit={vi.fn()}
        today={TODAY}
      />,
    );
    expect(screen.getByText('In deze praktijkovereenkomst is geen vergoeding afgesproken.')).toBeTruthy();
    rerender(
      <AllowancePaymentForm agreement={{ ...agreement, startsOn: '2027-02-01' }} submit={vi.fn()} today={TODAY} />,
    );
    expect(screen.getByText(/begint in februari 2027; betalingen legt u vast vanaf die maand/)).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
