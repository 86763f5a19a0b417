import { test, expect, world } from "@pillars/test";
import { createLru } from "@pillars/learner";

test("returns what was set, and undefined for a key never set", () => {
  const cache = createLru(3);
  cache.set("sku:beans", { priceCents: 2450 });
  expect(cache.get("sku:beans"), "value stored under sku:beans").toEqual({
    priceCents: 2450,
  });
  expect(cache.get("sku:missing"), "value of a key never set").toBeUndefined();
});

test("evicts in least-recently-used order, one entry per insert over capacity", () => {
  const cache = createLru(3);
  cache.set("a", "A");
  cache.set("b", "B");
  cache.set("c", "C");
  cache.set("d", "D"); // evicts a
  expect(cache.get("a"), "a, the oldest entry, after inserting d").toBeUndefined();
  cache.set("e", "E"); // evicts b
  expect(cache.get("b"), "b, next oldest, after inserting e").toBeUndefined();
  expect([cache.get("c"), cache.get("d"), cache.get("e")], "c, d and e").toEqual(["C", "D", "E"]);
  expect(cache.size(), "size of a full cache of capacity 3").toBe(3);
});

test("reading an entry protects it from the next eviction", () => {
  const cache = createLru(3);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.set("c", 3);
  cache.get("a"); // a is now the most recently used
  cache.set("d", 4); // so b is the one to go
  expect(cache.get("a"), "a, read just before the insert").toBe(1);
  expect(cache.get("b"), "b, least recently used when d arrived").toBeUndefined();
});

test("setting an existing key replaces the value, counts as a use and does not grow the cache", () => {
  const cache = createLru(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.set("a", 10); // a is updated and becomes the most recent
  expect(cache.size(), "size after updating an existing key").toBe(2);
  cache.set("c", 3); // b goes, not a
  expect(cache.get("a"), "a after its update").toBe(10);
  expect(cache.get("b"), "b, least recently used when c arrived").toBeUndefined();
});

test("delete removes an entry, frees its slot and reports whether it existed", () => {
  const cache = createLru(2);
  cache.set("a", 1);
  cache.set("b", 2);
  expect(cache.delete("a"), "delete of a key that exists").toBe(true);
  expect(cache.delete("a"), "delete of the same key again").toBe(false);
  expect(cache.size(), "size after deleting one of two").toBe(1);
  cache.set("c", 3); // fits in the freed slot: nothing is evicted
  expect(cache.get("b"), "b, which should not have been evicted").toBe(2);
  expect(cache.get("c"), "c").toBe(3);
});

test("with ttlMs, an entry expires on the virtual clock and a new set restarts its TTL", async () => {
  const cache = createLru(10, { ttlMs: 60_000 });
  cache.set("fx:EUR", 108);
  cache.set("fx:GBP", 127);
  await world.clock.advance(59_000);
  expect(cache.get("fx:EUR"), "EUR rate 59 s after it was set (TTL 60 s)").toBe(108);
  cache.set("fx:GBP", 128); // a fresh value: its 60 s start again
  await world.clock.advance(2_000);
  expect(cache.get("fx:EUR"), "EUR rate 61 s after it was set").toBeUndefined();
  expect(cache.get("fx:GBP"), "GBP rate 2 s after it was set again").toBe(128);
  const plain = createLru(10);
  plain.set("k", 1);
  await world.clock.advance(365 * 24 * 3600_000);
  expect(plain.get("k"), "an entry without ttlMs, a year later").toBe(1);
});

test("rejects a capacity that is not a positive integer", () => {
  for (const bad of [0, -1, 2.5, Number.NaN]) {
    let error: unknown = null;
    try {
      createLru(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error instanceof RangeError, `createLru(${bad}) throws a RangeError`).toBe(true);
  }
});
