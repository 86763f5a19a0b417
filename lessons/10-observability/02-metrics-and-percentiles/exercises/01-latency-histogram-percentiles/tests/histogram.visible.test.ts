import { test, expect } from "@pillars/test";
import { createHistogram } from "@pillars/learner";

test("p50 and p95 of ten requests, interpolated inside their buckets", () => {
  const h = createHistogram([10, 50, 100]);
  // Seven fast requests, two medium ones and one slow one.
  for (const ms of [3, 4, 4, 5, 6, 8, 9, 30, 45, 80]) h.observe(ms);

  expect(h.count(), "observations").toBe(10);
  expect(h.buckets(), "cumulative buckets").toEqual([
    { le: 10, count: 7 },
    { le: 50, count: 9 },
    { le: 100, count: 10 },
    { le: "+Inf", count: 10 },
  ]);
  // p50: rank 0.5 * 10 = 5, the 5th of the 7 values in (0, 10]: 0 + 10 * 5/7.
  expect(h.quantile(0.5), "p50 in ms").toBeCloseTo(7.142857, 4);
  // p95: rank 9.5, half-way through the one value in (50, 100]: 50 + 50 * 0.5/1.
  expect(h.quantile(0.95), "p95 in ms").toBeCloseTo(75, 6);
});
