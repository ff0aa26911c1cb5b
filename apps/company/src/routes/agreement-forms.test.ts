import { describe, expect, it } from 'vitest';
import {
  defaultPaymentForm,
  defaultPlanForm,
  defaultRecordForm,
  isIsoDate,
  keyForAttempt,
  parseMonthInput,
  paymentFromForm,
  planMomentFromForm,
  recordMomentFromForm,
  todayInNetherlands,
} from './agreement-forms.ts';

describe('todayInNetherlands', () => {
  it('counts the day in Dutch time, not UTC', () => {
    expect(todayInNetherlands(new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-05');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('isIsoDate', () => {
  it('takes only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('15-03-2026')).toBe(false);
  });
});

describe('parseMonthInput', () => {
  it('takes what a month field gives and what people type where it is a text box', () => {
    expect(parseMonthInput('2026-03')).toBe('2026-03');
    expect(parseMonthInput('03-2026')).toBe('2026-03');
    expect(parseMonthInput(' 3/2026 ')).toBe('2026-03');
    expect(parseMonthInput('maart 2026')).toBe('2026-03');
    expect(parseMonthInput('Mrt. 2026')).toBe('2026-03');
    expect(parseMonthInput('december 2025')).toBe('2025-12');
  });

  it('refuses what is not a month', () => {
    for (const text of ['', '2026-13', '2026-00', '13-2026', 'maand 2026', '2026', '2026-03-01']) {
      expect(parseMonthInput(text), text).toBeNull();
    }
  });
});

describe('planMomentFromForm', () => {
  it('preselects the first of start, interim and final without a moment', () => {
    expect(defaultPlanForm([]).kind).toBe('START');
    expect(defaultPlanForm([{ kind: 'START' }, { kind: 'FINAL' }]).kind).toBe('INTERIM');
    expect(defaultPlanForm([{ kind: 'START' }, { kind: 'INTERIM' }, { kind: 'FINAL' }]).kind).toBe('');
  });

  it('sends a filled-in plan as it is', () => {
    expect(planMomentFromForm({ kind: 'INTERIM', plannedOn: '2026-04-15', mode: 'IN_PERSON' })).toEqual({
      ok: true,
      input: { kind: 'INTERIM', plannedOn: '2026-04-15', mode: 'IN_PERSON' },
    });
  });

  it('names every missing or wrong field', () => {
    const result = planMomentFromForm({ kind: '', plannedOn: '2026-02-30', mode: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['kind', 'mode', 'plannedOn']);
    expect(result.errors.plannedOn).toContain('bestaande datum');
  });
});

describe('recordMomentFromForm', () => {
  const today = '2026-11-23';

  it('fills in the planned mode, and the planned date once that day has come', () => {
    expect(defaultRecordForm({ plannedOn: '2026-11-20', plannedMode: 'VIDEO' }, today)).toEqual({
      heldOn: '2026-11-20',
      mode: 'VIDEO',
      notes: '',
    });
    expect(defaultRecordForm({ plannedOn: '2026-12-01', plannedMode: 'PHONE' }, today).heldOn).toBe('');
  });

  it('sends trimmed notes, and none when empty', () => {
    const filled = recordMomentFromForm({ heldOn: today, mode: 'IN_PERSON', notes: '  Goed gesprek. ' }, today);
    expect(filled).toEqual({ ok: true, input: { heldOn: today, mode: 'IN_PERSON', notes: 'Goed gesprek.' } });
    const empty = recordMomentFromForm({ heldOn: '2026-11-01', mode: 'PHONE', notes: '   ' }, today);
    expect(empty.ok && empty.input.notes).toBeNull();
  });

  it('refuses a date in the future and notes that are too long', () => {
    const result = recordMomentFromForm({ heldOn: '2026-11-24', mode: 'VIDEO', notes: 'x'.repeat(4001) }, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.heldOn).toContain('toekomst');
    expect(result.errors.notes).toContain('4001');
    expect(result.errors.mode).toBeUndefined();
  });

  it('asks for the date and the mode', () => {
    const result = recordMomentFromForm({ heldOn: '', mode: '', notes: '' }, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['heldOn', 'mode']);
  });
});

describe('paymentFromForm', () => {
  const terms = {
    startsOn: '2026-02-02',
    endsOn: '2026-06-30',
    expenseAllowance: '350.00',
    internshipWage: '475.00',
    missingMonths: ['2026-05', '2026-06'],
    payments: [],
  };
  const today = '2026-11-23';

  it('starts at the oldest missing month with the agreed expense allowance', () => {
    expect(defaultPaymentForm(terms)).toEqual({ month: '2026-05', kind: 'EXPENSE', amount: '350,00' });
    expect(defaultPaymentForm({ ...terms, expenseAllowance: '0.00', missingMonths: [] })).toEqual({
      month: '',
      kind: 'WAGE',
      amount: '475,00',
    });
  });

  it('goes on with the kind not paid yet in that month, then the next month', () => {
    const paidExpense = { ...terms, payments: [{ month: '2026-05', kind: 'EXPENSE' as const }] };
    expect(defaultPaymentForm(paidExpense)).toEqual({ month: '2026-05', kind: 'WAGE', amount: '475,00' });
    expect(defaultPaymentForm(paidExpense, [{ month: '2026-05', kind: 'WAGE' }])).toEqual({
      month: '2026-06',
      kind: 'EXPENSE',
      amount: '350,00',
    });
  });

  it('sends the month as JJJJ-MM and the amount as exact Money text', () => {
    expect(paymentFromForm({ month: 'mei 2026', kind: 'WAGE', amount: '1.250,5' }, terms, today)).toEqual({
      ok: true,
      input: { month: '2026-05', kind: 'WAGE', amount: '1250.50' },
    });
  });

  it('refuses a month outside the agreement or in the future', () => {
    const before = paymentFromForm({ month: '2026-01', kind: 'EXPENSE', amount: '350' }, terms, today);
    expect(before.ok || before.errors.month).toBe('De maand valt buiten de looptijd van de overeenkomst.');
    const future = paymentFromForm({ month: '2026-05', kind: 'EXPENSE', amount: '350' }, terms, '2026-04-30');
    expect(future.ok || future.errors.month).toBe('De maand ligt in de toekomst.');
  });

  it('refuses a wage that was not agreed, and an amount that is not above zero', () => {
    const noWage = { ...terms, internshipWage: null };
    const result = paymentFromForm({ month: '2026-03', kind: 'WAGE', amount: '0,00' }, noWage, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.kind).toContain('geen stagevergoeding');
    expect(result.errors.amount).toBe('Het bedrag moet groter zijn dan nul.');
  });

  it('names each empty or unreadable field', () => {
    const result = paymentFromForm({ month: 'voorjaar', kind: '', amount: '35o' }, terms, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['amount', 'kind', 'month']);
  });
});

describe('keyForAttempt', () => {
  let n = 0;
  const next = () => `sleutel-${++n}`;

  it('keeps the key for a retry of the same request and takes a new one when the request changed', () => {
    const first = keyForAttempt(null, { month: '2026-05', amount: '350.00' }, next);
    expect(keyForAttempt(first, { month: '2026-05', amount: '350.00' }, next)).toBe(first);
    const changed = keyForAttempt(first, { month: '2026-05', amount: '351.00' }, next);
    expect(changed.value).not.toBe(first.value);
  });

  it('makes keys the service accepts (8–128 letters, digits, . _ : -)', () => {
    expect(keyForAttempt(null, {}).value).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  });
});
