import { type ColumnType, type Generated, type Kysely, type Migration, sql } from 'kysely';

/**
 * The transactional outbox: a service appends an event in the same transaction as the change that
 * caused it, so the event exists exactly when the change was committed. `sequence` orders the
 * service's events (and so the events of each aggregate); `dispatched_at` is set once a broker
 * (NATS) acknowledged the event. The loopback feed reads the table itself and needs no mark.
 */
export interface OutboxTable {
  id: string;
  sequence: Generated<string>;
  type: string;
  aggregate_id: Generated<string>;
  payload: ColumnType<unknown, string, never>;
  created_at: ColumnType<Date, never, never>;
  dispatched_at: ColumnType<Date | null, never, Date | string | null>;
  attempts: Generated<number>;
  last_error: string | null;
}

/** Events a consumer has applied, per consumer: the record that makes applying twice a no-op. */
export interface EventInboxTable {
  consumer: string;
  event_id: string;
  source: string;
  type: string;
  handled_at: ColumnType<Date, never, never>;
}

/** How far a consumer has read a producer's loopback feed (by outbox sequence). */
export interface EventCursorTable {
  consumer: string;
  source: string;
  position: ColumnType<string, string | number, string | number>;
}

/** Add these to a service's database interface: `interface XDatabase extends EventTables { … }`. */
export interface EventTables {
  outbox: OutboxTable;
  event_inbox: EventInboxTable;
  event_cursor: EventCursorTable;
}

/**
 * Creates (or completes) the event tables. Include it in every service's migrations under this name;
 * written with `if not exists` so it also completes the outbox placements created before.
 */
export const eventTablesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table if not exists outbox (
      id uuid primary key,
      type text not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      dispatched_at timestamptz
    )`.execute(db);
    await sql`alter table outbox add column if not exists sequence bigserial`.execute(db);
    await sql`alter table outbox add column if not exists aggregate_id text not null default ''`.execute(db);
    await sql`alter table outbox add column if not exists attempts integer not null default 0`.execute(db);
    await sql`alter table outbox add column if not exists last_error text`.execute(db);
    await sql`create unique index if not exists outbox_sequence_idx on outbox (sequence)`.execute(db);
    await sql`create index if not exists outbox_undispatched_idx on outbox (sequence) where dispatched_at is null`.execute(
      db,
    );
    await sql`create table if not exists event_inbox (
      consumer text not null,
      event_id uuid not null,
      source text not null,
      type text not null,
      handled_at timestamptz not null default now(),
      primary key (consumer, event_id)
    )`.execute(db);
    await sql`create table if not exists event_cursor (
      consumer text not null,
      source text not null,
      position bigint not null,
      primary key (consumer, source)
    )`.execute(db);
  },
};

/** The migration's name: sorts after every numbered migration, so it runs after a service's own. */
export const EVENT_TABLES_MIGRATION = 'events_0001_tables';
