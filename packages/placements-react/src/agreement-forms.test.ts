import { heldOnDefault } from '@stelsel/placements-common';
import { describe, expect, it } from 'vitest';
import {
  agreedAmountInput,
  agreedKinds,
  defaultHeldForm,
  defaultPaymentForm,
  defaultPlanForm,
  heldFormName,
  heldMomentFromForm,
  nextKindToPlan,
  openMoments,
  paymentFromForm,
  planMomentFromForm,
} from './agreement-forms.ts';

describe('planning a contact moment', () => {
  it('chooses the first of start, interim and final that has no moment yet', () => {
    expect(nextKindToPlan([])).toBe('START');
    expect(defaultPlanForm([])).toEqual({ kind: 'START', plannedOn: '', mode: '' });
    expect(defaultPlanForm([{ kind: 'START' }, { kind: 'FINAL' }]).kind).toBe('INTERIM');
    expect(nextKindToPlan([{ kind: 'START' }, { kind: 'INTERIM' }])).toBe('FINAL');
    expect(defaultPlanForm([{ kind: 'START' }, { kind: 'INTERIM' }, { kind: 'FINAL' }]).kind).toBe('');
  });

  it('sends a kind, an existing date (trimmed) and a mode', () => {
    expect(planMomentFromForm({ kind: 'INTERIM', plannedOn: ' 2026-04-15 ', mode: 'IN_PERSON' })).toEqual({
      ok: true,
      input: { kind: 'INTERIM', plannedOn: '2026-04-15', mode: 'IN_PERSON' },
    });
  });

  it('names every missing or wrong field', () => {
    const result = planMomentFromForm({ kind: '', plannedOn: '2026-02-30', mode: '' });
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['kind', 'mode', 'plannedOn']);
    expect(result.ok || result.errors.plannedOn).toContain('bestaande datum');
    const empty = planMomentFromForm({ kind: 'FINAL', plannedOn: '', mode: 'VIDEO' });
    expect(empty.ok || empty.errors).toEqual({ plannedOn: 'Vul de datum in.' });
  });
});

describe('recording a moment as held', () => {
  const today = '2026-11-23';

  it('fills in the planned mode, the planned date once that day has come, today within 30 days, else nothing', () => {
    expect(defaultHeldForm({ id: 'm', kind: 'START', plannedOn: '2026-11-20', plannedMode: 'VIDEO' }, today)).toEqual({
      heldOn: '2026-11-20',
      mode: 'VIDEO',
      notes: '',
    });
    expect(heldOnDefault(today, today)).toBe(today);
    // Planned a little ahead but held early: today, never a date in the future (the server refuses it).
    expect(heldOnDefault('2026-12-23', today)).toBe(today);
    // Planned months ahead: no date filled in (issue 9 §5: not "held today" for a talk in February).
    expect(heldOnDefault('2026-12-24', today)).toBe('');
    expect(heldOnDefault('2027-02-03', today)).toBe('');
    expect(defaultHeldForm({ id: 'm', kind: 'FINAL', plannedOn: '2026-12-01', plannedMode: 'PHONE' }, today)).toEqual({
      heldOn: today,
      mode: 'PHONE',
      notes: '',
    });
  });

  it('asks for a reason in the notes when held more than 30 days before the planned date (issue 9 §5)', () => {
    const early = heldMomentFromForm({ heldOn: '2026-11-20', mode: 'VIDEO', notes: '' }, today, '2027-01-12');
    expect(early.ok).toBe(false);
    expect(early.ok ? null : early.errors.heldOn).toMatch(/meer dan 30 dagen vóór de geplande datum/);
    const explained = heldMomentFromForm(
      { heldOn: '2026-11-20', mode: 'VIDEO', notes: 'Vervroegd op verzoek van de student.' },
      today,
      '2027-01-12',
    );
    expect(explained.ok).toBe(true);
    expect(heldMomentFromForm({ heldOn: '2026-11-20', mode: 'VIDEO', notes: '' }, today, '2026-12-20').ok).toBe(true);
  });

  it('records a moment held today or earlier, notes trimmed or left out', () => {
    const filled = heldMomentFromForm({ heldOn: today, mode: 'IN_PERSON', notes: '  Goed gesprek. ' }, today);
    expect(filled).toEqual({ ok: true, input: { heldOn: today, mode: 'IN_PERSON', notes: 'Goed gesprek.' } });
    const empty = heldMomentFromForm({ heldOn: '2026-11-01', mode: 'PHONE', notes: '   ' }, today);
    expect(empty.ok && empty.input.notes).toBeNull();
  });

  it('refuses a date in the future and notes that are too long, saying how long', () => {
    const result = heldMomentFromForm({ heldOn: '2026-11-24', mode: 'VIDEO', notes: 'x'.repeat(4001) }, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['heldOn', 'notes']);
    expect(result.ok || result.errors.heldOn).toContain('toekomst');
    expect(result.ok || result.errors.notes).toContain('4001');
    expect(heldMomentFromForm({ heldOn: today, mode: 'VIDEO', notes: 'x'.repeat(4000) }, today).ok).toBe(true);
  });

  it('asks for the date and the mode, and an existing date', () => {
    const result = heldMomentFromForm({ heldOn: '', mode: '', notes: '' }, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['heldOn', 'mode']);
    const wrong = heldMomentFromForm({ heldOn: '2026-02-30', mode: 'PHONE', notes: '' }, today);
    expect(wrong.ok || wrong.errors.heldOn).toContain('bestaande datum');
  });
});

