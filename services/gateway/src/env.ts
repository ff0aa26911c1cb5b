import { join } from 'node:path';
import { ConfigError, findRepoRoot, readPort, readUrl } from '@stelsel/graphql-kit';
import { defaultPortOf } from '@stelsel/topology';
import { SUBGRAPHS, type SubgraphName } from './compose.ts';
import { DEFAULT_COST_LIMITS } from './cost-limit.ts';
import { DEFAULT_RATE_LIMITS, type RateLimitClass } from './rate-limit.ts';

export interface GatewayEnv {
  port: number;
  host: string;
  issuer: string;
  jwksUri: string;
  audience: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  allowedOrigins: string[];
  privateKeyFile: string;
  publicKeyFile: string;
  privateJwk: string | undefined;
  graphiql: boolean;
  production: boolean;
  /** Requests per minute by role (`RATE_LIMIT_<ROLE>_PER_MINUTE`); `anonymous` is per client address. */
  rateLimits: Record<RateLimitClass, number>;
  /** Estimated cost per minute by role (`COST_LIMIT_<ROLE>_PER_MINUTE`). */
  costPerMinute: typeof DEFAULT_COST_LIMITS.costPerMinute;
  /** When set, the rate limit is shared by every gateway on this Redis. */
  redisUrl: string | undefined;
  /** `TRUSTED_PROXIES`: reverse proxies in front of the gateway (their X-Forwarded-For is trusted). */
  trustedProxies: number;
  /** The apps' committed manifests (`apps/<app>/src/graphql/generated/persisted-documents.json`), read at start. */
  appsDir: string;
  /** `PERSISTED_DOCUMENTS_URL`: the web host's manifest of every deployed app version; default on the first web origin. */
  persistedDocumentsUrl: string | undefined;
}

function readCount(name: string, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new ConfigError(`Omgevingsvariabele ${name}="${raw}" moet een geheel getal van 0 tot en met 10 zijn.`);
  }
  return value;
}

function readPerRole<K extends string>(defaults: Record<K, number>, prefix: string, env: NodeJS.ProcessEnv) {
  const limits = { ...defaults };
  for (const limitClass of Object.keys(limits) as K[]) {
    const name = `${prefix}_${limitClass.toUpperCase()}_PER_MINUTE`;
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new ConfigError(`Omgevingsvariabele ${name}="${raw}" is geen positief geheel getal.`);
    }
    limits[limitClass] = value;
  }
  return limits;
}

/** The gateway's settings, read once. In production OIDC_ISSUER/OIDC_JWKS_URI point at the real issuer. */
export function readGatewayEnv(env = process.env): GatewayEnv {
  const root = findRepoRoot();
  const issuer = readUrl('OIDC_ISSUER', env) ?? 'http://localhost:4100';
  const jwksUri = readUrl('OIDC_JWKS_URI', env) ?? `${issuer.replace(/\/$/, '')}/jwks`;
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const { name } of SUBGRAPHS) {
    const variable = `${name.toUpperCase().replace(/-/g, '_')}_URL`;
    const url = readUrl(variable, env);
    if (url) subgraphUrls[name] = url;
  }
  const origins = (env.WEB_ORIGINS ?? 'http://localhost:3000')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin))
      throw new ConfigError(`WEB_ORIGINS bevat een ongeldige herkomst: "${origin}".`);
  }
  return {
    port: readPort('GATEWAY_PORT', defaultPortOf('gateway'), env),
    host: env.HOST || '127.0.0.1',
    issuer,
    jwksUri,
    audience: env.OIDC_AUDIENCE || 'urn:stelsel:api',
    subgraphUrls,
    allowedOrigins: origins,
    privateKeyFile: env.GATEWAY_PRIVATE_JWK_FILE || join(root, '.data', 'keys', 'gateway.private.jwk.json'),
    publicKeyFile: env.GATEWAY_PUBLIC_JWK_FILE || join(root, '.data', 'keys', 'gateway.public.jwk.json'),
    privateJwk: env.GATEWAY_PRIVATE_JWK || undefined,
    graphiql: env.NODE_ENV !== 'production',
    production: env.NODE_ENV === 'production',
    rateLimits: readPerRole(DEFAULT_RATE_LIMITS, 'RATE_LIMIT', env),
    costPerMinute: readPerRole(DEFAULT_COST_LIMITS.costPerMinute, 'COST_LIMIT', env),
    redisUrl: readUrl('REDIS_URL', env, ['redis:', 'rediss:']),
    trustedProxies: readCount('TRUSTED_PROXIES', env),
    appsDir: join(root, 'apps'),
    persistedDocumentsUrl:
      readUrl('PERSISTED_DOCUMENTS_URL', env) ?? (origins[0] ? `${origins[0]}/persisted-documents.json` : undefined),
  };
}
