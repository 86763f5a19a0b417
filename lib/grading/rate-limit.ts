// Token buckets per client: `burst` runs at once, refilled at `perMinute`. The clock is a
// parameter so tests advance time without waiting.

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: whole seconds until a token is back (for Retry-After). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export interface RateLimiter {
  take(key: string): RateLimitDecision;
}

/** Beyond this many tracked clients, full buckets (idle clients) are forgotten. */
const SWEEP_AT = 10_000;

export function createRateLimiter(options: {
  perMinute: number;
  burst: number;
  now?: () => number;
}): RateLimiter {
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(options.burst, bucket.tokens + (at - bucket.updatedMs) * perMs);
    bucket.updatedMs = at;
  };

  return {
    take(key) {
      const at = now();
      if (buckets.size >= SWEEP_AT) {
        for (const [k, b] of buckets) {
          refill(b, at);
          if (b.tokens >= options.burst) buckets.delete(k);
        }
      }
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { tokens: options.burst, updatedMs: at };
        buckets.set(key, bucket);
      }
      refill(bucket, at);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      const waitMs = (1 - bucket.tokens) / perMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}
