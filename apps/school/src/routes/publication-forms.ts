import type { FormResult } from '@stelsel/ui/form-model';
import { parseBookList } from './book-list.ts';

/** What the school publishes, checked in the browser first; the server checks again and names the field. */

export type MaterialsField = 'terms' | 'decisionDays' | 'books';
export interface MaterialsInput {
  terms: string;
  decisionDays: number;
  books: { title: string; price: string }[];
}

/** Terms of 20 characters or more, a decision period of 1 to 90 days, a book list of "titel; prijs" lines. */
export function materialsFromForm(form: {
  terms: string;
  days: string;
  books: string;
}): FormResult<MaterialsInput, MaterialsField> {
  const errors: Partial<Record<MaterialsField, string>> = {};
  const terms = form.terms.trim();
  if (terms.length < 20) errors.terms = 'Beschrijf de voorwaarden in minstens 20 tekens.';
  const days = form.days.trim();
  if (!/^\d{1,2}$/.test(days) || Number(days) < 1 || Number(days) > 90) {
    errors.decisionDays = 'De beslistermijn is 1 tot en met 90 dagen.';
  }
  const list = parseBookList(form.books);
  if ('problem' in list) errors.books = list.problem;
  if (Object.keys(errors).length > 0 || 'problem' in list) return { ok: false, errors };
  return { ok: true, input: { terms, decisionDays: Number(days), books: list.books } };
}

export type FundField = 'summary' | 'howToApply' | 'contact' | 'url';
export interface FundInput {
  summary: string;
  howToApply: string;
  contact: string;
  url: string | null;
}

/** What the fund does, how to apply and a contact; a web address is optional. */
export function fundFromForm(form: FundInput): FormResult<FundInput, FundField> {
  const errors: Partial<Record<FundField, string>> = {};
  const input = {
    summary: form.summary.trim(),
    howToApply: form.howToApply.trim(),
    contact: form.contact.trim(),
    url: form.url?.trim() || null,
  };
  if (input.summary.length < 10) errors.summary = 'Vul in wat het fonds doet.';
  if (input.howToApply.length < 10) errors.howToApply = 'Vul in hoe een student een aanvraag doet.';
  if (input.contact.length < 3) errors.contact = 'Vul een contact in.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input };
}
