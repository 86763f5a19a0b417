import { test, expect } from "@pillars/test";
import { createLru } from "@pillars/learner";

test("a full cache evicts the entry that was used least recently", () => {
  const prices = createLru(2);
  prices.set("sku:grinder", 8900);
  prices.set("sku:kettle", 4500);
  prices.get("sku:grinder"); // the grinder is now more recent than the kettle
  prices.set("sku:filters", 450); // over capacity: the kettle goes

  expect(prices.get("sku:kettle"), "the kettle's price after it was evicted").toBeUndefined();
  expect(prices.get("sku:grinder"), "the grinder's price").toBe(8900);
  expect(prices.get("sku:filters"), "the filters' price").toBe(450);
  expect(prices.size(), "entries held by a cache of capacity 2").toBe(2);
});
