import type { Role } from '@stelsel/auth';

/** Who is counted: a role for verified callers, `anonymous` for requests without a valid token (per address). */
export type RateLimitClass = Role | 'anonymous';

export interface RateLimitVerdict {
  allowed: boolean;
  /** Requests per window for this caller. */
  limit: number;
  /** Requests still allowed right now. */
  remaining: number;
  /** Seconds until the full budget is back. */
  resetSeconds: number;
  /** Seconds to wait before the next request is allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * A token bucket per caller, computed as GCRA (generic cell rate algorithm): one timestamp per
 * key (the "theoretical arrival time"). Each request moves it one emission interval
 * (`window / limit`) ahead; a request is allowed while it stays within one window of now. A
 * caller can burst `limit` requests, then one every interval: there is no window boundary to game.
 * Refused requests do not move the timestamp, so a client that backs off gets through again.
 */
export interface RateLimiter {
  /** Counts `weight` requests (default 1) against the caller's budget of `limit` per window. */
  hit(key: string, limit: number, weight?: number): Promise<RateLimitVerdict>;
  close?(): Promise<void>;
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * One GCRA step. `tat` is the stored theoretical arrival time (or undefined); returns whether the
 * request is allowed and the new `tat` (unchanged when refused). Shared by both limiters.
 */
export function gcraStep(
  storedTat: number | undefined,
  now: number,
  limit: number,
  windowMs: number,
  weight = 1,
): { allowed: boolean; tat: number } {
  const interval = windowMs / limit;
  const tat = Math.max(storedTat ?? now, now);
  const next = tat + interval * weight;
  return next - now > windowMs ? { allowed: false, tat } : { allowed: true, tat: next };
}

/** The verdict for a request, from the outcome and how far the caller's `tat` lies ahead of now. */
export function verdictOf(
  allowed: boolean,
  aheadMs: number,
  limit: number,
  windowMs: number,
  weight = 1,
): RateLimitVerdict {
  const interval = windowMs / limit;
  return {
    allowed,
    limit,
    remaining: allowed ? Math.max(0, Math.floor((windowMs - aheadMs) / interval)) : 0,
    resetSeconds: Math.ceil(aheadMs / 1000),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((aheadMs + interval * weight - windowMs) / 1000)),
  };
}

/**
 * In-memory limiter: the default, for one gateway process. Keys whose bucket is full again are
 * swept at most once per window; beyond `maxKeys` (many addresses at once) the oldest keys go
 * first, so memory stays bounded and one request never scans the whole table.
 */
export function createMemoryRateLimiter(
  windowMs = RATE_LIMIT_WINDOW_MS,
  now: () => number = Date.now,
  maxKeys = 100_000,
): RateLimiter {
  const tats = new Map<string, number>();
  let lastSweep = now();
  return {
    async hit(key, limit, weight = 1) {
      const t = now();
      const { allowed, tat } = gcraStep(tats.get(key), t, limit, windowMs, weight);
      tats.delete(key); // re-insert: the Map's order is then least recently used first
      tats.set(key, tat);
      if (t - lastSweep >= windowMs) {
        lastSweep = t;
        for (const [k, v] of tats) if (v <= t) tats.delete(k);
      }
      if (tats.size > maxKeys) {
        const oldest = tats.keys().next().value;
        if (oldest !== undefined) tats.delete(oldest);
      }
      return verdictOf(allowed, tat - t, limit, windowMs, weight);
    },
  };
}

/** The default budgets per minute; override with `RATE_LIMIT_<ROLE>_PER_MINUTE`. */
export const DEFAULT_RATE_LIMITS: Record<RateLimitClass, number> = {
  student: 600,
  institution: 600,
  company: 600,
  municipality: 600,
  ministry: 600,
  sbb: 600,
  partner: 600,
  anonymous: 120,
};

/** The same GCRA step, atomically in Redis, on Redis's clock (so replicas with skewed clocks agree). */
const GCRA_SCRIPT = `
local interval = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nxt = tat + interval
if nxt - now > window then
  return {0, string.format('%.3f', tat - now)}
end
redis.call('SET', KEYS[1], string.format('%.3f', nxt), 'PX', math.ceil(nxt - now) + 1000)
return {1, string.format('%.3f', nxt - now)}
`;

export interface RedisRateLimiterOptions {
  url: string;
  /** Key prefix, so that several stelsels (or tests) can share one Redis. */
  prefix?: string;
  windowMs?: number;
  /** Called when Redis does not answer; the request is then counted in memory instead. */
  onError?: (error: unknown) => void;
}

/**
 * Shared limiter: every gateway replica on the same Redis enforces one budget per caller.
 * When Redis is unreachable the gateway keeps serving and counts in memory (per replica),
 * and says so in its log: an outage of the limiter's store must not take the API down.
 */
export async function createRedisRateLimiter(options: RedisRateLimiterOptions): Promise<RateLimiter> {
  const { Redis } = await import('ioredis');
  const windowMs = options.windowMs ?? RATE_LIMIT_WINDOW_MS;
  const prefix = options.prefix ?? 'stelsel:ratelimit:';
  const redis = new Redis(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    enableOfflineQueue: false,
  });
  redis.on('error', (error) => options.onError?.(error));
  // Not reachable at start: serve anyway (counting in memory) while ioredis keeps reconnecting.
  await redis.connect().catch((error: unknown) => options.onError?.(error));
  const fallback = createMemoryRateLimiter(windowMs);
  return {
    async hit(key, limit, weight = 1) {
      try {
        const [allowed, ahead] = (await redis.eval(
          GCRA_SCRIPT,
          1,
          `${prefix}${key}`,
          String((windowMs / limit) * weight),
          String(windowMs),
        )) as [number, string];
        return verdictOf(allowed === 1, Number(ahead), limit, windowMs, weight);
      } catch (error) {
        options.onError?.(error);
        return fallback.hit(key, limit, weight);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
