import { describe, expect, it } from 'vitest';
import { bookListText, parseBookList } from './book-list.ts';

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
