import { test, expect, world, beforeEach } from "@pillars/test";
import { getReport } from "@pillars/learner";

const seeded = { orderCount: 6, revenueCents: 30400 };

function burst(size: number) {
  return Promise.all(Array.from({ length: size }, () => getReport()));
}

beforeEach(async () => {
  // Every test starts with a cold cache and fresh counters.
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
  world.db.resetCounters();
});

test("returns the order count and revenue of the orders table", async () => {
  expect(await getReport(), "getReport() on a cold cache").toEqual(seeded);
});

test("every one of 20 concurrent callers receives the report", async () => {
  const reports = await burst(20);
  expect(reports, "the 20 results").toHaveLength(20);
  reports.forEach((report, i) =>
    expect(report, `report received by caller ${i + 1}`).toEqual(seeded),
  );
});

test("calls after the report is cached make no queries", async () => {
  await getReport();
  world.db.resetCounters();
  for (let i = 0; i < 5; i++) await getReport();
  await burst(10);
  expect(world.db.queryCount(), "queries for 15 reads of a cached report").toBe(0);
});

test("after the 60-second TTL a new burst runs the query once and sees new orders", async () => {
  await getReport();
  await world.db.query(
    "INSERT INTO orders (id, event, total_cents) VALUES (7, 'Jazz night', 4500)",
  );
  await world.clock.advance(61_000);
  world.db.resetCounters();
  const reports = await burst(20);
  expect(world.db.queryCount(), "report queries for a burst of 20 after the entry expired").toBe(1);
  expect(reports[19], "report received by the last caller").toEqual({
    orderCount: 7,
    revenueCents: 34900,
  });
});

test("a failed report query is not handed to later callers", async () => {
  world.db.failOn(/from\s+orders/i, "statement timeout");
  await expect.rejects(getReport()).toThrow("statement timeout");
  const startedAt = world.clock.now();
  const report = await getReport();
  expect(report, "getReport() called after a failed one").toMatchObject({ orderCount: 7 });
  expect(
    world.clock.now() - startedAt,
    "virtual ms the next call waited (a lock left behind would make it wait for the lock to expire)",
  ).toBeLessThan(1000);
});

test("callers in a burst that meets a failure get the report or the error, never a wrong value", async () => {
  world.db.failOn(/from\s+orders/i, "statement timeout");
  const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => getReport()));
  outcomes.forEach((outcome, i) => {
    if (outcome.status === "fulfilled") {
      expect(outcome.value, `report received by caller ${i + 1}`).toMatchObject({ orderCount: 7 });
    } else {
      expect(String(outcome.reason), `error received by caller ${i + 1}`).toContain(
        "statement timeout",
      );
    }
  });
  expect(await getReport(), "getReport() after the burst").toMatchObject({ orderCount: 7 });
});
