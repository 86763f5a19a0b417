import { test, expect, world } from "@pillars/test";
import { createHealthHandler, handler } from "@pillars/learner";

const get = (h: unknown, path: string) =>
  world.http.request(h as Parameters<typeof world.http.request>[0], { method: "GET", path });

/** Virtual ms a request to `path` took, and its response. */
async function timed(h: unknown, path: string) {
  const startedAt = world.clock.now();
  const res = await get(h, path);
  return { res, ms: world.clock.now() - startedAt };
}

test("a healthy instance is ready: 200 with both checks up", async () => {
  const res = await get(handler, "/readyz");
  expect(res.status, "GET /readyz status with db and cache up").toBe(200);
  expect(res.body, "GET /readyz body").toMatchObject({
    status: "ready",
    checks: { db: { status: "up" }, cache: { status: "up" } },
  });
});

test("/healthz stays 200 and touches no dependency while db and cache are down", async () => {
  world.db.failOn(/./, "database is down", 1);
  world.cache.failNext(1, "cache is down");
  world.db.resetCounters();
  world.cache.resetStats();
  const live = await get(handler, "/healthz");
  expect(live.status, "GET /healthz status").toBe(200);
  expect(live.body, "GET /healthz body").toEqual({ status: "ok" });
  expect(world.db.queryCount(), "database queries made by /healthz").toBe(0);
  expect(world.cache.stats().commands, "cache commands made by /healthz").toBe(0);
  // The same outage makes the instance not ready (and uses up the injected failures).
  const ready = await get(handler, "/readyz");
  expect(ready.status, "GET /readyz status with db and cache down").toBe(503);
  expect(ready.body, "GET /readyz body").toMatchObject({
    status: "not_ready",
    checks: { db: { status: "down", error: "failed" }, cache: { status: "down", error: "failed" } },
  });
});

test("a failing database gives 503 naming the check, without leaking the error", async () => {
  world.db.failOn(/select/i, "connect ECONNREFUSED 10.0.3.7:5432", 1);
  const res = await get(handler, "/readyz");
  expect(res.status, "GET /readyz status while the database refuses connections").toBe(503);
  expect(res.body, "GET /readyz body").toMatchObject({
    status: "not_ready",
    checks: { db: { status: "down", error: "failed" }, cache: { status: "up" } },
  });
  const body = JSON.stringify(res.body);
  expect(body.includes("ECONNREFUSED") || body.includes("10.0.3.7"), "internals in the body").toBe(
    false,
  );
  const logged = world
    .logs()
    .some((line) => /"db"/.test(line.message) && /ECONNREFUSED/.test(line.message));
  expect(logged, "a log line with the check's name and the cause, for us").toBe(true);
});

test("readiness recovers as soon as the dependency does: no sticky failure", async () => {
  world.cache.failNext(1, "READONLY You can't write against a read only replica");
  const down = await get(handler, "/readyz");
  expect(down.status, "GET /readyz while the cache fails").toBe(503);
  expect(down.body, "GET /readyz body").toMatchObject({
    checks: { db: { status: "up" }, cache: { status: "down", error: "failed" } },
  });
  const up = await get(handler, "/readyz");
  expect(up.status, "GET /readyz on the next probe, cache back").toBe(200);
});

test("a dependency that hangs is cut off at 200 ms and reported as a timeout", async () => {
  const probes = createHealthHandler({
    db: () => world.db.query("SELECT 1"),
    search: () => new Promise(() => {}), // never answers
  });
  const { res, ms } = await timed(probes, "/readyz");
  expect(ms, "virtual ms /readyz took with one check hanging").toBeGreaterThanOrEqual(200);
  expect(ms, "virtual ms /readyz took with one check hanging").toBeLessThanOrEqual(205);
  expect(res.status, "GET /readyz status").toBe(503);
  expect(res.body, "GET /readyz body").toMatchObject({
    status: "not_ready",
    checks: { db: { status: "up" }, search: { status: "down", error: "timeout" } },
  });
});

test("checks run in parallel: two 150 ms checks take 150 ms, not 300", async () => {
  const probes = createHealthHandler({
    payments: () => world.clock.sleep(150),
    inventory: () => world.clock.sleep(150),
  });
  const { res, ms } = await timed(probes, "/readyz");
  expect(res.status, "GET /readyz status with two slow but healthy checks").toBe(200);
  expect(ms, "virtual ms /readyz took for two 150 ms checks").toBeLessThan(200);
});

test("a check that throws synchronously is a failed check, not a crashed probe", async () => {
  const probes = createHealthHandler({
    config: () => {
      throw new Error("config file missing");
    },
  });
  const res = await get(probes, "/readyz");
  expect(res.status, "GET /readyz status").toBe(503);
  expect(res.body, "GET /readyz body").toMatchObject({
    checks: { config: { status: "down", error: "failed" } },
  });
  const other = await get(probes, "/metrics");
  expect(other.status, "status of a path that is not a probe").toBe(404);
});
