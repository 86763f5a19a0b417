import { test, expect, world, beforeEach } from "@pillars/test";
import { getProduct, updatePrice } from "@pillars/learner";

beforeEach(async () => {
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
  world.db.resetCounters();
});

test("a read right after updatePrice shows the new price", async () => {
  await getProduct(1); // the old price (2450) is now cached
  await updatePrice(1, 2290);
  const product = await getProduct(1);
  expect(product?.priceCents, "price read right after updatePrice(1, 2290)").toBe(2290);
});
