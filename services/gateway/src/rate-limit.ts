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
  hit(key: string, limit: number): Promise<RateLimitVerdict>;
  close?(): Promise<void>;
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Shared by the in-memory and the Redis limiter, so both decide alike. */
export function gcra(
  storedTat: number | undefined,
  now: number,
  limit: number,
  windowMs: number,
): { verdict: RateLimitVerdict; tat: number } {
  const interval = windowMs / limit;
  const tat = Math.max(storedTat ?? now, now);
  const next = tat + interval;
  if (next - now > windowMs) {
    const retryAfterMs = next - now - windowMs;
    return {
      tat,
      verdict: {
        allowed: false,
        limit,
        remaining: 0,
        resetSeconds: Math.ceil((tat - now) / 1000),
        retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      },
    };
  }
  return {
    tat: next,
    verdict: {
      allowed: true,
      limit,
      remaining: Math.max(0, Math.floor((windowMs - (next - now)) / interval)),
      resetSeconds: Math.ceil((next - now) / 1000),
      retryAfterSeconds: 0,
    },
  };
}

/** In-memory limiter: the default, for one gateway process. */
export function createMemoryRateLimiter(windowMs = RATE_LIMIT_WINDOW_MS, now: () => number = Date.now): RateLimiter {
  const tats = new Map<string, number>();
  return {
    async hit(key, limit) {
      const t = now();
      const { verdict, tat } = gcra(tats.get(key), t, limit, windowMs);
      tats.set(key, tat);
      if (tats.size > 50_000) {
        for (const [k, v] of tats) if (v <= t) tats.delete(k);
      }
      return verdict;
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
