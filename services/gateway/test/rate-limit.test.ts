import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGatewayEnv } from '../src/env.ts';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from '../src/rate-limit.ts';
import { type EdgeHarness, PARTNER, STUDENT, startEdgeGateway, startIssuer } from './edge-harness.ts';

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
    // An invalid document counts as well.
    const invalid = await gw.post({ query: '{ bestaatNiet }' }, auth);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.headers.get('ratelimit')).toMatch(/remaining=1/);
    await gw.post('{ dit is geen json', auth);
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
    expect((await gw.post({ query: '{ __typename }' }, { authorization: 'Bearer vals' })).status).toBe(401);
    const third = await gw.post({ query: '{ __typename }' });
    expect(third.status).toBe(429);
    expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
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
    for (const gw of [a, b, a, b, a, b]) statuses.push((await gw.post({ query: '{ __typename }' }, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await b.post({ query: '{ __typename }' }, auth);
    expect(refused.headers.get('retry-after')).toBe('15');
  });
});
