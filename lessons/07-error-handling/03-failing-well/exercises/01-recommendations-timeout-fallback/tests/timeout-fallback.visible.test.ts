import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("a slow recommendations service does not hold the page past the timeout", async () => {
  // The service takes 5 seconds to answer.
  world.http.route("GET", "https://recs.test/recommendations", async () => {
    await world.clock.sleep(5_000);
    return { status: 200, body: { items: [{ id: 2, name: "Merino running socks, 3 pairs" }] } };
  });
  const started = world.clock.now();
  const res = await world.http.request(handler, { method: "GET", path: "/products/1" });
  const elapsed = world.clock.now() - started;

  expect(res.status, "status of GET /products/1").toBe(200);
  expect(res.body, "the page").toMatchObject({
    product: { id: 1, name: "Trail running shoes" },
    degraded: ["recommendations"],
  });
  expect(elapsed, "virtual ms the page took").toBeLessThan(260);
});
