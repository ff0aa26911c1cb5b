import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@stelsel/db-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { createFeedConsumer, serveEventFeed } from '../src/feed.ts';
import { connectNats, createNatsConsumer, createNatsRelay } from '../src/nats.ts';
import {
  appliedValues,
  NATS_URL,
  natsAnswers,
  openTestDatabase,
  recordingHandler,
  type TestDatabase,
} from './support.ts';

const natsAvailable = await natsAnswers();

const fixture = fileURLToPath(new URL('./fixtures/crashing-producer.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the producer in its own process until it has committed, then kills it with SIGKILL. */
async function commitAndKill(count: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stelsel-events-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes(`committed ${count}`)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`producent stopte vroeg (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return dir;
}

// A child process that creates a PGlite database and migrates it: slow on a busy machine.
describe('kill -9 of the producer between commit and publish', { timeout: 180_000 }, () => {
  it('loses nothing on the loopback feed: the restarted producer serves what it committed', async () => {
    const dir = await commitAndKill(5);
    const producer = await openDatabase<TestDatabase>({ service: 'crash', dataDir: dir });
    const consumerDb = await openTestDatabase('crash-consumer');
    const feed = await serveEventFeed({ source: 'crash', db: producer.db, secret: 's', port: 0 });
    try {
      const consumer = createFeedConsumer({
        consumer: 'c',
        db: consumerDb.db,
        feedUrl: feed.url,
        secret: 's',
        handler: recordingHandler('crash'),
      });
      expect(await consumer.pollOnce()).toBe(5);
      expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await feed.close();
      await producer.close();
      await consumerDb.close();
    }
  });

  it.skipIf(!natsAvailable)('loses nothing on NATS: the restarted relay publishes what was committed', async () => {
    const dir = await commitAndKill(4);
    const run = randomUUID().slice(0, 8);
    const link = await connectNats({ url: NATS_URL, stream: `TEST_CRASH_${run}`, prefix: `crash.${run}` });
    const producer = await openDatabase<TestDatabase>({ service: 'crash', dataDir: dir });
    const consumerDb = await openTestDatabase('crash-nats-consumer');
    try {
      expect(await createNatsRelay({ source: 'crash', db: producer.db, link }).runOnce()).toBe(4);
      const consumer = await createNatsConsumer({
        consumer: 'c',
        db: consumerDb.db,
        link,
        handler: recordingHandler('crash'),
      });
      expect(await consumer.runOnce()).toBe(4);
      expect(await appliedValues(consumerDb.db)).toEqual([1, 2, 3, 4]);
    } finally {
      await link.jsm.streams.delete(`TEST_CRASH_${run}`).catch(() => undefined);
      await link.close();
      await producer.close();
      await consumerDb.close();
    }
  });
});
