import type { Kysely, Transaction } from 'kysely';
import type { DomainEvent } from './event.ts';
import type { EventTables } from './tables.ts';

/** What a consuming service does with one producer's events. */
export interface EventHandler<DB extends EventTables> {
  /** The producing service, e.g. `reports`. */
  source: string;
  /** The event types to apply; others from this source are recorded as seen and skipped. */
  types: readonly string[];
  /** Applies the event inside the transaction that also records it as handled. */
  handle(trx: Transaction<DB>, event: DomainEvent): Promise<void>;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'skipped';

/**
 * Applies an event at most once per consumer: the inbox row and the handler's writes commit together,
 * so a second delivery of the same event (at-least-once transport, a retry, a replay) changes nothing.
 * `afterInTransaction` runs in the same transaction (the feed moves its cursor there).
 */
export async function applyOnce<DB extends EventTables>(
  db: Kysely<DB>,
  consumer: string,
  event: DomainEvent,
  handler: EventHandler<DB>,
  afterInTransaction?: (trx: Transaction<DB>) => Promise<void>,
): Promise<ApplyOutcome> {
  return db.transaction().execute(async (trx) => {
    const events = trx as unknown as Transaction<EventTables>;
    const inserted = await events
      .insertInto('event_inbox')
      .values({ consumer, event_id: event.id, source: event.source, type: event.type })
      .onConflict((oc) => oc.columns(['consumer', 'event_id']).doNothing())
      .returning('event_id')
      .executeTakeFirst();
    let outcome: ApplyOutcome = 'duplicate';
    if (inserted) {
      if (handler.types.includes(event.type)) {
        await handler.handle(trx, event);
        outcome = 'applied';
      } else {
        outcome = 'skipped';
      }
    }
    if (afterInTransaction) await afterInTransaction(trx);
    return outcome;
  });
}

/** Exponential backoff with a cap: 0.5 s, 1 s, 2 s … at most `maxMs`. */
export function backoff(attempt: number, baseMs = 500, maxMs = 30_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
