/**
 * Amounts typed by a person, the Dutch way ("350,00", "1.250", "€ 12,5"), to the Money text the
 * gateway takes ("350.00"). Parsed as text, digit by digit: no amount passes through a float.
 */
const DUTCH = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
/** "350.5" or "350.50": a dot followed by one or two digits can only be a decimal point. */
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/;

/** `parseEuroInput("1.250,5")` → "1250.50"; null when the text is not an amount of 0 or more. */
export function parseEuroInput(text: string): string | null {
  const value = text.replace(/^€/, '').replace(/\s+/g, '').replace(/^€/, '');
  if (value === '') return null;
  let whole: string;
  let cents: string;
  const dutch = DUTCH.exec(value);
  const dotted = dutch ? null : DOT_DECIMAL.exec(value);
  if (dutch) {
    whole = (dutch[1] ?? '').replaceAll('.', '');
    cents = dutch[2] ?? '';
  } else if (dotted) {
    whole = dotted[1] ?? '';
    cents = dotted[2] ?? '';
  } else {
    return null;
  }
  const trimmed = whole.replace(/^0+(?=\d)/, '');
  return `${trimmed}.${cents.padEnd(2, '0')}`;
}

/** Money text from the gateway ("350.00") as a person would type it ("350,00"). */
export function euroInputFromMoney(amount: string): string {
  return amount.replace('.', ',');
}
