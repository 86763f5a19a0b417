import { check, checkEqual } from "./check.ts";
import type { RateLimiterTest } from "./rate-limiter.ts";

// Your test suite for the login rate limiter. Each test receives `createRateLimiter` and
// throws when the limiter misbehaves. Control time with a fake clock you move yourself:
// never wait for real time in a test.
export const tests: RateLimiterTest[] = [
  {
    name: "allows up to the limit within one window",
    run: (createRateLimiter) => {
      let nowMs = 0; // the fake clock: the limiter reads it, the test moves it
      const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => nowMs });
      const answers = [limiter.tryAcquire("ana"), limiter.tryAcquire("ana")];
      nowMs += 1_000;
      answers.push(limiter.tryAcquire("ana"));
      checkEqual(answers, [true, true, true], "the first three requests in a minute");
    },
  },

  // TODO: what happens to the request after the limit?
  // TODO: when exactly does a new window start? Test the last millisecond of a window and the first of the next.
  // TODO: does one key's traffic affect another key?
  // TODO: what if a blocked client keeps retrying during the window?
  // TODO: how many requests does a new window allow?
];

// Keeps the helper imported while you write your tests; delete once you use it.
void check;
