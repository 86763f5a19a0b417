import { test, expect } from "@pillars/test";
import { createLru } from "@pillars/learner";

// Runs after the other test files, so a run stopped by the CPU limit keeps their results.

test(
  "200,000 operations on a 50,000-entry cache finish within the CPU limit",
  () => {
    // 100,000 inserts (the first 50,000 are evicted along the way), then 100,000 reads:
    // half hit recent keys, half ask for evicted ones. An O(1) cache does this in tens of
    // milliseconds; one that scans its entries on each call needs billions of steps.
    const cache = createLru(50_000);
    for (let i = 0; i < 100_000; i++) cache.set(`sku:${i}`, i);
    let hits = 0;
    for (let i = 0; i < 100_000; i++) {
      const key = i % 2 === 0 ? `sku:${50_000 + (i % 50_000)}` : `sku:${i % 50_000}`;
      if (cache.get(key) !== undefined) hits++;
    }
    expect(cache.size(), "entries held after 100,000 inserts, capacity 50,000").toBe(50_000);
    expect(hits, "reads that found a value (50,000 recent keys, 50,000 evicted)").toBe(50_000);
  },
  {
    hint: "If this run stopped on the CPU limit, get or set scans the entries. Each must take constant time: a Map lookup, no findIndex, indexOf or splice.",
  },
);
