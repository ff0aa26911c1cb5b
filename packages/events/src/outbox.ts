import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DomainEvent, JsonObject } from './event.ts';
import type { EventTables } from './tables.ts';

export interface NewEvent<Payload extends JsonObject = JsonObject> {
  type: string;
  /** What the event is about (e.g. the company id): events of one aggregate are applied in order. */
  aggregateId: string;
  payload: Payload;
}

const asEvents = <DB extends EventTables>(db: Kysely<DB> | Transaction<DB>) => db as unknown as Kysely<EventTables>;

/**
 * Appends an event inside the caller's transaction (transactional outbox): it exists exactly when
 * the change that caused it was committed. Returns the event id.
 */
export async function appendEvent<DB extends EventTables>(trx: Transaction<DB>, event: NewEvent): Promise<string> {
  const id = randomUUID();
  await asEvents(trx)
    .insertInto('outbox')
    .values({ id, type: event.type, aggregate_id: event.aggregateId, payload: JSON.stringify(event.payload) })
    .execute();
  return id;
}

interface OutboxRow {
  id: string;
  sequence: string;
  type: string;
  aggregate_id: string;
  payload: unknown;
  created_at: Date;
}

function toEvent(source: string, row: OutboxRow): DomainEvent {
  const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
  return {
    id: row.id,
    source,
    type: row.type,
    aggregateId: row.aggregate_id,
    sequence: Number(row.sequence),
    occurredAt: new Date(row.created_at).toISOString(),
    payload: payload as JsonObject,
  };
}

const columns = ['id', 'sequence', 'type', 'aggregate_id', 'payload', 'created_at'] as const;

/** The producer's events after a position, in order: what the loopback feed serves. */
export async function eventsAfter<DB extends EventTables>(
  db: Kysely<DB>,
  source: string,
  after: number,
  limit: number,
): Promise<DomainEvent[]> {
  const rows = await asEvents(db)
    .selectFrom('outbox')
    .select(columns)
    .where('sequence', '>', String(after))
    .orderBy('sequence')
    .limit(limit)
    .execute();
  return rows.map((row) => toEvent(source, row));
}

/** Events no broker has acknowledged yet, in order: what the NATS relay publishes. */
export async function undispatchedEvents<DB extends EventTables>(
  db: Kysely<DB>,
  source: string,
  limit: number,
): Promise<DomainEvent[]> {
  const rows = await asEvents(db)
    .selectFrom('outbox')
    .select(columns)
    .where('dispatched_at', 'is', null)
    .orderBy('sequence')
    .limit(limit)
    .execute();
  return rows.map((row) => toEvent(source, row));
}

export async function markDispatched<DB extends EventTables>(db: Kysely<DB>, id: string): Promise<void> {
  await asEvents(db).updateTable('outbox').set({ dispatched_at: new Date() }).where('id', '=', id).execute();
}

export async function markFailed<DB extends EventTables>(db: Kysely<DB>, id: string, error: string): Promise<void> {
  await asEvents(db)
    .updateTable('outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 500) }))
    .where('id', '=', id)
    .execute();
}
