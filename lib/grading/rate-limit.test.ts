import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.ts";

describe("createRateLimiter", () => {
  it("allows a burst, refuses the next with Retry-After, and refills over time", () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 6, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take("ip:a").allowed)).toEqual([true, true, true]);
    expect(limiter.take("ip:a")).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 4_000;
    expect(limiter.take("ip:a")).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(limiter.take("ip:a").allowed).toBe(true);
    expect(limiter.take("ip:a").allowed).toBe(false);
  });

  it("keeps one bucket per client", () => {
    const limiter = createRateLimiter({ perMinute: 1, burst: 1, now: () => 0 });
    expect(limiter.take("ip:a").allowed).toBe(true);
    expect(limiter.take("ip:a").allowed).toBe(false);
    expect(limiter.take("ip:b").allowed).toBe(true);
    expect(limiter.take("user:a").allowed).toBe(true);
  });

  it("never refills past the burst", () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, now: () => now });
    now += 3_600_000;
    expect([1, 2, 3].map(() => limiter.take("k").allowed)).toEqual([true, true, false]);
  });

  it("forgets idle clients once many are tracked, and still limits active ones", () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 1, now: () => now });
    for (let i = 0; i < 10_000; i++) limiter.take(`ip:${i}`);
    expect(limiter.take("ip:busy").allowed).toBe(true);
    now += 500;
    // The sweep runs here; ip:busy has half a token and must not be forgotten.
    expect(limiter.take("ip:busy").allowed).toBe(false);
  });
});
