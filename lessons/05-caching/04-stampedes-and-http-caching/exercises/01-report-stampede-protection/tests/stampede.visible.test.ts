import { test, expect, world, beforeEach } from "@pillars/test";
import { getReport } from "@pillars/learner";

beforeEach(async () => {
  // Every test starts with a cold cache and fresh counters.
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
  world.db.resetCounters();
});

test("20 concurrent calls on a cold cache run the report query once", async () => {
  await Promise.all(Array.from({ length: 20 }, () => getReport()));
  expect(world.db.queryCount(), "report queries run for 20 simultaneous callers").toBe(1);
});
