import { randomUUID } from 'node:crypto';
import type { Database } from '@stelsel/db-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOnce } from '../src/apply.ts';
import { connectNats, createNatsConsumer, createNatsRelay, type NatsLink } from '../src/nats.ts';
import { appendEvent, eventsAfter } from '../src/outbox.ts';
import {
  appliedValues,
  NATS_URL,
  natsAnswers,
  openTestDatabase,
  recordingHandler,
  type TestDatabase,
  waitFor,
} from './support.ts';

const available = await natsAnswers();

describe.skipIf(!available)('NATS JetStream transport', () => {
  const run = randomUUID().slice(0, 8);
  const settings = { url: NATS_URL, stream: `TEST_EVENTS_${run}`, prefix: `test.${run}` };
  let link: NatsLink;
  let producer: Database<TestDatabase>;
  let consumerDb: Database<TestDatabase>;

  beforeAll(async () => {
    link = await connectNats(settings);
    producer = await openTestDatabase('nats-producer');
    consumerDb = await openTestDatabase('nats-consumer');
  });
  afterAll(async () => {
    await link?.jsm.streams.delete(settings.stream).catch(() => undefined);
    await link?.close();
    await producer?.close();
    await consumerDb?.close();
  });

  const produce = (value: number) =>
    producer.db
      .transaction()
      .execute((trx) => appendEvent(trx, { type: 'Counted', aggregateId: 'a', payload: { value } }));
  const streamSize = async () => Number((await link.jsm.streams.info(settings.stream)).state.messages);

  it('publishes the outbox in order, once per event even when the relay publishes again', async () => {
    for (const value of [1, 2, 3]) await produce(value);
    const relay = createNatsRelay({ source: 'producer', db: producer.db, link });
    expect(await relay.runOnce()).toBe(3);
    expect(await relay.runOnce()).toBe(0);
    expect(await streamSize()).toBe(3);
    // A relay that crashed after publishing but before marking publishes again: the stream drops it.
    await producer.db.updateTable('outbox').set({ dispatched_at: null }).execute();
    expect(await relay.runOnce()).toBe(3);
    expect(await streamSize()).toBe(3);
  });

  it('a durable consumer applies each event once, in order, and catches up after being down', async () => {
    const handler = recordingHandler('producer');
    const consumer = await createNatsConsumer({ consumer: 'consumer', db: consumerDb.db, link, handler });
    expect(await consumer.runOnce()).toBe(3);
    expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3]);

    // Down: nothing consumes while two more events are published.
    await produce(4);
    await produce(5);
    await createNatsRelay({ source: 'producer', db: producer.db, link }).runOnce();
    // Back, as a new process would be: the durable consumer resumes where it was.
    const again = await createNatsConsumer({ consumer: 'consumer', db: consumerDb.db, link, handler });
    again.start();
    await waitFor(async () => (await appliedValues(consumerDb.db)).length === 5);
    await again.stop();
    expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a duplicate delivered beyond the duplicate window is recorded, not applied', async () => {
    const [first] = await eventsAfter(producer.db, 'producer', 0, 1);
    // Published again under another message id: JetStream cannot tell, the inbox can.
    await link.js.publish(`${settings.prefix}.producer.Counted`, JSON.stringify(first), { msgID: randomUUID() });
    const handler = recordingHandler('producer');
    const consumer = await createNatsConsumer({ consumer: 'consumer', db: consumerDb.db, link, handler });
    expect(await consumer.runOnce()).toBe(1);
    expect(handler.calls).toBe(0);
    expect(await applyOnce(consumerDb.db, 'consumer', first!, handler)).toBe('duplicate');
    expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3, 4, 5]);
  });

  it('redelivers after a failing handler, with backoff, and keeps the order', async () => {
    const second = await openTestDatabase('nats-retry');
    try {
      const handler = recordingHandler('producer', 1);
      const consumer = await createNatsConsumer({ consumer: 'retry', db: second.db, link, handler });
      consumer.start();
      await waitFor(async () => (await appliedValues(second.db)).length === 5, 15_000);
      await consumer.stop();
      expect(await appliedValues(second.db)).toEqual([1, 2, 3, 4, 5]);
      expect(handler.calls).toBe(6);
    } finally {
      await second.close();
    }
  });
});
