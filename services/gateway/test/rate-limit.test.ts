import { createConnection } from 'node:net';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, rootFieldCount } from '../src/edge.ts';
import { readGatewayEnv } from '../src/env.ts';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from '../src/rate-limit.ts';
import { type EdgeHarness, fragmentBomb, PARTNER, STUDENT, startEdgeGateway, startIssuer } from './edge-harness.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Like TEST_DATABASE_URL: the Redis tests run only when a Redis answers. */
async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
const redisUp = await redisAnswers(REDIS_URL);

describe('the token bucket (GCRA)', () => {
  it('lets a burst of the full budget through, then one request per interval, with no window boundary to game', async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter(60_000, () => now);
    const hit = () => limiter.hit('k', 60);
    for (let i = 0; i < 60; i++) expect((await hit()).allowed).toBe(true);
    const refused = await hit();
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    // A fixed window would hand out a fresh 60 at the next minute boundary; the bucket refills 1 per second.
    now += 1000;
    expect((await hit()).allowed).toBe(true);
    expect((await hit()).allowed).toBe(false);
    now += 30_000;
    let allowed = 0;
    for (let i = 0; i < 100; i++) if ((await hit()).allowed) allowed += 1;
    expect(allowed).toBe(30);
  });

  it('stays bounded in memory and fast when very many addresses call at once', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter(60_000, () => now, 1000);
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) {
      now += 1;
      await limiter.hit(`address:${i}`, 1);
    }
    // Linear: 100,000 keys through a table of 1,000 in well under a second (a scan per hit would take minutes).
    expect(performance.now() - started).toBeLessThan(2000);
    // Every bucket is still in use (1 per minute); the most recent caller keeps its spent budget.
    expect(await limiter.hit('address:99999', 1)).toMatchObject({ allowed: false });
  });

  it('keeps separate budgets per key and reports what remains', async () => {
    const limiter = createMemoryRateLimiter(60_000, () => 0);
    expect(await limiter.hit('a', 10)).toMatchObject({ allowed: true, limit: 10, remaining: 9 });
    expect(await limiter.hit('b', 10)).toMatchObject({ allowed: true, remaining: 9 });
    expect(await limiter.hit('a', 10)).toMatchObject({ allowed: true, remaining: 8 });
  });
});

