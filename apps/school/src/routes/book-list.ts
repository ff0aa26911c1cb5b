import { parseEuroInput } from '@stelsel/ui';

/**
 * The book list as the school types it: one book per line, "title; price" ("Nederlands 2F; 34,95").
 * Answers the books, or the first line that is not a book with its price.
 */
export function parseBookList(text: string): { books: { title: string; price: string }[] } | { problem: string } {
  const books: { title: string; price: string }[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    const at = line.lastIndexOf(';');
    const title = at < 0 ? '' : line.slice(0, at).trim();
    const price = at < 0 ? null : parseEuroInput(line.slice(at + 1).trim());
    if (!title || price === null) {
      return {
        problem: `Regel ${i + 1} is geen boek met prijs. Schrijf: titel; prijs (bijvoorbeeld Rekenen 2F; 29,50).`,
      };
    }
    books.push({ title, price });
  }
  return { books };
}

/** The published list back as text for the form. */
export function bookListText(books: readonly { title: string; price: string }[]): string {
  return books.map((b) => `${b.title}; ${b.price.replace('.', ',')}`).join('\n');
}
