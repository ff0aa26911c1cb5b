/** A JSON value as an event payload carries it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * A domain event as it travels between services. `id` is the dedupe key everywhere (inbox, NATS
 * `Nats-Msg-Id`); `sequence` is the producer's outbox position, which orders a producer's events
 * and therefore the events of each aggregate.
 */
export interface DomainEvent<Payload extends JsonObject = JsonObject> {
  id: string;
  source: string;
  type: string;
  aggregateId: string;
  sequence: number;
  occurredAt: string;
  payload: Payload;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads an event off the wire; refuses anything that is not a complete event. */
export function parseEvent(value: unknown): DomainEvent {
  const e = value as Partial<DomainEvent> | null;
  if (
    !e ||
    typeof e.id !== 'string' ||
    !UUID.test(e.id) ||
    typeof e.source !== 'string' ||
    typeof e.type !== 'string' ||
    typeof e.aggregateId !== 'string' ||
    typeof e.sequence !== 'number' ||
    !Number.isSafeInteger(e.sequence) ||
    typeof e.occurredAt !== 'string' ||
    typeof e.payload !== 'object' ||
    e.payload === null ||
    Array.isArray(e.payload)
  ) {
    throw new Error('Ongeldig event ontvangen.');
  }
  return e as DomainEvent;
}

/** The NATS subject of an event: `stelsel.events.<source>.<type>`. */
export function subjectOf(source: string, type: string, prefix = 'stelsel.events'): string {
  return `${prefix}.${source}.${type}`;
}
