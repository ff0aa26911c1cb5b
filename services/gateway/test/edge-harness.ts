import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Caller, createAccessTokenVerifier, generateGatewayKeys } from '@stelsel/auth';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createGateway, type GatewayOptions } from '../src/gateway.ts';

/**
 * A real gateway over real HTTP with a real token issuer (JWKS), without subgraphs: enough for
 * what the edge decides before any subgraph is asked (tokens, rate limits, body size, validation).
 */
export interface EdgeHarness {
  url: string;
  token(caller: Caller, options?: TokenOptions): Promise<string>;
  post(
    body: string | object,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    headers: Headers;
    body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    ms: number;
  }>;
  stop(): Promise<void>;
}

/** `exp: null` leaves the expiry out; `client` is the OAuth client the token is issued to (`client_id`). */
export interface TokenOptions {
  exp?: string | null;
  client?: string;
}

export interface Issuer {
  issuer: string;
  sign(caller: Caller, options?: TokenOptions): Promise<string>;
  stop(): Promise<void>;
}

export async function startIssuer(): Promise<Issuer> {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key: CryptoKey = pair.privateKey;
  return {
    issuer,
    async sign(caller, options = {}) {
      const jwt = new SignJWT({
        role: caller.role,
        organisation: caller.organisation,
        ...(options.client ? { client_id: options.client } : {}),
      })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject(caller.subject)
        .setIssuer(issuer)
        .setAudience('urn:stelsel:api')
        .setIssuedAt();
      if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '5m');
      return jwt.sign(key);
    },
    stop: () => close(server),
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startEdgeGateway(
  options: Partial<GatewayOptions> = {},
  issuer?: Issuer,
): Promise<EdgeHarness & { issuer: Issuer }> {
  const ownIssuer = issuer ?? (await startIssuer());
  const keys = await generateGatewayKeys();
  const gateway = createGateway({
    supergraph: readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8'),
    verifyAccessToken: createAccessTokenVerifier({ issuer: ownIssuer.issuer, jwksUri: `${ownIssuer.issuer}/jwks` }),
    gatewayPrivateKey: keys.privateKey,
    allowedOrigins: ['http://localhost:3000'],
    // Nothing listens here: the edge must decide without any subgraph.
    subgraphUrls: {
      placements: 'http://127.0.0.1:9/graphql',
      reports: 'http://127.0.0.1:9/graphql',
      funding: 'http://127.0.0.1:9/graphql',
      'equal-treatment': 'http://127.0.0.1:9/graphql',
    },
    ...options,
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    issuer: ownIssuer,
    token: (caller, opts) => ownIssuer.sign(caller, opts),
    async post(body, headers = {}) {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      let parsed: Awaited<ReturnType<EdgeHarness['post']>>['body'];
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { errors: [{ message: text }] };
      }
      return { status: response.status, headers: response.headers, body: parsed, ms };
    },
    async stop() {
      await close(server);
      await gateway.dispose();
      if (!issuer) await ownIssuer.stop();
    },
  };
}

export const PARTNER: Caller = { subject: 'partner-demo', role: 'partner', organisation: 'partner-demo' };
export const STUDENT: Caller = { subject: 'student-1', role: 'student', organisation: 'roc-zadkine' };

/** `fragment F_i { ...F_{i-1} ...F_{i-1} }`: tiny text, exponential if a rule expands fragments naively. */
export function fragmentBomb(levels: number): string {
  const parts = ['fragment F0 on Query { __typename }'];
  for (let i = 1; i <= levels; i++) parts.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb { ...F${levels} }\n${parts.join('\n')}`;
}
