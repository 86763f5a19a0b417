// The contract your tests check. The graders pass in a `createRateLimiter` that follows it
// (or one with a bug in it); you never write the limiter yourself.

export interface RateLimiterOptions {
  /** How many requests one key may make per window. */
  limit: number;
  /** How long a window lasts, in milliseconds. */
  windowMs: number;
  /** The current time in milliseconds. The limiter reads time only through this function. */
  now: () => number;
}

export interface RateLimiter {
  /**
   * Records a request from `key` and answers whether it is allowed.
   * A key's window starts at its first allowed request and lasts `windowMs`; a request at
   * `start + windowMs` or later starts a new window with the full limit. Up to `limit`
   * requests are allowed per window; rejected requests are not counted and do not move the
   * window. Keys are independent.
   */
  tryAcquire(key: string): boolean;
}

export type CreateRateLimiter = (options: RateLimiterOptions) => RateLimiter;

/** One test of your suite: it fails when `run` throws. */
export interface RateLimiterTest {
  name: string;
  run: (createRateLimiter: CreateRateLimiter) => void | Promise<void>;
}
