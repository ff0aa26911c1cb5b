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

function bodyTooLarge(limit: number): GraphQLError {
  return new GraphQLError(`Het verzoek is te groot (maximaal ${formatBytes(limit)}).`, {
    extensions: { code: 'REQUEST_TOO_LARGE', limit, http: { status: 413 } },
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
      const address = (serverContext as { req?: IncomingMessage }).req?.socket?.remoteAddress ?? 'onbekend';
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
              http: { status: 429, headers: rateLimitHeaders(verdict) },
            },
          },
        );
      }
      if (!caller) {
        throw new GraphQLError(refusal?.message ?? 'Niet ingelogd.', {
          extensions: {
            code: refusal?.code ?? 'UNAUTHENTICATED',
            http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="stelsel"' } },
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
