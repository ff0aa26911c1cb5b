export { type ApplyOutcome, applyOnce, backoff, type EventHandler } from './apply.ts';
export { type EventDeliveryOptions, startEventDelivery } from './delivery.ts';
export { type DomainEvent, type JsonObject, type JsonValue, parseEvent, subjectOf } from './event.ts';
export { createFeedConsumer, type EventLogger, type FeedConsumer, serveEventFeed } from './feed.ts';
export { connectNats, createNatsConsumer, createNatsRelay, type NatsLink, type Worker } from './nats.ts';
export { appendEvent, eventsAfter, markDispatched, type NewEvent, undispatchedEvents } from './outbox.ts';
export {
  EVENT_TABLES_MIGRATION,
  type EventCursorTable,
  type EventInboxTable,
  type EventTables,
  eventTablesMigration,
  type OutboxTable,
} from './tables.ts';
