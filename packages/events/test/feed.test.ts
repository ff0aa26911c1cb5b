import type { Database } from '@stelsel/db-kit';
import { testEngines } from '@stelsel/db-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOnce } from '../src/apply.ts';
import { createFeedConsumer, serveEventFeed } from '../src/feed.ts';
import { appendEvent, eventsAfter } from '../src/outbox.ts';
import { appliedValues, openTestDatabase, recordingHandler, type TestDatabase, waitFor } from './support.ts';

const SECRET = 'test-geheim-van-voldoende-lengte';

describe.each(testEngines())('loopback event feed (%s)', (engine) => {
  let producer: Database<TestDatabase>;
  let consumerDb: Database<TestDatabase>;
  let feed: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    producer = await openTestDatabase('producer', engine);
    consumerDb = await openTestDatabase('consumer', engine);
    feed = await serveEventFeed({ source: 'producer', db: producer.db, secret: SECRET, port: 0 });
  });
  afterAll(async () => {
    await feed.close();
    await producer.close();
    await consumerDb.close();
  });

  const produce = (value: number, aggregateId = 'a') =>
    producer.db.transaction().execute((trx) => appendEvent(trx, { type: 'Counted', aggregateId, payload: { value } }));

  it('writes an event only with the commit of its change', async () => {
    const before = (await eventsAfter(producer.db, 'producer', 0, 500)).length;
    await expect(
      producer.db.transaction().execute(async (trx) => {
        await appendEvent(trx, { type: 'Counted', aggregateId: 'x', payload: { value: -1 } });
        throw new Error('wijziging mislukt');
      }),
    ).rejects.toThrow('wijziging mislukt');
    expect(await eventsAfter(producer.db, 'producer', 0, 500)).toHaveLength(before);
  });

  it('refuses a caller without the secret and bad positions', async () => {
    expect((await fetch(`${feed.url}/events?after=0`)).status).toBe(401);
    const auth = { headers: { authorization: `Bearer ${SECRET}` } };
    expect((await fetch(`${feed.url}/events?after=-1`, auth)).status).toBe(400);
    expect((await fetch(`${feed.url}/events?after=0&limit=100000`, auth)).status).toBe(400);
    expect((await fetch(`${feed.url}/other`, auth)).status).toBe(404);
  });

  it('applies each event once, in order, and a replay or second delivery changes nothing', async () => {
    for (const value of [1, 2, 3]) await produce(value);
    const handler = recordingHandler('producer');
    const consumer = createFeedConsumer({
      consumer: 'consumer',
      db: consumerDb.db,
      feedUrl: feed.url,
      secret: SECRET,
      handler,
      pageSize: 2,
    });
    expect(await consumer.pollOnce()).toBe(3);
    expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3]);
    expect(await consumer.pollOnce()).toBe(0);

    // The same event delivered again (at-least-once): recorded as a duplicate, applied never.
    const [first] = await eventsAfter(producer.db, 'producer', 0, 1);
    expect(await applyOnce(consumerDb.db, 'consumer', first!, handler)).toBe('duplicate');
    // A consumer that lost its position reads everything again: nothing changes.
    await consumerDb.db.deleteFrom('event_cursor').execute();
    expect(await consumer.pollOnce()).toBe(3);
    expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3]);
    expect(handler.calls).toBe(3);
  });

  it('catches up after the consumer was down, and after the producer was down', async () => {
    const handler = recordingHandler('producer');
    const options = { consumer: 'late', db: consumerDb.db, secret: SECRET, handler, intervalMs: 20 };
    // Consumer down: events pile up in the producer's outbox.
    await produce(10);
    await produce(11);
    let consumer = createFeedConsumer({ ...options, feedUrl: feed.url });
    consumer.start();
    await waitFor(async () => handler.calls === 5); // 1, 2, 3 from before, then 10 and 11
    await consumer.stop();
    await produce(12);
    // Producer down: the consumer keeps trying with backoff and catches up when it is back.
    const port = Number(new URL(feed.url).port);
    await feed.close();
    consumer = createFeedConsumer({ ...options, feedUrl: feed.url });
    consumer.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(handler.calls).toBe(5);
    feed = await serveEventFeed({ source: 'producer', db: producer.db, secret: SECRET, port });
    await waitFor(async () => handler.calls === 6, 15_000);
    await consumer.stop();
    const late = await consumerDb.db
      .selectFrom('event_inbox')
      .select('event_id')
      .where('consumer', '=', 'late')
      .execute();
    expect(late).toHaveLength(6);
  });

  it('retries a failing handler with backoff and keeps the order', async () => {
    const second = await openTestDatabase('consumer-retry', engine);
    try {
      const handler = recordingHandler('producer', 2);
      const consumer = createFeedConsumer({
        consumer: 'retry',
        db: second.db,
        feedUrl: feed.url,
        secret: SECRET,
        handler,
      });
      await expect(consumer.pollOnce()).rejects.toThrow('verwerking 1 mislukt');
      await expect(consumer.pollOnce()).rejects.toThrow('verwerking 2 mislukt');
      expect(await appliedValues(second.db)).toEqual([]);
      await consumer.pollOnce();
      expect(await appliedValues(second.db)).toEqual([1, 2, 3, 10, 11, 12]);
    } finally {
      await second.close();
    }
  });
});