describe('open moments', () => {
  const moments = [
    { id: 'b', kind: 'INTERIM' as const, plannedOn: '2027-04-01', plannedMode: 'VIDEO' as const, heldOn: null },
    { id: 'a', kind: 'START' as const, plannedOn: '2027-02-03', plannedMode: 'VIDEO' as const, heldOn: '2027-02-03' },
    { id: 'c', kind: 'FINAL' as const, plannedOn: '2027-03-01', plannedMode: 'PHONE' as const },
    { id: 'd', kind: 'START' as const, plannedOn: '2027-03-01', plannedMode: 'PHONE' as const },
  ];

  it('lists the moments not yet held, earliest planned first, then start, interim and final', () => {
    expect(openMoments(moments).map((m) => m.id)).toEqual(['d', 'c', 'b']);
  });

  it('names each form after its kind, with the planned date when two open moments share a kind', () => {
    const open = openMoments(moments);
    expect(heldFormName(moments[0]!, open)).toBe('Tussentijds gesprek vastleggen');
    const twins = [
      ...open,
      { id: 'e', kind: 'INTERIM' as const, plannedOn: '2027-05-10', plannedMode: 'VIDEO' as const },
    ];
    expect(heldFormName(moments[0]!, twins)).toBe('Tussentijds gesprek vastleggen (gepland op 1 april 2027)');
  });
});

