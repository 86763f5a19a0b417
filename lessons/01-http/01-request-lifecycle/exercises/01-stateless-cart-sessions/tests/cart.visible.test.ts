import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("a cart another instance filled is visible on this one", async () => {
  // Another server behind the load balancer put two mugs in session s-visible's cart.
  await world.cache.hset("cart:s-visible", "MUG-01", "2");

  const res = await world.http.request(handler, {
    method: "GET",
    path: "/cart",
    headers: { cookie: "sid=s-visible" },
  });
  expect(res.status, "status for GET /cart").toBe(200);
  expect(res.body, "cart of session s-visible").toEqual({
    items: [{ sku: "MUG-01", quantity: 2 }],
  });
});
