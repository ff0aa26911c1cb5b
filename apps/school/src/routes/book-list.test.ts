import { describe, expect, it } from 'vitest';
import { bookListText, parseBookList } from './book-list.ts';
import { fundFromForm, materialsFromForm } from './publication-forms.ts';

describe('the book list as typed', () => {
  it('reads one book per line with a Dutch or dotted price, skipping empty lines', () => {
    expect(parseBookList('Nederlands 2F; 34,95\n\n  Rekenen; 2F; 29.50 ')).toEqual({
      books: [
        { title: 'Nederlands 2F', price: '34.95' },
        { title: 'Rekenen; 2F', price: '29.50' },
      ],
    });
  });

  it('names the first line without a price', () => {
    expect(parseBookList('Nederlands 2F; 34,95\nBurgerschap')).toEqual({
      problem: 'Regel 2 is geen boek met prijs. Schrijf: titel; prijs (bijvoorbeeld Rekenen 2F; 29,50).',
    });
    expect(parseBookList('; 12,00')).toHaveProperty('problem');
    expect(parseBookList('Boek; gratis')).toHaveProperty('problem');
  });

  it('writes a published list back the way it is typed', () => {
    const text = bookListText([{ title: 'Nederlands 2F', price: '34.95' }]);
    expect(text).toBe('Nederlands 2F; 34,95');
    expect(parseBookList(text)).toEqual({ books: [{ title: 'Nederlands 2F', price: '34.95' }] });
  });
});

describe('the publication forms', () => {
  it('publishes terms, a decision period and the books, or says per field what is wrong', () => {
    expect(
      materialsFromForm({ terms: ' Ongebruikt en binnen 4 weken terug. ', days: '21', books: 'Rekenen 2F; 29,50' }),
    ).toEqual({
      ok: true,
      input: {
        terms: 'Ongebruikt en binnen 4 weken terug.',
        decisionDays: 21,
        books: [{ title: 'Rekenen 2F', price: '29.50' }],
      },
    });
    const refused = materialsFromForm({ terms: 'kort', days: '91', books: 'Engels A2' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : Object.keys(refused.errors)).toEqual(['terms', 'decisionDays', 'books']);
  });

  it('needs what the fund does, how to apply and a contact; the website may stay empty', () => {
    expect(
      fundFromForm({ summary: 'Helpt bij kosten.', howToApply: 'Mail de decaan.', contact: 'decaan@x.nl', url: ' ' }),
    ).toEqual({
      ok: true,
      input: { summary: 'Helpt bij kosten.', howToApply: 'Mail de decaan.', contact: 'decaan@x.nl', url: null },
    });
    expect(fundFromForm({ summary: '', howToApply: '', contact: '', url: '' })).toEqual({
      ok: false,
      errors: {
        summary: 'Vul in wat het fonds doet.',
        howToApply: 'Vul in hoe een student een aanvraag doet.',
        contact: 'Vul een contact in.',
      },
    });
  });
});
