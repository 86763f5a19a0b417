import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("Server-Timing shows where a shipped order's 114 ms went", async () => {
  // The shipping service takes 50 ms of network plus 60 ms of its own work.
  world.http.route("GET", "https://shipping.test/tracking", async () => {
    await world.clock.sleep(60);
    return { status: 200, body: { carrier: "DHL", status: "in transit" } };
  });
  const res = await world.http.request(handler, { method: "GET", path: "/orders/5040" });
  expect(res.status, "status").toBe(200);
  // Each query costs 2 ms plus 0.01 ms per row; durations have one decimal.
  expect(res.headers?.["server-timing"], "server-timing header").toBe(
    "order;dur=2.0, items;dur=2.0, tracking;dur=110.0, total;dur=114.0",
  );
});
