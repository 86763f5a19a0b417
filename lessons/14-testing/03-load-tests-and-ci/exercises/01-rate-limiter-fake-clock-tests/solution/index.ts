import { checkEqual } from "./check.ts";
import type { CreateRateLimiter, RateLimiter, RateLimiterTest } from "./rate-limiter.ts";

// A fake clock: the limiter reads `now`, the test moves it. No test waits for real time, so
// every run sees the same times and the suite cannot become flaky.
function setUp(createRateLimiter: CreateRateLimiter, limit = 3, windowMs = 60_000) {
  const clock = { nowMs: 1_000_000 };
  const limiter = createRateLimiter({ limit, windowMs, now: () => clock.nowMs });
  return { clock, limiter };
}

const attempts = (limiter: RateLimiter, key: string, n: number) =>
  Array.from({ length: n }, () => limiter.tryAcquire(key));

export const tests: RateLimiterTest[] = [
  {
    name: "allows up to the limit within one window",
    run: (createRateLimiter) => {
      const { clock, limiter } = setUp(createRateLimiter);
      const answers = attempts(limiter, "ana", 2);
      clock.nowMs += 59_000;
      answers.push(limiter.tryAcquire("ana"));
      checkEqual(answers, [true, true, true], "three requests within a minute, limit 3");
    },
  },
  {
    name: "rejects the request after the limit in the same window",
    run: (createRateLimiter) => {
      const { limiter } = setUp(createRateLimiter);
      checkEqual(attempts(limiter, "ana", 4), [true, true, true, false], "four requests at once");
    },
  },
  {
    name: "the window still holds on its last millisecond and lifts on the next",
    run: (createRateLimiter) => {
      const { clock, limiter } = setUp(createRateLimiter);
      attempts(limiter, "ana", 3);
      clock.nowMs += 59_999;
      checkEqual(limiter.tryAcquire("ana"), false, "a request 59.999 s into the window");
      clock.nowMs += 1;
      checkEqual(limiter.tryAcquire("ana"), true, "a request exactly 60 s after the window began");
    },
  },
  {
    name: "a new window allows the full limit again",
    run: (createRateLimiter) => {
      const { clock, limiter } = setUp(createRateLimiter);
      attempts(limiter, "ana", 3);
      clock.nowMs += 60_000;
      checkEqual(
        attempts(limiter, "ana", 4),
        [true, true, true, false],
        "requests in the next window",
      );
    },
  },
  {
    name: "retrying while blocked does not push the window back",
    run: (createRateLimiter) => {
      const { clock, limiter } = setUp(createRateLimiter);
      attempts(limiter, "ana", 3);
      clock.nowMs += 30_000;
      limiter.tryAcquire("ana"); // rejected
      clock.nowMs += 30_000;
      checkEqual(
        limiter.tryAcquire("ana"),
        true,
        "a request 60 s after the first, after a rejected retry",
      );
    },
  },
  {
    name: "one key reaching its limit does not limit another",
    run: (createRateLimiter) => {
      const { limiter } = setUp(createRateLimiter);
      attempts(limiter, "ana", 3);
      checkEqual(
        attempts(limiter, "ben", 3),
        [true, true, true],
        "ben's first three requests after ana's three",
      );
    },
  },
];
