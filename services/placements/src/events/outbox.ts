import type { JsonValue } from '@stelsel/db-kit';
import { appendEvent as appendToOutbox } from '@stelsel/events';
import type { Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';

/** Event types placements publishes (packages/events delivers them; reports, equal-treatment and funding consume them). */
export type OutboxEventType =
  | 'AccreditationStatusChanged'
  | 'CompanyRegistered'
  | 'CompanyTrainingRecorded'
  | 'StudentRecorded';

/**
 * Appends an event to the outbox inside the caller's transaction (transactional outbox): the event
 * exists exactly when the change that caused it was committed. `aggregateId` orders a company's
 * events for every consumer.
 */
export function appendEvent(
  trx: Transaction<PlacementsDatabase>,
  type: OutboxEventType,
  aggregateId: string,
  payload: { [key: string]: JsonValue },
): Promise<string> {
  return appendToOutbox(trx, { type, aggregateId, payload });
}
