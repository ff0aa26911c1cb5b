/**
 * Dutch number, money and date formatting. Money arrives as decimal text ("7300000.00") and is
 * formatted from that text: Intl.NumberFormat formats a numeric string exactly, so no amount
 * ever passes through a binary float.
 */
const MONEY = /^-?\d+(\.\d{1,2})?$/;

const euro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Decimal text with at most two decimals, optionally negative. */
export function isMoney(value: string): boolean {
  return MONEY.test(value);
}

/** `formatEuro("7300000.00")` → "€ 7.300.000,00" (with a non-breaking space after the euro sign). */
export function formatEuro(amount: string): string {
  const value = amount.trim();
  if (!isMoney(value)) throw new RangeError(`Geen geldig bedrag: "${amount}"`);
  // A numeric string is formatted as an exact decimal (Intl.NumberFormat v3), not via Number().
  return euro.format(value as Intl.StringNumericLiteral);
}

/** Like formatEuro, but says "onbekend" for a missing amount instead of failing. */
export function formatEuroOrUnknown(amount: string | null | undefined): string {
  return amount == null ? 'onbekend' : formatEuro(amount);
}

/** 1234567 → "1.234.567". */
export function formatInteger(value: number | bigint): string {
  return integer.format(value);
}

/** "2026-09-01" → "1 september 2026". Dates are calendar dates, so they are formatted in UTC. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return longDate.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const dateTimeSeconds = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

/**
 * A moment (ISO 8601) as people in the Netherlands read it, in Dutch time: "4 december 2026 om 08:12".
 * `seconds` for logs where the order within a minute matters (an audit log).
 */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  return (options.seconds ? dateTimeSeconds : dateTime).format(new Date(iso));
}
