import type { CallerContextVerifier } from '@stelsel/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BaseContext, createBuilder, FEDERATION_LINK } from '../src/builder.ts';
import { createLogger } from '../src/errors.ts';
import { listenSubgraph } from '../src/server.ts';

/**
 * Issue 13 §2: when the gateway gives up on a subgraph (its upstream timeout) or its client leaves, the
 * subgraph stops its work instead of finishing an answer nobody reads.
 */
/** 200 steps of 25 ms: 5 s in all when nobody stops it. */
const STEPS = `mutation { ${Array.from({ length: 200 }, (_, i) => `s${i}: step`).join(' ')} }`;

describe('a subgraph stops when its caller hangs up', () => {
  let started = 0;
  let url: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const builder = createBuilder<BaseContext>();
    builder.queryType({ fields: (t) => ({ ping: t.string({ authScopes: { public: true }, resolve: () => 'pong' }) }) });
    // Mutation fields run one after another: each step is 25 ms of work, as a write per row would be.
    builder.mutationType({
      fields: (t) => ({
        step: t.int({
          authScopes: { public: true },
          resolve: async () => {
            await new Promise((resolve) => setTimeout(resolve, 25));
            started += 1;
            return started;
          },
        }),
      }),
    });
    const schema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, federationDirectives: ['@key', '@shareable'] });
    const verifyCaller: CallerContextVerifier = async () => ({ subject: 't', role: 'partner', organisation: 'p' });
    const server = await listenSubgraph<BaseContext>({
      name: 'abort-test',
      schema,
      logger: createLogger('abort-test'),
      createContext: (caller) => ({ caller }),
      port: 0,
      verifyCaller,
    });
    url = server.url;
    stop = server.stop;
  });

  afterAll(async () => {
    await stop?.();
  });

  it('finishes a request nobody leaves', async () => {
    started = 0;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ping: 'pong' } });
  });

  it('stops resolving once the gateway hangs up', async () => {
    started = 0;
    const controller = new AbortController();
    const request = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STEPS }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await request;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const atAbort = started;
    // Had the work gone on, another second would add about 40 steps; it adds none (one in flight at most).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(atAbort).toBeGreaterThan(0);
    expect(started - atAbort).toBeLessThanOrEqual(1);
    expect(started).toBeLessThan(100);
  });
});
