import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("/readyz answers 503 and names the check when the database fails", async () => {
  const live = await world.http.request(handler, { method: "GET", path: "/healthz" });
  expect(live.status, "GET /healthz status").toBe(200);

  world.db.failOn(/select/i, "connection refused", 1); // the next SELECT throws, once
  const res = await world.http.request(handler, { method: "GET", path: "/readyz" });
  expect(res.status, "GET /readyz status while the database fails").toBe(503);
  expect(res.body, "GET /readyz body").toMatchObject({
    status: "not_ready",
    checks: { db: { status: "down", error: "failed" }, cache: { status: "up" } },
  });
});
