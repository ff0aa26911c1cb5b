import { createLogger, runMain, stopOnSignal } from '@stelsel/graphql-kit';
import { readIdentityEnv } from './env.ts';

const SERVICE = 'identity';

runMain(async () => {
  const logger = createLogger(SERVICE);
  // Settings first, so a configuration error is the only line printed (oidc-provider warns on import).
  const env = readIdentityEnv();
  const { startIdentityServer } = await import('./app.ts');
  const identity = await startIdentityServer({ ...env, logger });
  logger.info('identiteitsprovider gestart (ontwikkelomgeving)', {
    issuer: identity.issuer,
    port: identity.port,
    host: env.host,
    keys: env.dataDir,
  });
  stopOnSignal(logger, identity.stop);
});