describe('rate limits per role from the environment', () => {
  it('reads RATE_LIMIT_<ROLE>_PER_MINUTE with defaults, and refuses nonsense in Dutch', () => {
    const env = readGatewayEnv({ RATE_LIMIT_PARTNER_PER_MINUTE: '120', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '30' });
    expect(env.rateLimits.partner).toBe(120);
    expect(env.rateLimits.anonymous).toBe(30);
    expect(env.rateLimits.student).toBe(600);
    expect(env.redisUrl).toBeUndefined();
    expect(() => readGatewayEnv({ RATE_LIMIT_STUDENT_PER_MINUTE: 'veel' })).toThrow(/geen positief geheel getal/);
    expect(readGatewayEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });
});

describe('the gateway counts every request of a caller', () => {
  let gw: EdgeHarness;

  beforeAll(async () => {
    gw = await startEdgeGateway({ rateLimits: { partner: 3, student: 1000, anonymous: 2 } });
  });
  afterAll(() => gw?.stop());

  it('answers with RateLimit and RateLimit-Policy headers, then 429 with Retry-After', async () => {
    const auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
    const first = await gw.post({ query: '{ __typename }' }, auth);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit')).toBe('limit=3, remaining=2, reset=20');
    expect(first.headers.get('ratelimit-policy')).toBe('3;w=60');
    const fromApp = await fetch(gw.url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(fromApp.headers.get('access-control-expose-headers')).toMatch(/RateLimit/);
    // An invalid document counts as well (the third request of three).
    const invalid = await gw.post({ query: '{ bestaatNiet }' }, auth);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.headers.get('ratelimit')).toMatch(/remaining=0/);
    const refused = await gw.post({ query: '{ __typename }' }, auth);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('20');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.message).toBe(
      'Te veel verzoeken: maximaal 3 per minuut; probeer het over 20 seconden opnieuw.',
    );
    // Another caller has its own budget.
    const student = await gw.post({ query: '{ __typename }' }, { authorization: `Bearer ${await gw.token(STUDENT)}` });
    expect(student.status).toBe(200);
    expect(student.headers.get('ratelimit-policy')).toBe('1000;w=60');
  });

  it('counts requests without a valid token per client address', async () => {
    expect((await gw.post({ query: '{ __typename }' })).status).toBe(401);
    // Not even JSON, with a forged token: counted all the same.
    expect((await gw.post('{ geen json', { authorization: 'Bearer vals' })).status).toBe(401);
    const third = await gw.post({ query: '{ __typename }' });
    expect(third.status).toBe(429);
    expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('every top-level field counts as a request', () => {
  it('counts top-level fields through fragments, once per fragment, __typename aside', () => {
    expect(rootFieldCount(parse('{ __typename }'))).toBe(1);
    expect(
      rootFieldCount(parse('{ a: shortages { __typename } b: shortages { __typename } bblShare { __typename } }')),
    ).toBe(3);
    expect(
      rootFieldCount(
        parse(
          'query Q { ...F ... on Query { institutions { id } } } fragment F on Query { a: institutions { id } b: institutions { id } }',
        ),
      ),
    ).toBe(3);
    const started = performance.now();
    expect(rootFieldCount(parse(fragmentBomb(200)))).toBe(1);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('charges a query with n top-level fields n requests, and refuses it when the budget is short', async () => {
    const gw = await startEdgeGateway({ rateLimits: { partner: 5 }, logger: { error: () => {} } });
    try {
      const auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
      const three = '{ a: institutions { id } b: institutions { id } c: institutions { id } }';
      const first = await gw.post({ query: three }, auth);
      expect(first.headers.get('ratelimit')).toMatch(/remaining=2/);
      const second = await gw.post({ query: three }, auth);
      expect(second.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(second.body.errors?.[0]?.message).toMatch(/^Te veel verzoeken: deze query telt als 3 verzoeken/);
      expect(second.headers.get('retry-after')).not.toBeNull();
      // The refused part was not taken from the budget: one request is still left.
      expect((await gw.post({ query: '{ __typename }' }, auth)).status).toBe(200);
      expect((await gw.post({ query: '{ __typename }' }, auth)).status).toBe(429);
    } finally {
      await gw.stop();
    }
  });
});

describe('the client address behind reverse proxies', () => {
  const request = (xff?: string) =>
    new Request('http://gw/graphql', { headers: xff ? { 'x-forwarded-for': xff } : {} });

  it('ignores X-Forwarded-For without trusted proxies: a client cannot choose its own budget', () => {
    expect(clientAddress(request('1.2.3.4'), '10.0.0.1')).toBe('10.0.0.1');
  });

  it('takes the address the trusted proxies wrote, not one the client sent along', () => {
    expect(clientAddress(request('6.6.6.6, 1.2.3.4'), '10.0.0.1', 1)).toBe('1.2.3.4');
    expect(clientAddress(request('6.6.6.6, 1.2.3.4, 10.0.0.2'), '10.0.0.1', 2)).toBe('1.2.3.4');
    expect(clientAddress(request(), '10.0.0.1', 1)).toBe('10.0.0.1');
  });

  it('gives each forwarded address its own anonymous budget', async () => {
    const gw = await startEdgeGateway({ trustedProxies: 1, rateLimits: { anonymous: 1 } });
    try {
      const from = (address: string) => gw.post({ query: '{ __typename }' }, { 'x-forwarded-for': address });
      expect((await from('192.0.2.1')).status).toBe(401);
      expect((await from('192.0.2.1')).status).toBe(429);
      expect((await from('192.0.2.2')).status).toBe(401);
    } finally {
      await gw.stop();
    }
  });

  it('reads TRUSTED_PROXIES', () => {
    expect(readGatewayEnv({ TRUSTED_PROXIES: '2' }).trustedProxies).toBe(2);
    expect(readGatewayEnv({}).trustedProxies).toBe(0);
    expect(() => readGatewayEnv({ TRUSTED_PROXIES: '-1' })).toThrow(/0 tot en met 10/);
  });
});

describe('when the Redis of the rate limit does not answer', () => {
  it('keeps counting in memory and reports the outage, instead of refusing or letting everything through', async () => {
    const errors: unknown[] = [];
    // Nothing listens on port 1.
    const limiter = await createRedisRateLimiter({ url: 'redis://127.0.0.1:1', onError: (e) => errors.push(e) });
    try {
      expect(await limiter.hit('k', 2)).toMatchObject({ allowed: true, remaining: 1 });
      expect(await limiter.hit('k', 2)).toMatchObject({ allowed: true, remaining: 0 });
      expect(await limiter.hit('k', 2)).toMatchObject({ allowed: false });
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await limiter.close?.();
    }
  });
});

describe.skipIf(!redisUp)(`a rate limit shared in Redis (${REDIS_URL})`, () => {
  const prefix = `stelsel-test:${process.pid}:${Date.now()}:`;
  const limiters: RateLimiter[] = [];
  const gateways: EdgeHarness[] = [];

  beforeAll(async () => {
    const issuer = await startIssuer();
    for (let i = 0; i < 2; i++) {
      const rateLimiter = await createRedisRateLimiter({ url: REDIS_URL, prefix });
      limiters.push(rateLimiter);
      gateways.push(await startEdgeGateway({ rateLimiter, rateLimits: { partner: 4 } }, issuer));
    }
    gateways.push({ ...gateways[0], stop: () => issuer.stop() } as EdgeHarness);
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.stop();
    for (const limiter of limiters) await limiter.close?.();
  });

  it('two gateway processes on one Redis enforce one budget together', async () => {
    const [a, b] = gateways as [EdgeHarness, EdgeHarness];
    const auth = { authorization: `Bearer ${await a.token(PARTNER)}` };
    const statuses: number[] = [];
    const started = Date.now();
    for (const gw of [a, b, a, b, a, b]) statuses.push((await gw.post({ query: '{ __typename }' }, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await b.post({ query: '{ __typename }' }, auth);
    // The shared 15-second window began at the first request: what is left of it, in whole seconds (a slow
    // machine may have used a second or more of it by now).
    const left = Number(refused.headers.get('retry-after'));
    expect(left).toBeLessThanOrEqual(15);
    expect(left).toBeGreaterThanOrEqual(Math.floor(15 - (Date.now() - started) / 1000));
  });
});
