import type { Kysely } from 'kysely';
import type { EventHandler } from './apply.ts';
import { createFeedConsumer, type EventLogger, serveEventFeed } from './feed.ts';
import { connectNats, createNatsConsumer, createNatsRelay, type NatsLink } from './nats.ts';
import type { EventTables } from './tables.ts';

export interface EventDeliveryOptions<DB extends EventTables> {
  service: string;
  db: Kysely<DB>;
  /** Whether this service writes events to its outbox (then it serves a feed or runs a relay). */
  publishes: boolean;
  /** The producers this service listens to. */
  handlers: readonly EventHandler<DB>[];
  /** With a NATS URL the events go through JetStream; without, through the loopback feeds. */
  natsUrl?: string | undefined;
  /** Loopback transport: this service's feed port, and where each producer's feed is. */
  feedPort: number;
  feedHost?: string;
  feedUrlOf: (source: string) => string;
  secret: string;
  logger?: EventLogger;
}

/**
 * Starts delivering events for a service, on the transport its settings choose; returns `stop`.
 * Producers and consumers do not know which transport runs: they append to the outbox and
 * implement an `EventHandler`.
 */
export async function startEventDelivery<DB extends EventTables>(
  options: EventDeliveryOptions<DB>,
): Promise<{ transport: 'nats' | 'feed'; stop: () => Promise<void> }> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  if (options.natsUrl) {
    const link: NatsLink = await connectNats({ url: options.natsUrl });
    stops.push(() => link.close());
    if (options.publishes) {
      const relay = createNatsRelay({ source: options.service, db: options.db, link, logger: options.logger });
      relay.start();
      stops.push(() => relay.stop());
    }
    for (const handler of options.handlers) {
      const worker = await createNatsConsumer({
        consumer: options.service,
        db: options.db,
        link,
        handler,
        logger: options.logger,
      });
      worker.start();
      stops.push(() => worker.stop());
    }
    return { transport: 'nats', stop };
  }
  if (options.publishes) {
    const feed = await serveEventFeed({
      source: options.service,
      db: options.db,
      secret: options.secret,
      port: options.feedPort,
      host: options.feedHost,
      logger: options.logger,
    });
    stops.push(feed.close);
  }
  for (const handler of options.handlers) {
    const consumer = createFeedConsumer({
      consumer: options.service,
      db: options.db,
      feedUrl: options.feedUrlOf(handler.source),
      secret: options.secret,
      handler,
      logger: options.logger,
    });
    consumer.start();
    stops.push(() => consumer.stop());
  }
  return { transport: 'feed', stop };
}
