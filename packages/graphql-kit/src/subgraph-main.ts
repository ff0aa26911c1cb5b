import type { BaseContext as ApolloBaseContext } from '@apollo/server';
import { type Caller, createCallerContextVerifier } from '@stelsel/auth';
import { type Migrations, migrateToLatest, openDatabase } from '@stelsel/db-kit';
import type { GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { createLogger } from './errors.ts';
import { listenSubgraph, stopOnSignal } from './server.ts';
import { readSubgraphEnv, runMain } from './subgraph-env.ts';

export interface SubgraphMain<DB, Context> {
  service: string;
  defaultPort: number;
  schema: GraphQLSchema;
  migrations: Migrations;
  /** Seeds demo data once; returns what it inserted (logged). */
  seed: (db: Kysely<DB>) => Promise<unknown>;
  createContext: (caller: Caller, db: Kysely<DB>) => Context;
}

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
    stopOnSignal(logger, stop, database.close);
  });
}
