/**
 * The embedded transport: each producer serves its own outbox as a loopback HTTP feed, and each
 * consumer polls the feeds it needs, keeping its position in its own database. The outbox is the
 * durable log, so nothing runs between commit and delivery that could lose an event: a producer
 * killed right after its commit serves the event when it is back; a consumer that was down reads on
 * from its position. Nothing to install, and no second store to keep in step.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely, Transaction } from 'kysely';
import { applyOnce, type EventHandler } from './apply.ts';
import { parseEvent } from './event.ts';
import { eventsAfter } from './outbox.ts';
import type { EventTables } from './tables.ts';
import { type EventLogger, workerLoop } from './worker-loop.ts';

export type { EventLogger } from './worker-loop.ts';

const silent: EventLogger = { info() {}, warn() {} };

const MAX_PAGE = 500;

function sameSecret(header: string | undefined, secret: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface FeedServerOptions<DB extends EventTables> {
  source: string;
  db: Kysely<DB>;
  secret: string;
  port: number;
  host?: string;
  logger?: EventLogger;
}

/** Serves `GET /events?after=<sequence>&limit=<n>` with the shared secret as bearer token. */
export async function serveEventFeed<DB extends EventTables>(
  options: FeedServerOptions<DB>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const logger = options.logger ?? silent;
  const server: Server = createServer(async (req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://feed');
    if (req.method !== 'GET' || url.pathname !== '/events') return answer(404, { error: 'Niet gevonden.' });
    if (!sameSecret(req.headers.authorization, options.secret)) {
      return answer(401, { error: 'Geen geldige sleutel voor de eventfeed.' });
    }
    const after = Number(url.searchParams.get('after') ?? '0');
    const limit = Number(url.searchParams.get('limit') ?? '100');
    if (!Number.isSafeInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      return answer(400, { error: `after moet een geheel getal ≥ 0 zijn en limit tussen 1 en ${MAX_PAGE}.` });
    }
    try {
      answer(200, { events: await eventsAfter(options.db, options.source, after, limit) });
    } catch (error) {
      logger.warn('eventfeed kon niet lezen', { error: String(error) });
      answer(503, { error: 'De eventfeed is tijdelijk niet beschikbaar.' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  logger.info('eventfeed luistert', { source: options.source, url });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FeedConsumerOptions<DB extends EventTables> {
  /** The consuming service's name (its inbox and cursor rows carry it). */
  consumer: string;
  db: Kysely<DB>;
  /** The producer's feed, e.g. `http://127.0.0.1:4102`. */
  feedUrl: string;
  secret: string;
  handler: EventHandler<DB>;
  /** Pause between polls when the feed had nothing new; default 500 ms. */
  intervalMs?: number;
  pageSize?: number;
  logger?: EventLogger;
}

export interface FeedConsumer {
  /** Reads and applies everything available now; resolves with how many events it handled. */
  pollOnce(): Promise<number>;
  /** Polls until stopped, backing off while the feed or a handler fails. */
  start(): void;
  stop(): Promise<void>;
}

export function createFeedConsumer<DB extends EventTables>(options: FeedConsumerOptions<DB>): FeedConsumer {
  const logger = options.logger ?? silent;
  const source = options.handler.source;
  const events = options.db as unknown as Kysely<EventTables>;
  const pageSize = options.pageSize ?? 100;

  async function position(): Promise<number> {
    const row = await events
      .selectFrom('event_cursor')
      .select('position')
      .where('consumer', '=', options.consumer)
      .where('source', '=', source)
      .executeTakeFirst();
    return row ? Number(row.position) : 0;
  }

  const moveCursor = (sequence: number) => async (trx: Transaction<DB>) => {
    await (trx as unknown as Transaction<EventTables>)
      .insertInto('event_cursor')
      .values({ consumer: options.consumer, source, position: sequence })
      .onConflict((oc) => oc.columns(['consumer', 'source']).doUpdateSet({ position: sequence }))
      .execute();
  };

  /**
   * One GET of the feed. A kept-alive connection the producer closed just as it was reused fails at
   * once ("fetch failed"); that is no outage, so it is tried once more on a new connection.
   */
  async function fetchPage(url: string): Promise<Response> {
    const get = () =>
      fetch(url, { headers: { authorization: `Bearer ${options.secret}` }, signal: AbortSignal.timeout(5_000) });
    try {
      return await get();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return get();
    }
  }

  async function pollOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const after = await position();
      const response = await fetchPage(`${options.feedUrl}/events?after=${after}&limit=${pageSize}`);
      if (!response.ok) throw new Error(`eventfeed van ${source} antwoordde ${response.status}`);
      const body = (await response.json()) as { events?: unknown[] };
      const page = (body.events ?? []).map(parseEvent);
      for (const event of page) {
        // In order: a failing event stops the page, and the next poll starts again at this event.
        await applyOnce(options.db, options.consumer, event, options.handler, moveCursor(event.sequence));
        handled += 1;
      }
      if (page.length < pageSize) return handled;
    }
  }

  return {
    pollOnce,
    ...workerLoop({
      runOnce: pollOnce,
      pause: { ms: options.intervalMs ?? 500, after: 'every' },
      logger,
      what: 'events verwerken',
      fields: { source, consumer: options.consumer },
    }),
  };
}
