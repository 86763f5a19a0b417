import { test, expect } from "@pillars/test";
import { createHashRing } from "@pillars/learner";

test("adding a fifth shard moves at most 30% of the keys", () => {
  const ring = createHashRing();
  for (const shard of ["orders-a", "orders-b", "orders-c", "orders-d"]) ring.addShard(shard);
  const keys = Array.from({ length: 5_000 }, (_, i) => `customer:${i}`);
  const before = keys.map((key) => ring.shardFor(key));

  ring.addShard("orders-e");
  const moved = keys.filter((key, i) => ring.shardFor(key) !== before[i]).length;
  expect(moved / keys.length, "share of keys that changed shard").toBeLessThanOrEqual(0.3);
});
