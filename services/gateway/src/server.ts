import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createAccessTokenVerifier, importGatewayPrivateKey, loadOrCreateGatewayKeys } from '@stelsel/auth';
import { ConfigError, createLogger, runMain, stopOnSignal } from '@stelsel/graphql-kit';
import type { JWK } from 'jose';
import { readGatewayEnv } from './env.ts';
import { createGateway } from './gateway.ts';
import { createMemoryRateLimiter, createRedisRateLimiter } from './rate-limit.ts';
import { appManifestFiles } from './trusted-documents.ts';

runMain(async () => {
  const logger = createLogger('gateway');
  const env = readGatewayEnv();
  let supergraph: string;
  try {
    supergraph = readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
  } catch {
    throw new ConfigError('supergraph.graphql ontbreekt: stel hem samen met "pnpm --filter @stelsel/gateway build".');
  }
  const gatewayPrivateKey = env.privateJwk
    ? await importGatewayPrivateKey(JSON.parse(env.privateJwk) as JWK)
    : (await loadOrCreateGatewayKeys(env.privateKeyFile, env.publicKeyFile)).privateKey;
  let redisDown = false;
  const rateLimiter = env.redisUrl
    ? await createRedisRateLimiter({
        url: env.redisUrl,
        onError: (error) => {
          if (redisDown) return;
          redisDown = true;
          logger.warn('Redis voor de verzoeklimiet antwoordt niet; tellen in het geheugen', { error: String(error) });
          setTimeout(() => {
            redisDown = false;
          }, 60_000).unref();
        },
      })
    : createMemoryRateLimiter();
  const gateway = createGateway({
    supergraph,
    subgraphUrls: env.subgraphUrls,
    verifyAccessToken: createAccessTokenVerifier({ issuer: env.issuer, jwksUri: env.jwksUri, audience: env.audience }),
    gatewayPrivateKey,
    allowedOrigins: env.allowedOrigins,
    graphiql: env.graphiql,
    production: env.production,
    logger,
    rateLimiter,
    rateLimits: env.rateLimits,
    costLimits: { costPerMinute: env.costPerMinute },
    trustedProxies: env.trustedProxies,
    trustedDocuments: {
      manifestFiles: appManifestFiles(env.appsDir),
      ...(env.persistedDocumentsUrl ? { manifestUrl: env.persistedDocumentsUrl } : {}),
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.port, env.host, resolve);
  });
  logger.info('gateway luistert', { url: `http://localhost:${env.port}/graphql`, issuer: env.issuer });
  stopOnSignal(
    logger,
    () => new Promise((resolve) => server.close(() => resolve(undefined))),
    async () => gateway.dispose(),
    async () => rateLimiter.close?.(),
  );
});
