import { test, expect, world, beforeEach } from "@pillars/test";
import { getProduct, updatePrice } from "@pillars/learner";

beforeEach(async () => {
  // Every test starts with an empty cache and fresh counters, and uses its own products.
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
  world.db.resetCounters();
});

test("after two updates in a row the read shows the last price", async () => {
  await getProduct(2);
  await updatePrice(2, 1700);
  await getProduct(2);
  await updatePrice(2, 1650);
  expect((await getProduct(2))?.priceCents, "price after updating 1800 -> 1700 -> 1650").toBe(1650);
});

test("reads after an update are cached again", async () => {
  await getProduct(3);
  await updatePrice(3, 600);
  await getProduct(3);
  world.db.resetCounters();
  for (let i = 0; i < 3; i++) await getProduct(3);
  expect(world.db.queryCount(), "database queries for 3 reads after the post-update read").toBe(0);
});

test("updating one product leaves other products cached", async () => {
  await getProduct(4);
  await getProduct(5);
  await updatePrice(11, 4500);
  world.db.resetCounters();
  await getProduct(4);
  await getProduct(5);
  expect(world.db.queryCount(), "database queries to read products 4 and 5 after updating 11").toBe(
    0,
  );
});

test("a failed database update leaves the old price visible", async () => {
  await getProduct(5);
  world.db.failOn(/update\s+products/i, "database is read-only");
  await expect.rejects(updatePrice(5, 1)).toThrow("database is read-only");
  const product = await getProduct(5);
  expect(product?.priceCents, "price read after an update that failed in the database").toBe(1250);
});

test("resolves true when a product was updated and false for an unknown id", async () => {
  expect(await updatePrice(11, 4800), "updatePrice(11, 4800)").toBe(true);
  expect(await updatePrice(999, 100), "updatePrice(999, 100)").toBe(false);
});

test("an update to an unknown id does not make it appear", async () => {
  expect(await getProduct(997), "getProduct(997) before the update").toBeNull();
  await updatePrice(997, 100);
  expect(await getProduct(997), "getProduct(997) after updatePrice(997, 100)").toBeNull();
});
