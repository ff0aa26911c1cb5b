import { describe, expect, it } from 'vitest';
import { figureText, suppressionNote, totalSentence } from './report-figures.ts';

describe('report figures', () => {
  const year = { hasData: true, threshold: 10 };

  it('shows a count, a real 0, and hides a suppressed cell', () => {
    expect(figureText({ count: 23, suppressed: false }, year)).toBe('23');
    expect(figureText({ count: 0, suppressed: false }, year)).toBe('0');
    expect(figureText({ count: null, suppressed: true }, year)).toBe('afgeschermd');
  });

  it('tells a year without data from a year with none', () => {
    expect(figureText({ count: null, suppressed: false }, { hasData: false, threshold: 10 })).toBe('geen gegevens');
    expect(figureText({ count: 0, suppressed: false }, { hasData: false, threshold: 10 })).toBe('geen gegevens');
  });

  it('says the total in a sentence, without revealing a small one', () => {
    expect(totalSentence({ year: 2026, hasData: true, threshold: 10, total: null, suppressed: true })).toBe(
      'In 2026: minder dan 10 meldingen (het precieze aantal is afgeschermd).',
    );
    expect(totalSentence({ year: 2025, hasData: true, threshold: 10, total: 0, suppressed: false })).toBe(
      'In 2025: 0 meldingen.',
    );
    expect(totalSentence({ year: 2019, hasData: false, threshold: 10, total: null, suppressed: false })).toMatch(
      /^Over 2019 zijn geen gegevens/,
    );
  });

  it('explains the threshold in words', () => {
    expect(suppressionNote(10)).toMatch(/van 1 tot en met 9/);
  });
});
