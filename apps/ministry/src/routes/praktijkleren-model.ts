import type { FormResult } from '@stelsel/ui/form-model';
import { parseEuroInput } from '@stelsel/ui/money';

/** The ministry's ceiling and kasschuif forms for the praktijkleren subsidy (issue 11). */

export type CeilingField = 'year' | 'ceiling' | 'reason';

export function ceilingFromForm(form: {
  year: string;
  ceiling: string;
  reason: string;
}): FormResult<{ year: number; ceiling: string; reason: string }, CeilingField> {
  const errors: Partial<Record<CeilingField, string>> = {};
  if (!/^\d{4}$/.test(form.year)) errors.year = 'Kies het jaar.';
  const ceiling = parseEuroInput(form.ceiling);
  if (ceiling === null) errors.ceiling = 'Vul een bedrag in euro in, 0 of meer, bijvoorbeeld 410.000.000,00.';
  if (form.reason.trim().length < 10) errors.reason = 'Licht de wijziging toe in minstens 10 tekens.';
  if (Object.keys(errors).length > 0 || ceiling === null) return { ok: false, errors };
  return { ok: true, input: { year: Number(form.year), ceiling, reason: form.reason.trim() } };
}

export type ShiftField = 'fromYear' | 'toYear' | 'amount' | 'reason';

export function shiftFromForm(form: {
  fromYear: string;
  toYear: string;
  amount: string;
  reason: string;
}): FormResult<{ fromYear: number; toYear: number; amount: string; reason: string }, ShiftField> {
  const errors: Partial<Record<ShiftField, string>> = {};
  if (!/^\d{4}$/.test(form.fromYear)) errors.fromYear = 'Kies het jaar waar het budget vandaan komt.';
  if (!/^\d{4}$/.test(form.toYear)) errors.toYear = 'Kies het jaar waar het budget naartoe gaat.';
  else if (form.toYear === form.fromYear) errors.toYear = 'Kies twee verschillende jaren.';
  const amount = parseEuroInput(form.amount);
  if (amount === null || amount === '0.00')
    errors.amount = 'Vul een bedrag groter dan € 0 in, bijvoorbeeld 10.000.000,00.';
  if (form.reason.trim().length < 10) errors.reason = 'Licht de kasschuif toe in minstens 10 tekens.';
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return {
    ok: true,
    input: { fromYear: Number(form.fromYear), toYear: Number(form.toYear), amount, reason: form.reason.trim() },
  };
}
