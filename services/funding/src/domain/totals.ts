export function sumCents(values: readonly bigint[]): bigint {
  return values.reduce((sum, value) => sum + value, 0n);
}
