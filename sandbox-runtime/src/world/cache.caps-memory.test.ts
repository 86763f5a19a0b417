// limits.cacheBytes works like Redis's maxmemory with noeviction: writes that would go past it
// fail with Redis's OOM error; reads and deletes still work, and freeing memory (DEL, expiry)
// lets writes through again.
import { expect, it } from "vitest";
import { createCache, OOM } from "./cache.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

it("refuses writes past cacheBytes with Redis's OOM error, and recovers when memory frees", () => {
  const clock = manualClock();
  const cache = createCache({ limits: { ...TEST_LIMITS, cacheBytes: 10_000 }, deps: clock });
  const run = (op: string, ...args: unknown[]) => cache.call(op, args, "learner").value;
  const value = "v".repeat(1000);
  let stored = 0;
  let error: unknown;
  for (let i = 0; i < 100 && !error; i++) {
    try {
      run("set", `k${i}`, value, "EX", 60);
      stored++;
    } catch (err) {
      error = err;
    }
  }
  expect(String(error)).toContain(OOM);
  expect(stored).toBeGreaterThan(5);
  expect(stored).toBeLessThan(10);
  expect(() => run("rpush", "l", value)).toThrow(OOM);
  expect(run("get", "k0")).toBe(value);
  expect(run("del", "k0", "k1")).toBe(2);
  expect(run("set", "again", value)).toBe("OK");
  clock.advance(60_001); // the rest expire: their memory is freed
  expect(run("set", "after-expiry", value)).toBe("OK");
  expect(run("rpush", "l", value, value, value)).toBe(3);
});

it("counts collection elements towards memory", () => {
  const cache = createCache({ limits: { ...TEST_LIMITS, cacheBytes: 5_000 }, deps: manualClock() });
  expect(() => {
    for (let i = 0; i < 1000; i++) cache.call("sadd", ["s", `member-${i}`], "learner");
  }).toThrow(OOM);
  expect(cache.call("scard", ["s"], "learner").value).toBeGreaterThan(50);
});
