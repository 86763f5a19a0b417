import { test, expect } from "@pillars/test";
import { createRecentBuffer } from "@pillars/learner";

// Runs after the other test files, so a run stopped by the memory limit keeps their results.

test(
  "an error storm of 1,000,000 items fits in memory: only the last 100 are kept",
  () => {
    // Each item is a fresh object, as real error records are. A buffer that keeps them all
    // needs far more than the run's 64 MiB; one that keeps 100 needs a few kilobytes.
    const errors = createRecentBuffer(100);
    for (let i = 0; i < 1_000_000; i++) {
      errors.push({ seq: i, code: "upstream_timeout", path: `/orders/${i}` });
    }
    const latest = errors.latest(2) as { seq: number }[];
    expect(
      latest.map((item) => item.seq),
      "seq of the two newest items",
    ).toEqual([999_999, 999_998]);
    expect(errors.size(), "items held after 1,000,000 pushes into a buffer of 100").toBe(100);
    expect(errors.dropped(), "items overwritten").toBe(999_900);
  },
  {
    hint: "If the run stopped on the memory or the CPU limit, the buffer keeps every item (as the heap fills, the garbage collector works harder and harder). Write into a fixed array of `capacity` slots and wrap the index.",
  },
);
