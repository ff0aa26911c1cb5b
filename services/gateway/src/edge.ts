import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { AccessTokenError, type AccessTokenVerifier, type Caller } from '@stelsel/auth';
import { GraphQLError } from 'graphql';
import { RATE_LIMIT_WINDOW_MS, type RateLimitClass, type RateLimiter, type RateLimitVerdict } from './rate-limit.ts';

export interface EdgeOptions {
  verifyAccessToken: AccessTokenVerifier;
  rateLimiter: RateLimiter;
  rateLimits: Record<RateLimitClass, number>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Reverse proxies in front of the gateway whose `X-Forwarded-For` entries are trusted (default 0). */
  trustedProxies?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

const callers = new WeakMap<Request, Caller>();

/** The verified caller of a GraphQL request, set by the edge before the document is parsed. */
export function callerOf(request: Request): Caller | undefined {
  return callers.get(request);
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${Math.round(bytes / 1000)} kB`;
}

/**
 * Refusals before the body is read close the connection: otherwise Node would read (and throw
 * away) whatever the client still sends, up to 10 MB and more, to keep the connection alive.
 */
const CLOSE = { Connection: 'close' };

function bodyTooLarge(limit: number): GraphQLError {
  return new GraphQLError(`Het verzoek is te groot (maximaal ${formatBytes(limit)}).`, {
    extensions: { code: 'REQUEST_TOO_LARGE', limit, http: { status: 413, headers: CLOSE } },
  });
}

/** Counts the bytes as they arrive: a body without (or with a false) Content-Length is cut off at the limit too. */
function limitBody(request: Request, limit: number, fetchAPI: { Request: typeof Request }): Request {
  const body = request.body;
  if (!body) return request;
  let read = 0;
  const limited = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(bodyTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

/**
 * The client's address for the anonymous budget. Without trusted proxies the TCP peer; behind
 * `n` proxies the n-th address from the right of `X-Forwarded-For` (the part the proxies wrote,
 * so a client cannot pick its own budget by sending the header itself).
 */
export function clientAddress(request: Request, peer: string | undefined, trustedProxies = 0): string {
  if (trustedProxies > 0) {
    const hops = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const address = hops[hops.length - trustedProxies];
    if (address) return address;
  }
  return peer ?? 'onbekend';
}

function rateLimitHeaders(verdict: RateLimitVerdict): Record<string, string> {
  const headers: Record<string, string> = {
    RateLimit: `limit=${verdict.limit}, remaining=${verdict.remaining}, reset=${verdict.resetSeconds}`,
    'RateLimit-Policy': `${verdict.limit};w=${RATE_LIMIT_WINDOW_MS / 1000}`,
  };
  if (!verdict.allowed) headers['Retry-After'] = String(verdict.retryAfterSeconds);
  return headers;
}

/**
 * The cheap refusals, before the document is even parsed: who is calling (token), how often
 * (rate limit, counting every request, also those without a valid token, per client address),
 * and how much they send (body size). Parsing and validation only happen for a known caller
 * within budget.
 */
export function edgePlugin(options: EdgeOptions): GatewayPlugin {
  const verdicts = new WeakMap<Request, RateLimitVerdict>();
  return {
    async onRequestParse({ request, serverContext, requestParser, setRequestParser, fetchAPI }) {
      let caller: Caller | undefined;
      let refusal: AccessTokenError | undefined;
      try {
        caller = await options.verifyAccessToken(request.headers.get('authorization'));
      } catch (error) {
        refusal =
          error instanceof AccessTokenError
            ? error
            : new AccessTokenError('Het toegangstoken kon niet worden gecontroleerd.', 'UNAUTHENTICATED');
      }
      const address = clientAddress(
        request,
        (serverContext as { req?: IncomingMessage }).req?.socket?.remoteAddress,
        options.trustedProxies,
      );
      const limitClass: RateLimitClass = caller ? caller.role : 'anonymous';
      const key = caller ? `caller:${caller.role}:${caller.subject}` : `address:${address}`;
      const verdict = await options.rateLimiter.hit(key, options.rateLimits[limitClass]);
      verdicts.set(request, verdict);
      if (!verdict.allowed) {
        throw new GraphQLError(
          `Te veel verzoeken: maximaal ${verdict.limit} per minuut; probeer het over ${verdict.retryAfterSeconds} seconden opnieuw.`,
          {
            extensions: {
              code: 'RATE_LIMITED',
              limit: verdict.limit,
              http: { status: 429, headers: { ...rateLimitHeaders(verdict), ...CLOSE } },
            },
          },
        );
      }
      if (!caller) {
        throw new GraphQLError(refusal?.message ?? 'Niet ingelogd.', {
          extensions: {
            code: refusal?.code ?? 'UNAUTHENTICATED',
            http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="stelsel"', ...CLOSE } },
          },
        });
      }
      const contentLength = request.headers.get('content-length');
      if (contentLength !== null && /^\d+$/.test(contentLength) && Number(contentLength) > options.maxBodyBytes) {
        throw bodyTooLarge(options.maxBodyBytes);
      }
      callers.set(request, caller);
      if (requestParser && request.body) {
        const parse = requestParser;
        setRequestParser((req) => parse(limitBody(req, options.maxBodyBytes, fetchAPI)));
      }
    },
    onContextBuilding({ context, extendContext }) {
      const caller = callers.get(context.request);
      if (!caller) {
        throw new GraphQLError('Niet ingelogd: stuur een geldig toegangstoken mee (Authorization: Bearer …).', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      extendContext({ caller } as never);
    },
    onResponse({ request, response }) {
      const verdict = verdicts.get(request);
      if (!verdict?.allowed) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(verdict))) response.headers.set(name, value);
    },
  };
}
