/**
 * A calendar year in Dutch time: [1 January 00:00, next 1 January 00:00). On 1 January the
 * Netherlands are always on CET (UTC+1), so no time-zone database is needed.
 */
export function yearBounds(year: number): { from: Date; to: Date } {
  const start = (y: number) => new Date(`${String(y).padStart(4, '0')}-01-01T00:00:00+01:00`);
  return { from: start(year), to: start(year + 1) };
}
