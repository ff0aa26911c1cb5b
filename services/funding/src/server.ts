import { createCallerContextVerifier } from '@stelsel/auth';
import { migrateToLatest, openDatabase } from '@stelsel/db-kit';
import { createLogger, listenSubgraph, readSubgraphEnv, runMain, stopOnSignal } from '@stelsel/graphql-kit';
import type { FundingContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import { seedFunding } from './db/seed.ts';
import type { FundingDatabase } from './db/types.ts';
import { schema } from './schema/schema.ts';

const SERVICE = 'funding';

runMain(async () => {
  const logger = createLogger(SERVICE);
  const env = readSubgraphEnv(SERVICE, 4003);
  const database = await openDatabase<FundingDatabase>({
    service: SERVICE,
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
  });
  const applied = await migrateToLatest(database.db, migrations);
  const seeded = await seedFunding(database.db);
  logger.info('database gereed', {
    engine: database.engine,
    location: database.location,
    applied,
    seeded: seeded.inserted,
  });
  const verifyCaller = await createCallerContextVerifier(env.gatewayPublicJwk);
  const { stop } = await listenSubgraph<FundingContext>({
    name: SERVICE,
    schema,
    logger,
    port: env.port,
    host: env.host,
    verifyCaller,
    createContext: (caller) => ({ caller, db: database.db }),
  });
  stopOnSignal(logger, stop, database.close);
});
