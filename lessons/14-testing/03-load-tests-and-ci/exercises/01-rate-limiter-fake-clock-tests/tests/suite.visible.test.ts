import { test, expect } from "@pillars/test";
import { tests } from "@pillars/learner";

// The correct limiter. The hidden tests run your suite against copies of it with one bug
// each; here it must pass, or your tests would fail on working code.
function createRateLimiter(options: { limit: number; windowMs: number; now: () => number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    tryAcquire(key: string): boolean {
      const time = options.now();
      let window = windows.get(key);
      if (!window || time - window.start >= options.windowMs) {
        window = { start: time, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= options.limit) return false;
      window.count += 1;
      return true;
    },
  };
}

test("every test in your suite passes against the correct limiter", async () => {
  expect(Array.isArray(tests), "index.ts exports `tests` as an array").toBe(true);
  const failures: string[] = [];
  for (const t of tests) {
    try {
      await t.run(createRateLimiter);
    } catch (error) {
      failures.push(`${t?.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  expect(failures, "your tests that failed on the correct limiter").toEqual([]);
  expect(tests.length, "number of tests in your suite").toBeGreaterThanOrEqual(3);
});
