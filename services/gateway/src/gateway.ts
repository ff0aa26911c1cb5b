import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { type AccessTokenVerifier, CALLER_HEADER, type Caller, signCallerContext } from '@stelsel/auth';
import type { CryptoKey } from 'jose';
import { defaultSubgraphUrl, SUBGRAPHS, type SubgraphName } from './compose.ts';
import { publicContractPlugin } from './contract.ts';
import { type CostLimits, costLimitPlugin, DEFAULT_COST_LIMITS } from './cost-limit.ts';
import { DEFAULT_MAX_BODY_BYTES, edgePlugin } from './edge.ts';
import { strictInputPlugin } from './input.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits, operationLimitPlugins } from './limits.ts';
import { createErrorMasker, type ErrorLog } from './masking.ts';
import { createMemoryRateLimiter, DEFAULT_RATE_LIMITS, type RateLimitClass, type RateLimiter } from './rate-limit.ts';
import { type BreakerOptions, resiliencePlugin } from './resilience.ts';
import { type TrustedDocumentsOptions, trustedDocuments } from './trusted-documents.ts';
import { visitorDocuments } from './visitor.ts';

export interface GatewayOptions {
  supergraph: string;
  /** Where each subgraph listens; defaults to the URLs in the supergraph. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  verifyAccessToken: AccessTokenVerifier;
  /** The gateway's own key, with which it signs the caller it forwards. */
  gatewayPrivateKey: CryptoKey;
  /** Browser origins allowed to call the gateway (the web apps). */
  allowedOrigins: string[];
  upstreamTimeoutMs?: number;
  /** Limits per operation (depth, aliases, tokens, directives, cost). */
  limits?: Partial<OperationLimits>;
  /** Cost estimate limits: per operation, per caller per minute, and at once. */
  costLimits?: Partial<CostLimits>;
  /** Requests per minute per caller, by role; `anonymous` is per client address. */
  rateLimits?: Partial<Record<RateLimitClass, number>>;
  /** Shared (Redis) or in-memory (default) rate limit state. */
  rateLimiter?: RateLimiter;
  /** Largest request body, in bytes; default 1 MB. */
  maxBodyBytes?: number;
  /** Reverse proxies in front whose `X-Forwarded-For` entries are trusted; default 0. */
  trustedProxies?: number;
  graphiql?: boolean;
  /** Production: no introspection and no field suggestions, except for partners. */
  production?: boolean;
  /** Where unexpected errors are logged, under their correlation id. */
  logger?: ErrorLog;
  /** The apps' persisted documents (manifests at start, the web host's on a miss). */
  trustedDocuments?: Omit<TrustedDocumentsOptions, 'production'>;
  /** When a subgraph's circuit opens (consecutive failures) and when it lets a trial through. */
  breaker?: Partial<BreakerOptions>;
}

const stderrLog: ErrorLog = {
  error: (message, fields) =>
    process.stderr.write(`${JSON.stringify({ level: 'error', service: 'gateway', message, ...fields })}\n`),
};

interface CallerContext {
  caller?: Caller;
}

/**
 * The federated gateway: the only public door. It verifies the bearer token, applies limits,
 * plans the query over the subgraphs and forwards the caller, signed, to each subgraph.
 */
export function createGateway(options: GatewayOptions) {
  const transportEntries = Object.fromEntries(
    SUBGRAPHS.flatMap(({ name }) => {
      const location = options.subgraphUrls?.[name];
      return location ? [[name, { location }]] : [];
    }),
  );
  const rateLimiter = options.rateLimiter ?? createMemoryRateLimiter();
  const documents = trustedDocuments({ ...options.trustedDocuments, production: options.production ?? false });
  return createGatewayRuntime<CallerContext>({
    supergraph: options.supergraph,
    transports: { http: httpTransport },
    transportEntries,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    // '/readiness' is answered by the resilience plugin, which asks the subgraphs; the built-in one does not.
    readinessCheckEndpoint: '/.internal-readiness',
    landingPage: false,
    // Answers are compressed (gzip/deflate) when the client accepts it; subgraph traffic stays plain.
    contentEncoding: { subgraphs: [] },
    graphiql: options.graphiql ?? false,
    logging: 'warn',
    cors: {
      origin: options.allowedOrigins,
      credentials: false,
      allowedHeaders: ['authorization', 'content-type'],
      // The apps may read their budget and how long to wait.
      exposedHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After'],
    },
    upstreamTimeout: options.upstreamTimeoutMs ?? 10_000,
    persistedDocuments: documents.config,
    maskedErrors: { maskError: createErrorMasker(options.logger ?? stderrLog) },
    propagateHeaders: {
      // Signed per subgraph, with the subgraph's name as audience: a header is valid at one subgraph only.
      fromClientToSubgraphs: async ({ context, subgraphName }) => {
        if (!context.caller) return {};
        return { [CALLER_HEADER]: await signCallerContext(context.caller, options.gatewayPrivateKey, subgraphName) };
      },
    },
    plugins: () => [
      resiliencePlugin({
        breaker: options.breaker,
        subgraphUrls: Object.fromEntries(
          SUBGRAPHS.map(({ name }) => [name, options.subgraphUrls?.[name] ?? defaultSubgraphUrl(name)]),
        ),
      }),
      edgePlugin({
        verifyAccessToken: options.verifyAccessToken,
        rateLimiter,
        rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        trustedProxies: options.trustedProxies ?? 0,
        isVisitorDocument: visitorDocuments((id) => documents.store.resolve(id)),
      }),
      publicContractPlugin(options.production ?? false),
      strictInputPlugin(),
      ...operationLimitPlugins({ ...DEFAULT_OPERATION_LIMITS, ...options.limits }),
      costLimitPlugin(
        {
          ...DEFAULT_COST_LIMITS,
          ...options.costLimits,
          costPerMinute: { ...DEFAULT_COST_LIMITS.costPerMinute, ...options.costLimits?.costPerMinute },
        },
        rateLimiter,
      ),
    ],
  });
}
