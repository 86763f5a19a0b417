import { test, expect, world, beforeEach } from "@pillars/test";
import { getProduct } from "@pillars/learner";

beforeEach(async () => {
  // Every test starts with an empty cache and fresh counters.
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
  world.db.resetCounters();
  world.cache.resetStats();
});

test("a second read within the TTL is served from the cache", async () => {
  const first = await getProduct(1);
  world.db.resetCounters();
  const second = await getProduct(1);
  expect(world.db.queryCount(), "database queries made by the second read").toBe(0);
  expect(second, "the product returned by the cached read").toEqual(first);
});
