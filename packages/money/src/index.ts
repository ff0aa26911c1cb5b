/**
 * Money is exchanged as euros in a decimal string with exactly two decimals ("7300000.00")
 * and kept as whole cents (bigint) inside: never a float.
 */
const MONEY_PATTERN = /^-?\d{1,15}\.\d{2}$/;

export function centsToMoney(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const euros = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${euros}.${rest}`;
}

/**
 * The largest amount the platform accepts as input: €10 billion, well above the cabinet's €377m a year for
 * mbo and any budget a user types; anything larger is a typing error (issue 13 §6).
 */
export const MONEY_INPUT_MAX_CENTS = 10_000_000_000_00n;

/** Parses an amount a caller sent: the Money format, and within ± MONEY_INPUT_MAX_CENTS. */
export function parseMoneyInput(value: string): bigint {
  const cents = moneyToCents(value);
  if (cents > MONEY_INPUT_MAX_CENTS || cents < -MONEY_INPUT_MAX_CENTS) {
    throw new TypeError(`Bedrag "${value.slice(0, 40)}" is te groot: het hoogste bedrag is 10000000000.00 euro.`);
  }
  return cents;
}

export function moneyToCents(value: string): bigint {
  if (!MONEY_PATTERN.test(value)) {
    throw new TypeError(
      `Ongeldig bedrag "${value}": gebruik euro's met precies twee decimalen, bijvoorbeeld "2700.00".`,
    );
  }
  const negative = value.startsWith('-');
  const [euros = '0', cents = '00'] = value.replace('-', '').split('.');
  const total = BigInt(euros) * 100n + BigInt(cents);
  return negative ? -total : total;
}

/** Parses a published decimal amount in a unit (e.g. "7.3" million) into cents, exactly. */
export function decimalToCents(value: string, unitInEuros: bigint = 1n): bigint {
  const trimmed = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new TypeError(`Ongeldig getal "${value}".`);
  const negative = trimmed.startsWith('-');
  const [whole = '0', fraction = ''] = trimmed.replace('-', '').split('.');
  const scale = 10n ** BigInt(fraction.length);
  const numerator = (BigInt(whole) * scale + BigInt(fraction || '0')) * unitInEuros * 100n;
  if (numerator % scale !== 0n) throw new RangeError(`Bedrag "${value}" is niet exact in centen uit te drukken.`);
  const cents = numerator / scale;
  return negative ? -cents : cents;
}
