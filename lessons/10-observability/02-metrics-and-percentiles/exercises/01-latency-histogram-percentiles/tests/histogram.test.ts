import { test, expect } from "@pillars/test";
import { createHistogram } from "@pillars/learner";

/** A morning of checkout latencies: 60 fast, 30 medium, 9 slow and one very slow request. */
function checkoutMorning() {
  const h = createHistogram();
  for (let i = 0; i < 60; i++) h.observe(8);
  for (let i = 0; i < 30; i++) h.observe(40);
  for (let i = 0; i < 9; i++) h.observe(200);
  h.observe(3_000);
  return h;
}

test("each observation is counted in its bucket; a value equal to a bound belongs to it", () => {
  const h = createHistogram([10, 100]);
  for (const ms of [0, 10, 10.5, 99, 100, 100.01, 7_000]) h.observe(ms);
  expect(h.count(), "count() after 7 observations").toBe(7);
  expect(h.sum(), "sum() of the observations").toBeCloseTo(7_319.51, 6);
  expect(h.buckets(), "cumulative buckets of [10, 100]").toEqual([
    { le: 10, count: 2 },
    { le: 100, count: 5 },
    { le: "+Inf", count: 7 },
  ]);
});

test("p50, p95 and p99 interpolate linearly inside the bucket that holds the rank", () => {
  const h = checkoutMorning();
  expect(h.quantile(0.5), "p50: rank 50 of 100, in the (5, 10] bucket").toBeCloseTo(9.1667, 3);
  expect(h.quantile(0.95), "p95: rank 95, in the (100, 250] bucket").toBeCloseTo(183.333, 2);
  expect(h.quantile(0.99), "p99: rank 99, the top of the (100, 250] bucket").toBeCloseTo(250, 6);
  expect(h.quantile(1), "p100: the (2500, 5000] bucket, at its top").toBeCloseTo(5_000, 6);
});

test("on evenly spread data the interpolated quantiles are exact", () => {
  const h = createHistogram([100, 200, 400]);
  for (let ms = 1; ms <= 400; ms++) h.observe(ms);
  expect(h.quantile(0.5), "p50 of 1..400 ms").toBeCloseTo(200, 6);
  expect(h.quantile(0.9), "p90 of 1..400 ms").toBeCloseTo(360, 6);
  expect(h.quantile(0.1), "p10 of 1..400 ms").toBeCloseTo(40, 6);
});

test("a quantile that falls above the highest bound answers that bound", () => {
  const h = createHistogram([10, 100]);
  for (let i = 0; i < 8; i++) h.observe(5);
  h.observe(30_000);
  h.observe(45_000);
  expect(h.quantile(0.5), "p50 (well inside the first bucket)").toBeCloseTo(6.25, 6);
  expect(h.quantile(0.99), "p99, which lands in the +Inf bucket").toBe(100);
});

test("an empty histogram has no quantiles, and bad input is refused, not counted", async () => {
  const h = createHistogram();
  expect(h.quantile(0.99), "p99 with no observations").toBeNull();
  for (const q of [0, -0.5, 1.5, Number.NaN]) {
    await expect.rejects(() => h.quantile(q)).toThrow();
  }
  for (const ms of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
    await expect.rejects(() => h.observe(ms)).toThrow();
  }
  expect(h.count(), "observations counted after only refused input").toBe(0);
});

test("two histograms keep separate counts", () => {
  const checkout = createHistogram();
  const search = createHistogram();
  checkout.observe(20);
  checkout.observe(30);
  search.observe(700);
  expect(checkout.count(), "checkout observations").toBe(2);
  expect(search.count(), "search observations").toBe(1);
  expect(search.quantile(0.5), "search p50").toBeGreaterThan(500);
});

test(
  "memory stays flat: two million observations fit in a 12 MiB heap",
  () => {
    const h = createHistogram();
    for (let i = 0; i < 2_000_000; i++) h.observe((i % 1_000) + 0.5);
    expect(h.count(), "observations counted").toBe(2_000_000);
    expect(h.buckets().length, "buckets after two million observations").toBe(12);
    // 0.5 ms .. 999.5 ms evenly: p50 is near 500 and p99 near 990, to within their buckets.
    expect(h.quantile(0.5), "p50 of 0.5..999.5 ms").toBeCloseTo(500, 0);
    expect(h.quantile(0.99), "p99 of 0.5..999.5 ms").toBeCloseTo(990, 0);
  },
  {
    hint: "Keep one counter per bucket and a running count and sum; do not store the observations.",
  },
);
