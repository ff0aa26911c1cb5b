import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { AccessTokenError, type AccessTokenVerifier, type Caller, VISITOR_ROLE } from '@stelsel/auth';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { RATE_LIMIT_WINDOW_MS, type RateLimitClass, type RateLimiter, type RateLimitVerdict } from './rate-limit.ts';
import { visitorCaller, visitorParams } from './visitor.ts';

export interface EdgeOptions {
  verifyAccessToken: AccessTokenVerifier;
  rateLimiter: RateLimiter;
  rateLimits: Record<RateLimitClass, number>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Reverse proxies in front of the gateway whose `X-Forwarded-For` entries are trusted (default 0). */
  trustedProxies?: number;
  /** Whether a shipped document (by id) is open to a visitor without a token; absent: nothing is. */
  isVisitorDocument?: (documentId: string) => Promise<boolean>;
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

/** Close only when an unread body of some size may still be on its way; small ones Node drains cheaply. */
function closeIfBody(request: Request): Record<string, string> {
  const length = request.headers.get('content-length');
  if (length === null) return request.headers.has('transfer-encoding') ? CLOSE : {};
  return Number(length) > 64_000 || !/^\d+$/.test(length) ? CLOSE : {};
}

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
 * How many fields the operation asks at the top level (`__typename` aside), fragments followed
 * once each. Each one is a separate piece of work for a subgraph, so each counts as a request.
 */
export function rootFieldCount(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 1;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counted = new Map<string, number>();
  const count = (set: SelectionSetNode, path: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') total += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || path.has(name)) continue;
        let inner = counted.get(name);
        if (inner === undefined) {
          inner = count(fragment.selectionSet, new Set([...path, name]));
          counted.set(name, inner);
        }
        total += inner;
      }
    }
    return total;
  };
  return Math.max(1, count(operation.selectionSet, new Set()));
}

function callerKey(caller: Caller): string {
  return `caller:${caller.role}:${caller.subject}`;
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
    async onRequestParse({ request, serverContext, requestParser, setRequestParser, fetchAPI, endResponse }) {
      /** Answers a refusal directly: no error pipeline, no parsing, one small JSON body. */
      const refuse = (
        status: number,
        message: string,
        extensions: Record<string, unknown>,
        headers: Record<string, string>,
      ) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          }),
        );
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
      const limitClass: RateLimitClass = caller && caller.role !== VISITOR_ROLE ? caller.role : 'anonymous';
      const key = caller ? callerKey(caller) : `address:${address}`;
      const verdict = await options.rateLimiter.hit(key, options.rateLimits[limitClass]);
      verdicts.set(request, verdict);
      if (!verdict.allowed) {
        refuse(
          429,
          `Te veel verzoeken: maximaal ${verdict.limit} per minuut; probeer het over ${verdict.retryAfterSeconds} seconden opnieuw.`,
          { code: 'RATE_LIMITED', limit: verdict.limit },
          { ...rateLimitHeaders(verdict), ...closeIfBody(request) },
        );
        return;
      }
      // Without any token, only a shipped document open to visitors runs (following a report by receipt code).
      if (!caller && options.isVisitorDocument && !request.headers.has('authorization')) {
        const params = await visitorParams(request);
        if (params && (await options.isVisitorDocument(params.documentId))) {
          callers.set(request, visitorCaller(address));
          setRequestParser(() => params);
          return;
        }
      }
      if (!caller) {
        refuse(
          401,
          refusal?.message ?? 'Niet ingelogd.',
          { code: refusal?.code ?? 'UNAUTHENTICATED' },
          { 'WWW-Authenticate': 'Bearer realm="stelsel"', ...closeIfBody(request) },
        );
        return;
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
    /**
     * Once the document is known and valid: a query with n top-level fields counts n requests
     * (the first was counted at the door), so 20 aliases of an expensive field cost 20 requests
     * of the caller's budget, not one.
     */
    async onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const caller = request ? callers.get(request) : undefined;
      // A visitor's documents are the platform's own, checked field by field at the door.
      if (!request || !caller || caller.role === VISITOR_ROLE) return;
      const fields = rootFieldCount(args.document, args.operationName);
      if (fields <= 1) return;
      const verdict = await options.rateLimiter.hit(callerKey(caller), options.rateLimits[caller.role], fields - 1);
      verdicts.set(request, verdict);
      if (!verdict.allowed) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Te veel verzoeken: deze query telt als ${fields} verzoeken (één per veld op het hoogste niveau), maximaal ${verdict.limit} per minuut; probeer het over ${verdict.retryAfterSeconds} seconden opnieuw.`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  limit: verdict.limit,
                  http: { status: 429, headers: rateLimitHeaders(verdict) },
                },
              },
            ),
          ],
        });
      }
    },
    onResponse({ request, response }) {
      const verdict = verdicts.get(request);
      if (!verdict || response.headers.has('ratelimit')) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(verdict))) response.headers.set(name, value);
    },
  };
}
