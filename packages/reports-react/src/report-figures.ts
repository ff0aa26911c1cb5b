/** How one figure of the report statistics reads (issue 10): a number, suppressed, or no data for the year. */
export function figureText(
  cell: { count?: number | null; suppressed: boolean },
  figures: { hasData: boolean; threshold: number },
): string {
  if (!figures.hasData) return 'geen gegevens';
  if (cell.suppressed) return 'afgeschermd';
  return cell.count === null || cell.count === undefined ? 'geen gegevens' : String(cell.count);
}

/** The sentence under the tables: what "afgeschermd" means at this threshold. */
export function suppressionNote(threshold: number): string {
  return (
    `Aantallen van 1 tot en met ${threshold - 1} staan er als “afgeschermd”, net als een aantal waaruit zo'n klein ` +
    'aantal af te leiden is: discriminatiegronden zijn bijzondere persoonsgegevens. Een 0 is echt nul meldingen.'
  );
}

/** The year's total in a sentence. */
export function totalSentence(figures: {
  year: number;
  hasData: boolean;
  threshold: number;
  total?: number | null;
  suppressed: boolean;
}): string {
  if (!figures.hasData)
    return `Over ${figures.year} zijn geen gegevens: in dat jaar registreerde dit stelsel nog geen meldingen.`;
  if (figures.suppressed)
    return `In ${figures.year}: minder dan ${figures.threshold} meldingen (het precieze aantal is afgeschermd).`;
  return `In ${figures.year}: ${figures.total ?? 0} meldingen.`;
}
