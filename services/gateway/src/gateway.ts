import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import {
  AccessTokenError,
  type AccessTokenVerifier,
  CALLER_HEADER,
  type Caller,
  signCallerContext,
} from '@stelsel/auth';
import { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import { SUBGRAPHS, type SubgraphName } from './compose.ts';
import { createRateLimiter, maxDepthRule } from './limits.ts';

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
  maxDepth?: number;
  rateLimitPerMinute?: number;
  graphiql?: boolean;
}

interface CallerContext {
  caller?: Caller;
}

function authPlugin(options: GatewayOptions): GatewayPlugin<CallerContext> {
  const limit = createRateLimiter(options.rateLimitPerMinute ?? 600, 60_000);
  return {
    async onContextBuilding({ context, extendContext }) {
      let caller: Caller;
      try {
        caller = await options.verifyAccessToken(context.request.headers.get('authorization'));
      } catch (error) {
        const message =
          error instanceof AccessTokenError ? error.message : 'Het toegangstoken kon niet worden gecontroleerd.';
        const code = error instanceof AccessTokenError ? error.code : 'UNAUTHENTICATED';
        throw new GraphQLError(message, {
          extensions: {
            code: code === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : code,
            http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="stelsel"' } },
          },
        });
      }
      const verdict = limit(`${caller.role}:${caller.subject}`);
      if (!verdict.allowed) {
        throw new GraphQLError(`Te veel verzoeken; probeer het over ${verdict.retryAfterSeconds} seconden opnieuw.`, {
          extensions: {
            code: 'RATE_LIMITED',
            http: { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
          },
        });
      }
      extendContext({ caller });
    },
  };
}

function depthPlugin(maxDepth: number): GatewayPlugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxDepthRule(maxDepth));
    },
  };
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
  return createGatewayRuntime<CallerContext>({
    supergraph: options.supergraph,
    transports: { http: httpTransport },
    transportEntries,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    landingPage: false,
    graphiql: options.graphiql ?? false,
    logging: 'warn',
    cors: { origin: options.allowedOrigins, credentials: false, allowedHeaders: ['authorization', 'content-type'] },
    upstreamTimeout: options.upstreamTimeoutMs ?? 10_000,
    maskedErrors: true,
    propagateHeaders: {
      fromClientToSubgraphs: async ({ context }) => {
        if (!context.caller) return {};
        return { [CALLER_HEADER]: await signCallerContext(context.caller, options.gatewayPrivateKey) };
      },
    },
    plugins: () => [authPlugin(options), depthPlugin(options.maxDepth ?? 12)],
  });
}
