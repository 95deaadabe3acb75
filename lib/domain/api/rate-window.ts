/**
 * Fixed-window rate limiting of the REST API (decision 030): every token may
 * make `limit` requests per window of `windowMs`, windows aligned to the
 * epoch. Pure: the counter itself lives in the database (lib/api/rate-limit.ts).
 */
export type RateLimitConfig = { limit: number; windowMs: number };

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 600, windowMs: 60_000 };

/** Start of the window that contains `now`. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds until the window of `now` ends (at least 1), for `Retry-After`. */
export function retryAfterSeconds(now: Date, windowMs: number): number {
  const end = windowStart(now, windowMs).getTime() + windowMs;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfter: number };

/** The decision for the `count`-th request of the window (count includes this one). */
export function decide(count: number, config: RateLimitConfig, now: Date): RateDecision {
  return {
    allowed: count <= config.limit,
    limit: config.limit,
    remaining: Math.max(0, config.limit - count),
    retryAfter: retryAfterSeconds(now, config.windowMs),
  };
}

/** `OPORA_API_RATE_LIMIT` (requests) and `OPORA_API_RATE_WINDOW_S` (seconds); bad values → defaults. */
export function rateLimitConfig(env: Record<string, string | undefined>): RateLimitConfig {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    limit: positive(env.OPORA_API_RATE_LIMIT, DEFAULT_RATE_LIMIT.limit),
    windowMs: positive(env.OPORA_API_RATE_WINDOW_S, DEFAULT_RATE_LIMIT.windowMs / 1000) * 1000,
  };
}
