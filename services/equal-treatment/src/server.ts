import { createCallerContextVerifier } from '@stelsel/auth';
import { migrateToLatest, openDatabase } from '@stelsel/db-kit';
import { createLogger, listenSubgraph, readSubgraphEnv, runMain, stopOnSignal } from '@stelsel/graphql-kit';
import { createEqualTreatmentContext, type EqualTreatmentContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import { seedEqualTreatment } from './db/seed.ts';
import type { EqualTreatmentDatabase } from './db/types.ts';
import { schema } from './schema/schema.ts';

const SERVICE = 'equal-treatment';

runMain(async () => {
  const logger = createLogger(SERVICE);
  const env = readSubgraphEnv(SERVICE, 4004);
  const database = await openDatabase<EqualTreatmentDatabase>({
    service: SERVICE,
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
  });
  const applied = await migrateToLatest(database.db, migrations);
  const seeded = await seedEqualTreatment(database.db);
  logger.info('database gereed', {
    engine: database.engine,
    location: database.location,
    applied,
    seeded,
  });
  const verifyCaller = await createCallerContextVerifier(env.gatewayPublicJwk);
  const { stop } = await listenSubgraph<EqualTreatmentContext>({
    name: SERVICE,
    schema,
    logger,
    port: env.port,
    host: env.host,
    verifyCaller,
    createContext: (caller) => createEqualTreatmentContext(caller, database.db),
  });
  stopOnSignal(logger, stop, database.close);
});
