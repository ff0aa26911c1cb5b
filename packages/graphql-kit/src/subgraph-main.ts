import type { BaseContext as ApolloBaseContext } from '@apollo/server';
import { type Caller, createCallerContextVerifier } from '@stelsel/auth';
import { type Migrations, migrateToLatest, openDatabase } from '@stelsel/db-kit';
import { type EventHandler, type EventTables, startEventDelivery } from '@stelsel/events';
import { SUBGRAPHS } from '@stelsel/topology';
import type { GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { createLogger, type Logger } from './errors.ts';
import { listenSubgraph, stopOnSignal } from './server.ts';
import { readEventsEnv, readSubgraphEnv, runMain } from './subgraph-env.ts';

export interface SubgraphMain<DB, Context> {
  service: string;
  defaultPort: number;
  schema: GraphQLSchema;
  migrations: Migrations;
  /** Seeds demo data once; returns what it inserted (logged). */
  seed: (db: Kysely<DB>) => Promise<unknown>;
  createContext: (caller: Caller, db: Kysely<DB>) => Context;
  /**
   * Domain events (packages/events): `publishes` when the service appends to its outbox, and the
   * handlers of the producers it listens to. Delivered over NATS when NATS_URL is set, else over
   * the loopback feeds.
   */
  events?: {
    publishes: boolean;
    handlers?: (db: Kysely<DB & EventTables>) => EventHandler<DB & EventTables>[];
  };
  /** A job that runs now and then (retention, say): started after the server listens; answers its stop. */
  background?: (db: Kysely<DB>, logger: Logger) => () => Promise<void>;
}

const feedPortOf = (name: string): number => {
  const part = SUBGRAPHS.find((s) => s.name === name);
  if (!part) throw new Error(`Onbekende dienst voor events: ${name}`);
  return part.eventsPort;
};

/**
 * The whole start of a subgraph: read and check its settings, open its own database, migrate,
 * seed, listen behind the gateway's signed caller, and stop cleanly on a signal.
 */
export function runSubgraph<DB, Context extends ApolloBaseContext>(main: SubgraphMain<DB, Context>): void {
  runMain(async () => {
    const logger = createLogger(main.service);
    const env = readSubgraphEnv(main.service, main.defaultPort);
    const database = await openDatabase<DB>({
      service: main.service,
      databaseUrl: env.databaseUrl,
      dataDir: env.dataDir,
    });
    const applied = await migrateToLatest(database.db, main.migrations);
    const seeded = await main.seed(database.db);
    logger.info('database gereed', { engine: database.engine, location: database.location, applied, seeded });
    const { stop } = await listenSubgraph<Context>({
      name: main.service,
      schema: main.schema,
      logger,
      port: env.port,
      host: env.host,
      verifyCaller: await createCallerContextVerifier(env.gatewayPublicJwk, main.service),
      createContext: (caller) => main.createContext(caller, database.db),
    });
    const steps: Array<() => Promise<unknown>> = [stop];
    if (main.events) {
      const eventsEnv = readEventsEnv(main.service, feedPortOf(main.service), feedPortOf);
      const eventsDb = database.db as unknown as Kysely<DB & EventTables>;
      const delivery = await startEventDelivery({
        service: main.service,
        db: eventsDb,
        publishes: main.events.publishes,
        handlers: main.events.handlers?.(eventsDb) ?? [],
        natsUrl: eventsEnv.natsUrl,
        feedPort: eventsEnv.feedPort,
        feedHost: env.host,
        feedUrlOf: eventsEnv.feedUrlOf,
        secret: eventsEnv.secret,
        logger,
      });
      logger.info('events bezorgd via', { transport: delivery.transport });
      steps.push(delivery.stop);
    }
    if (main.background) steps.push(main.background(database.db, logger));
    stopOnSignal(logger, ...steps, database.close);
  });
}
