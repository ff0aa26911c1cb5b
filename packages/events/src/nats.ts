/**
 * The transport beyond one machine (`NATS_URL`): a relay publishes each service's outbox to one
 * JetStream stream, with the event id as `Nats-Msg-Id` so the server drops a re-publish within its
 * duplicate window; consumers are durable, pull one message at a time (order per producer), apply it
 * through the same inbox as the feed (dedupe beyond the window) and ack only after the commit.
 */
import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Kysely } from 'kysely';
import { applyOnce, backoff, type EventHandler } from './apply.ts';
import { parseEvent, subjectOf } from './event.ts';
import { markDispatched, markFailed, undispatchedEvents } from './outbox.ts';
import type { EventTables } from './tables.ts';
import { type EventLogger, workerLoop } from './worker-loop.ts';

export interface NatsSettings {
  url: string;
  /** Stream name; default `STELSEL_EVENTS`. Tests use their own. */
  stream?: string;
  /** Subject prefix; default `stelsel.events`. */
  prefix?: string;
}

export interface NatsLink {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  stream: string;
  prefix: string;
  close(): Promise<void>;
}

/** Connects and makes sure the stream exists (file storage, 2 minutes duplicate window). */
export async function connectNats(settings: NatsSettings): Promise<NatsLink> {
  const nc = await connect({ servers: settings.url, name: 'stelsel-events', timeout: 3_000 });
  const jsm = await jetstreamManager(nc);
  const stream = settings.stream ?? 'STELSEL_EVENTS';
  const prefix = settings.prefix ?? 'stelsel.events';
  try {
    await jsm.streams.info(stream);
  } catch {
    await jsm.streams.add({ name: stream, subjects: [`${prefix}.>`], duplicate_window: 120_000_000_000 });
  }
  return { nc, js: jetstream(nc), jsm, stream, prefix, close: () => nc.drain() };
}

export interface Worker {
  /** One pass: publish or consume what is there now; resolves with the count. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

function loopOf(runOnce: () => Promise<number>, idleMs: number, logger: EventLogger, what: string): Worker {
  return { runOnce, ...workerLoop({ runOnce, pause: { ms: idleMs, after: 'idle' }, logger, what }) };
}

/** Publishes a producer's outbox in order; stops at the first failure so the order holds. */
export function createNatsRelay<DB extends EventTables>(options: {
  source: string;
  db: Kysely<DB>;
  link: NatsLink;
  idleMs?: number;
  logger?: EventLogger;
}): Worker {
  const logger = options.logger ?? { info() {}, warn() {} };
  async function runOnce(): Promise<number> {
    const pending = await undispatchedEvents(options.db, options.source, 100);
    for (const event of pending) {
      try {
        await options.link.js.publish(subjectOf(event.source, event.type, options.link.prefix), JSON.stringify(event), {
          msgID: event.id,
        });
      } catch (error) {
        await markFailed(options.db, event.id, String(error));
        throw error;
      }
      await markDispatched(options.db, event.id);
    }
    return pending.length;
  }
  return loopOf(runOnce, options.idleMs ?? 250, logger, 'events publiceren');
}

/** A durable consumer of one producer's events: applied once each, in order, acked after commit. */
export async function createNatsConsumer<DB extends EventTables>(options: {
  consumer: string;
  db: Kysely<DB>;
  link: NatsLink;
  handler: EventHandler<DB>;
  logger?: EventLogger;
}): Promise<Worker> {
  const logger = options.logger ?? { info() {}, warn() {} };
  const { link, handler } = options;
  const durable = `${options.consumer}-from-${handler.source}`.replace(/[^A-Za-z0-9_-]/g, '_');
  try {
    await link.jsm.consumers.info(link.stream, durable);
  } catch {
    await link.jsm.consumers.add(link.stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${link.prefix}.${handler.source}.>`,
      max_ack_pending: 1,
      ack_wait: 30_000_000_000,
    });
  }
  const consumer = await link.js.consumers.get(link.stream, durable);
  async function runOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const message = await consumer.next({ expires: 1_000 });
      if (!message) return handled;
      let event: ReturnType<typeof parseEvent>;
      try {
        event = parseEvent(message.json());
      } catch (error) {
        // Not an event: it can never be applied, so do not block the ones behind it.
        logger.warn('onleesbaar bericht overgeslagen', { subject: message.subject, error: String(error) });
        message.term();
        continue;
      }
      try {
        await applyOnce(options.db, options.consumer, event, handler);
      } catch (error) {
        const wait = backoff(message.info.deliveryCount);
        message.nak(wait);
        throw error;
      }
      message.ack();
      handled += 1;
    }
  }
  return loopOf(runOnce, 0, logger, 'events verwerken');
}
