import { test, expect } from "@pillars/test";
import { createHashRing } from "@pillars/learner";

const FOUR = ["orders-a", "orders-b", "orders-c", "orders-d"];
const KEYS = Array.from({ length: 10_000 }, (_, i) => `customer:${i * 7 + 13}`);

function ringOf(shards: string[], options?: { vnodes?: number }) {
  const ring = createHashRing(options);
  for (const s of shards) ring.addShard(s);
  return ring;
}

function countPerShard(ring: { shardFor(key: string): string }, keys: string[]) {
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const shard = ring.shardFor(key);
    counts[shard] = (counts[shard] ?? 0) + 1;
  }
  return counts;
}

test("a key always maps to the same shard, and only to shards on the ring", () => {
  const ring = ringOf(FOUR);
  const placed = KEYS.map((key) => ring.shardFor(key));
  const offRing = placed.filter((shard) => !FOUR.includes(shard)).length;
  expect(offRing, "keys placed on a shard that is not on the ring").toBe(0);
  const unstable = KEYS.filter((key, i) => ring.shardFor(key) !== placed[i]).length;
  expect(unstable, "keys placed differently when asked twice").toBe(0);
  // A second ring built the same way agrees: app servers need no shared state to route.
  const other = ringOf(FOUR);
  const disagree = KEYS.filter((key) => other.shardFor(key) !== ring.shardFor(key)).length;
  expect(disagree, "keys two identical rings place differently").toBe(0);
});

test("with the default virtual nodes, every shard holds within 25% of a fair share", () => {
  const counts = countPerShard(ringOf(FOUR), KEYS);
  const fair = KEYS.length / FOUR.length;
  for (const shard of FOUR) {
    const share = (counts[shard] ?? 0) / fair;
    expect(share, `${shard}'s keys as a multiple of a fair share`).toBeGreaterThanOrEqual(0.75);
    expect(share, `${shard}'s keys as a multiple of a fair share`).toBeLessThanOrEqual(1.25);
  }
});

test(
  "adding a fifth shard moves about a fifth of the keys, all of them to the new shard",
  () => {
    const ring = ringOf(FOUR);
    const before = KEYS.map((key) => ring.shardFor(key));
    ring.addShard("orders-e");
    let moved = 0;
    let movedElsewhere = 0;
    KEYS.forEach((key, i) => {
      const now = ring.shardFor(key);
      if (now === before[i]) return;
      moved++;
      if (now !== "orders-e") movedElsewhere++;
    });
    expect(
      moved / KEYS.length,
      "share of keys that moved (ideal: 1/5 = 0.2)",
    ).toBeGreaterThanOrEqual(0.12);
    expect(moved / KEYS.length, "share of keys that moved (ideal: 1/5 = 0.2)").toBeLessThanOrEqual(
      0.28,
    );
    expect(movedElsewhere, "keys that moved between two old shards").toBe(0);
  },
  {
    hint: "With hash % count, changing the count from 4 to 5 changes the remainder of most keys. On a ring, a new shard only takes the arcs just before its own points.",
  },
);

test("removing a shard moves only that shard's keys, spread over all the others", () => {
  const five = [...FOUR, "orders-e"];
  const ring = ringOf(five);
  const before = KEYS.map((key) => ring.shardFor(key));
  ring.removeShard("orders-c");
  const receivedBy = new Set<string>();
  let movedFromOthers = 0;
  let stillOnRemoved = 0;
  KEYS.forEach((key, i) => {
    const now = ring.shardFor(key);
    if (now === "orders-c") stillOnRemoved++;
    if (before[i] === "orders-c") receivedBy.add(now);
    else if (now !== before[i]) movedFromOthers++;
  });
  expect(stillOnRemoved, "keys still placed on the removed shard").toBe(0);
  expect(movedFromOthers, "keys that moved although their shard stayed").toBe(0);
  expect(receivedBy.size, "shards that took over orders-c's keys (of 4)").toBe(4);
  expect(ring.shards().sort(), "shards left on the ring").toEqual([
    "orders-a",
    "orders-b",
    "orders-d",
    "orders-e",
  ]);
});

test("adding a shard that is already on the ring changes nothing", () => {
  const ring = ringOf(FOUR);
  const before = KEYS.slice(0, 2_000).map((key) => ring.shardFor(key));
  ring.addShard("orders-b");
  const after = KEYS.slice(0, 2_000).map((key) => ring.shardFor(key));
  expect(after, "shards of 2,000 keys after adding orders-b a second time").toEqual(before);
  expect(ring.shards().length, "shards on the ring").toBe(4);
});

test("an empty ring refuses to place a key", () => {
  const ring = createHashRing();
  let threw = false;
  try {
    ring.shardFor("customer:1");
  } catch {
    threw = true;
  }
  expect(threw, "shardFor on a ring with no shards throws").toBe(true);
});
