import { randomBytes } from 'node:crypto';
import { createFeedConsumer, type EventHandler, type EventTables, serveEventFeed } from '@stelsel/events';
import { createSubgraphHarness } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createPlacementsContext } from '../context.ts';
import { migrations } from '../db/migrations/index.ts';
import type { PlacementsDatabase } from '../db/types.ts';
import { schema } from '../schema/schema.ts';
import { seedPlacements } from '../seed/index.ts';

/**
 * For a consumer's test, the whole way as in production: placements (seeded, real schema, over HTTP) serves its
 * outbox as the loopback feed, and the consumer's own handler polls it on its own. Call inside a `describe`;
 * `consumerDb` is read when the feed starts (after the consumer's harness is set up).
 */
export function placementsFeedTo<DB extends EventTables>(options: {
  consumer: string;
  consumerDb: () => Kysely<DB>;
  handler: EventHandler<DB>;
}) {
  const placements = createSubgraphHarness<PlacementsDatabase, ReturnType<typeof createPlacementsContext>>({
    name: 'placements',
    schema,
    migrations,
    createContext: createPlacementsContext,
    seed: (db) => seedPlacements(db),
    setupTimeout: 60_000,
  });
  const secret = randomBytes(24).toString('hex');
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const feed = await serveEventFeed({ source: 'placements', db: placements.db, secret, port: 0 });
    const consumer = createFeedConsumer({
      consumer: options.consumer,
      db: options.consumerDb(),
      feedUrl: feed.url,
      secret,
      handler: options.handler,
      intervalMs: 50,
    });
    consumer.start();
    stop = async () => {
      await consumer.stop();
      await feed.close();
    };
  }, 60_000);
  afterAll(() => stop());
  return placements;
}
