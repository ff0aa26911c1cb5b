import { createCallerContextVerifier } from '@stelsel/auth';
import { migrateToLatest, openDatabase } from '@stelsel/db-kit';
import { createLogger, listenSubgraph, readSubgraphEnv, runMain, stopOnSignal } from '@stelsel/graphql-kit';
import { createPlacementsContext, type PlacementsContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import { seedPlacements } from './db/seed.ts';
import type { PlacementsDatabase } from './db/types.ts';
import { schema } from './schema/schema.ts';

const SERVICE = 'placements';

runMain(async () => {
  const logger = createLogger(SERVICE);
  const env = readSubgraphEnv(SERVICE, 4001);
  const database = await openDatabase<PlacementsDatabase>({
    service: SERVICE,
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
  });
  const applied = await migrateToLatest(database.db, migrations);
  const seeded = await seedPlacements(database.db);
  logger.info('database gereed', {
    engine: database.engine,
    location: database.location,
    applied,
    seeded: seeded.inserted,
  });
  const verifyCaller = await createCallerContextVerifier(env.gatewayPublicJwk);
  const { stop } = await listenSubgraph<PlacementsContext>({
    name: SERVICE,
    schema,
    logger,
    port: env.port,
    host: env.host,
    verifyCaller,
    createContext: (caller) => createPlacementsContext(caller, database.db),
  });
  stopOnSignal(logger, stop, database.close);
});