describe('recording a payment', () => {
  const terms = {
    startsOn: '2026-02-02',
    endsOn: '2026-06-30',
    expenseAllowance: '350.00',
    internshipWage: '475.00',
    missingMonths: ['2026-05', '2026-06'],
    payments: [],
  };
  const today = '2026-11-23';

  it('offers the kinds agreed above zero, and fills in the agreed amount of a kind', () => {
    expect(agreedKinds(terms)).toEqual(['EXPENSE', 'WAGE']);
    expect(agreedKinds({ expenseAllowance: '425.00', internshipWage: null })).toEqual(['EXPENSE']);
    expect(agreedKinds({ expenseAllowance: '0.00', internshipWage: '0.00' })).toEqual([]);
    expect(agreedAmountInput(terms, 'EXPENSE')).toBe('350,00');
    expect(agreedAmountInput(terms, 'WAGE')).toBe('475,00');
    expect(agreedAmountInput({ expenseAllowance: '1250.50' }, 'EXPENSE')).toBe('1250,50');
    expect(agreedAmountInput({ expenseAllowance: '425.00' }, 'WAGE')).toBe('');
    expect(agreedAmountInput(terms, '')).toBe('');
  });

  it('starts at the oldest missing month with the agreed expense allowance', () => {
    expect(defaultPaymentForm(terms, today)).toEqual({ month: '2026-05', kind: 'EXPENSE', amount: '350,00' });
    // Only payable months: not one ahead of today.
    expect(defaultPaymentForm({ ...terms, missingMonths: ['2026-05'] }, '2026-04-10').month).toBe('2026-04');
    // Nothing missing: the last payable month, with the first agreed kind.
    expect(defaultPaymentForm({ ...terms, expenseAllowance: '0.00', missingMonths: [] }, today)).toEqual({
      month: '2026-06',
      kind: 'WAGE',
      amount: '475,00',
    });
  });

  it('goes on with the kind not paid yet in that month, then the next month', () => {
    const paidExpense = { ...terms, payments: [{ month: '2026-05', kind: 'EXPENSE' as const }] };
    expect(defaultPaymentForm(paidExpense, today)).toEqual({ month: '2026-05', kind: 'WAGE', amount: '475,00' });
    expect(defaultPaymentForm(paidExpense, today, [{ month: '2026-05', kind: 'WAGE' }])).toEqual({
      month: '2026-06',
      kind: 'EXPENSE',
      amount: '350,00',
    });
  });

  it('sends the month, the kind and the amount as exact Money text', () => {
    expect(paymentFromForm({ month: '2026-05', kind: 'WAGE', amount: '€ 1.250,5' }, terms, today)).toEqual({
      ok: true,
      input: { month: '2026-05', kind: 'WAGE', amount: '1250.50' },
    });
  });

  it('refuses a month that is not JJJJ-MM, lies outside the agreement or in the future', () => {
    const badFormat = paymentFromForm({ month: '2026-13', kind: 'EXPENSE', amount: '350' }, terms, today);
    expect(badFormat.ok || badFormat.errors.month).toContain('JJJJ-MM');
    const before = paymentFromForm({ month: '2026-01', kind: 'EXPENSE', amount: '350' }, terms, today);
    expect(before.ok || before.errors.month).toBe('De maand valt buiten de looptijd van de overeenkomst.');
    const after = paymentFromForm({ month: '2026-07', kind: 'EXPENSE', amount: '350' }, terms, today);
    expect(after.ok || after.errors.month).toContain('looptijd');
    const future = paymentFromForm({ month: '2026-05', kind: 'EXPENSE', amount: '350' }, terms, '2026-04-30');
    expect(future.ok || future.errors.month).toBe('De maand ligt in de toekomst.');
    const empty = paymentFromForm({ month: '', kind: 'EXPENSE', amount: '350' }, terms, today);
    expect(empty.ok || Object.keys(empty.errors)).toEqual(['month']);
  });

  it('refuses a wage that was not agreed, and an amount that is not above zero', () => {
    const noWage = { ...terms, internshipWage: null };
    const result = paymentFromForm({ month: '2026-03', kind: 'WAGE', amount: '0,00' }, noWage, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['amount', 'kind']);
    expect(result.ok || result.errors.kind).toContain('geen stagevergoeding');
    expect(result.ok || result.errors.amount).toBe('Het bedrag moet groter zijn dan nul.');
  });

  it('names each empty or unreadable field', () => {
    const result = paymentFromForm({ month: 'voorjaar', kind: '', amount: '35o' }, terms, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['amount', 'kind', 'month']);
    expect(result.ok || result.errors.kind).toBe('Kies de soort vergoeding.');
    const none = paymentFromForm({ month: '2026-03', kind: 'WAGE', amount: ' ' }, terms, today);
    expect(none.ok || none.errors.amount).toContain('350,00');
  });
});
