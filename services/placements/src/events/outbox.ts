import { randomUUID } from 'node:crypto';
import type { JsonValue } from '@stelsel/db-kit';
import type { Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';

/** Event types placements publishes; the reports domain reads them from the outbox (issue 4). */
export type OutboxEventType = 'AccreditationStatusChanged';

/**
 * Appends an event to the outbox inside the caller's transaction (transactional outbox): the event
 * exists exactly when the change that caused it was committed. A dispatcher sets `dispatched_at` later.
 */
export async function appendEvent(
  trx: Transaction<PlacementsDatabase>,
  type: OutboxEventType,
  payload: { [key: string]: JsonValue },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('outbox')
    .values({ id, type, payload: JSON.stringify(payload) })
    .execute();
  return id;
}
