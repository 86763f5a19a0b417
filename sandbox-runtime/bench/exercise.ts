// The benchmark's representative exercise: cache-aside reads over SQLite, five tests that
// use the db, the cache, the virtual clock and the test API's counters.
import type { RunRequest } from "../src/index.ts";

const LEARNER = `import { db, cache } from "@pillars/world";
export async function getProduct(id: number) {
  const key = "product:" + id;
  const hit = await cache.get(key);
  if (hit) return JSON.parse(hit);
  const { rows } = await db.query("SELECT id, name, price FROM products WHERE id = $1", [id]);
  const product = rows[0] ?? null;
  if (product) await cache.set(key, JSON.stringify(product), "EX", 60);
  return product;
}
export async function updatePrice(id: number, price: number) {
  await db.query("UPDATE products SET price = $1 WHERE id = $2", [price, id]);
  await cache.del("product:" + id);
}`;

const TESTS = `import { test, expect, world, beforeEach } from "@pillars/test";
import { getProduct, updatePrice } from "@pillars/learner";
beforeEach(() => { world.db.resetCounters(); world.cache.resetStats(); });
test("reads a product", async () => { expect(await getProduct(1)).toEqual({ id: 1, name: "Lamp", price: 30 }); });
test("a second read is served from the cache", async () => { await getProduct(2); world.db.resetCounters(); await getProduct(2); expect(world.db.queryCount()).toBe(0); });
test("a missing product is null and not cached", async () => { expect(await getProduct(99)).toBeNull(); expect(await world.cache.get("product:99")).toBeNull(); });
test("the cache entry expires after 60 s", async () => { await getProduct(3); await world.clock.advance(61_000); world.db.resetCounters(); await getProduct(3); expect(world.db.queryCount()).toBe(1); });
test("an update invalidates the cache", async () => { await getProduct(1); await updatePrice(1, 35); expect((await getProduct(1)).price).toBe(35); });`;

const SEED = `CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price INTEGER NOT NULL);
INSERT INTO products VALUES (1, 'Lamp', 30), (2, 'Desk', 120), (3, 'Chair', 80);`;

/** `variant` changes the learner's source (a comment) so that its compile is not cached. */
export function benchExercise(variant: number | null): RunRequest {
  const files = {
    "index.ts": variant === null ? LEARNER : `${LEARNER}\n// submission ${variant}\n`,
  };
  return { files, tests: { "product.test.ts": TESTS }, fixtures: { sql: SEED } };
}
