import { test, expect, world, beforeEach } from "@pillars/test";
import { getProduct } from "@pillars/learner";

const espresso = { id: 1, name: "Espresso beans, 1 kg", priceCents: 2450 };
const catalogue: Record<number, string> = {
  1: "Espresso beans, 1 kg",
  2: "Ceramic pour-over dripper",
  3: "Paper filters, pack of 100",
  11: "Gift card",
};

beforeEach(async () => {
  // Every test starts with an empty cache and fresh counters.
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
  world.db.resetCounters();
  world.cache.resetStats();
});

test("returns the product from the database on a cold cache", async () => {
  expect(await getProduct(1), "getProduct(1) on a cold cache").toEqual(espresso);
});

test("a cached product keeps its field types (priceCents stays a number)", async () => {
  await getProduct(1);
  const cached = await getProduct(1);
  expect(cached, "getProduct(1) served from the cache").toEqual(espresso);
});

test("serves at least 80% of a realistic read sequence without the database", async () => {
  // A product page under load: a few popular products read again and again.
  const ids = [1, 2, 1, 3, 1, 2, 11, 1, 2, 3, 1, 1, 2, 11, 1, 3, 2, 1, 1, 2];
  for (const id of ids) {
    const product = await getProduct(id);
    expect(product?.id, `id of the product returned for getProduct(${id})`).toBe(id);
    expect(product?.name, `name of product ${id}`).toBe(catalogue[id]);
  }
  const hitRatio = (ids.length - world.db.queryCount()) / ids.length;
  expect(
    hitRatio,
    "share of the 20 reads served from the cache (4 distinct products)",
  ).toBeGreaterThanOrEqual(0.8);
});

test("keeps serving the cached product until just before the 60-second TTL", async () => {
  await getProduct(3);
  await world.clock.advance(59_000);
  world.db.resetCounters();
  await getProduct(3);
  expect(world.db.queryCount(), "database queries for a read 59 s after caching").toBe(0);
});

test("reads the database again once the 60-second TTL has passed", async () => {
  await getProduct(4);
  await world.db.query("UPDATE products SET price_cents = 7900 WHERE id = 4");
  await world.clock.advance(61_000);
  const product = await getProduct(4);
  expect(
    product?.priceCents,
    "price served 61 s after the database changed from 8900 to 7900",
  ).toBe(7900);
});

test("returns null for a product that does not exist, on every read", async () => {
  expect(await getProduct(999), "first getProduct(999)").toBeNull();
  expect(await getProduct(999), "second getProduct(999)").toBeNull();
});

test("finds a product created after a miss once the TTL has passed", async () => {
  expect(await getProduct(998), "getProduct(998) before it exists").toBeNull();
  await world.db.query(
    "INSERT INTO products (id, name, price_cents) VALUES (998, 'Travel mug', 1500)",
  );
  await world.clock.advance(61_000);
  expect(await getProduct(998), "getProduct(998) 61 s after it was created").toEqual({
    id: 998,
    name: "Travel mug",
    priceCents: 1500,
  });
});
