import { createCallerContextVerifier } from '@stelsel/auth';
import { migrateToLatest, openDatabase } from '@stelsel/db-kit';
import { createLogger, listenSubgraph, readSubgraphEnv, runMain, stopOnSignal } from '@stelsel/graphql-kit';
import { createReportsContext, type ReportsContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import { seedReports } from './db/seed.ts';
import type { ReportsDatabase } from './db/types.ts';
import { schema } from './schema/schema.ts';

const SERVICE = 'reports';

runMain(async () => {
  const logger = createLogger(SERVICE);
  const env = readSubgraphEnv(SERVICE, 4002);
  const database = await openDatabase<ReportsDatabase>({
    service: SERVICE,
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
  });
  const applied = await migrateToLatest(database.db, migrations);
  const seeded = await seedReports(database.db);
  logger.info('database gereed', {
    engine: database.engine,
    location: database.location,
    applied,
    seeded: seeded.inserted,
  });
  const verifyCaller = await createCallerContextVerifier(env.gatewayPublicJwk);
  const { stop } = await listenSubgraph<ReportsContext>({
    name: SERVICE,
    schema,
    logger,
    port: env.port,
    host: env.host,
    verifyCaller,
    createContext: (caller) => createReportsContext(caller, database.db),
  });
  stopOnSignal(logger, stop, database.close);
});
