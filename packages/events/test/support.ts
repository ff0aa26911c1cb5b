import { Socket } from 'node:net';
import type { Engine } from '@stelsel/db-kit';
import { createTestDatabase } from '@stelsel/db-kit/testing';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { EventHandler } from '../src/apply.ts';
import type { DomainEvent } from '../src/event.ts';
import { type EventTables, eventTablesMigration } from '../src/tables.ts';

/** A consumer's own table, written by the handler: what "applied" means in these tests. */
export interface TestDatabase extends EventTables {
  applied: { event_id: string; aggregate_id: string; value: number };
}

export const migrations = {
  '0001_applied': {
    async up(db: Kysely<unknown>) {
      await sql`create table applied (event_id uuid not null, aggregate_id text not null, value integer not null)`.execute(
        db,
      );
    },
  },
  events_0001_tables: eventTablesMigration,
};

export const openTestDatabase = (name: string, engine: Engine = 'pglite') =>
  createTestDatabase<TestDatabase>(name, migrations, engine);

/** A handler that records each event it applies; `failTimes` makes the first calls throw. */
export function recordingHandler(source: string, failTimes = 0): EventHandler<TestDatabase> & { calls: number } {
  const handler = {
    source,
    types: ['Counted'],
    calls: 0,
    async handle(trx: Transaction<TestDatabase>, event: DomainEvent) {
      handler.calls += 1;
      if (handler.calls <= failTimes) throw new Error(`verwerking ${handler.calls} mislukt (test)`);
      await trx
        .insertInto('applied')
        .values({ event_id: event.id, aggregate_id: event.aggregateId, value: Number(event.payload.value) })
        .execute();
    },
  };
  return handler;
}

export async function appliedValues(db: Kysely<TestDatabase>): Promise<number[]> {
  const rows = await db.selectFrom('applied').select('value').execute();
  return rows.map((r) => r.value);
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`niet bereikt binnen ${timeoutMs} ms`);
}

/** The NATS server this machine runs (CI too); the tests are skipped when none answers. */
export const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export async function natsAnswers(url = NATS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.connect(Number(port || 4222), hostname);
  });
}
