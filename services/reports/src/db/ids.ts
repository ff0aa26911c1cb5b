/**
 * Reports, cases and agreements have UUID keys. An id that is not a UUID names nothing: the lookups answer
 * "not found" for it instead of sending it to PostgreSQL, which would refuse the cast as an internal error
 * (found by the gateway's fuzz test, issue 13 §6).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

/** Only the ids that can name a row. */
export const uuidsOnly = (ids: readonly string[]): string[] => ids.filter(isUuid);
