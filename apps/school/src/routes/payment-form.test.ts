import { describe, expect, it } from 'vitest';
import {
  agreedAmountInput,
  payableKinds,
  payableMonths,
  paymentFieldOf,
  paymentInputFromForm,
} from './payment-form.ts';

const agreement = {
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  expenseAllowance: '425.00',
  internshipWage: '400.00',
};

describe('payableMonths', () => {
  it('runs from the start month through the end month when the period is over', () => {
    expect(payableMonths(agreement, '2026-11-23')).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
  });

  it('stops at this month while the period runs, across a year end', () => {
    expect(payableMonths({ startsOn: '2026-11-15', endsOn: '2027-06-30' }, '2027-01-10')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
  });

  it('is empty before the start month', () => {
    expect(payableMonths({ startsOn: '2027-02-01', endsOn: '2027-06-30' }, '2026-11-23')).toEqual([]);
  });
});

describe('paymentInputFromForm', () => {
  const months = payableMonths(agreement, '2026-11-23');

  it('sends the month, the kind and the amount as exact Money text', () => {
    expect(paymentInputFromForm({ month: '2026-06', kind: 'EXPENSE', amount: '€ 1.425,5' }, months)).toEqual({
      ok: true,
      month: '2026-06',
      kind: 'EXPENSE',
      amount: '1425.50',
    });
  });

  it('refuses a month that is not JJJJ-MM or lies outside the payable months', () => {
    const badFormat = paymentInputFromForm({ month: '2026-13', kind: 'EXPENSE', amount: '425' }, months);
    expect(badFormat.ok || badFormat.errors.month).toContain('JJJJ-MM');
    const outside = paymentInputFromForm({ month: '2026-07', kind: 'EXPENSE', amount: '425' }, months);
    expect(outside.ok || outside.errors.month).toContain('looptijd');
    const empty = paymentInputFromForm({ month: '', kind: 'EXPENSE', amount: '425' }, months);
    expect(empty.ok || Object.keys(empty.errors)).toEqual(['month']);
  });

  it('refuses an empty, unreadable or zero amount and a missing kind', () => {
    const zero = paymentInputFromForm({ month: '2026-03', kind: 'WAGE', amount: '0,00' }, months);
    expect(zero.ok || zero.errors.amount).toBe('Het bedrag moet groter zijn dan nul.');
    const text = paymentInputFromForm({ month: '2026-03', kind: '', amount: 'vierhonderd' }, months);
    expect(text.ok || Object.keys(text.errors).sort()).toEqual(['amount', 'kind']);
    const none = paymentInputFromForm({ month: '2026-03', kind: 'WAGE', amount: ' ' }, months);
    expect(none.ok || none.errors.amount).toContain('350,00');
  });
});

describe('kinds and amounts', () => {
  it('offers the wage only when one was agreed, and prefills the agreed amount of the kind', () => {
    expect(payableKinds(agreement)).toEqual(['EXPENSE', 'WAGE']);
    expect(payableKinds({ internshipWage: null })).toEqual(['EXPENSE']);
    expect(agreedAmountInput(agreement, 'EXPENSE')).toBe('425,00');
    expect(agreedAmountInput(agreement, 'WAGE')).toBe('400,00');
    expect(agreedAmountInput({ expenseAllowance: '425.00' }, 'WAGE')).toBe('');
  });

  it('maps server fields to form fields', () => {
    expect(paymentFieldOf('month')).toBe('month');
    expect(paymentFieldOf('agreementId')).toBeNull();
  });
});
