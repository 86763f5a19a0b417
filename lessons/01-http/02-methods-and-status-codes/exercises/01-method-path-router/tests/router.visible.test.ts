import { test, expect, world } from "@pillars/test";
import { createRouter } from "@pillars/learner";

// A small shop API. Each handler answers with its own name and the params it received, so a
// test can see which route the router picked.
const shop = createRouter([
  { method: "GET", pattern: "/products", handle: () => ({ status: 200, body: { route: "list" } }) },
  {
    method: "GET",
    pattern: "/products/:id",
    handle: (_req: unknown, params: unknown) => ({ status: 200, body: { route: "show", params } }),
  },
]);

test("GET /products/42 reaches the product route with id 42", async () => {
  const res = await world.http.request(shop, { method: "GET", path: "/products/42" });
  expect(res.status, "status").toBe(200);
  expect(res.body, "body from the matched route").toEqual({ route: "show", params: { id: "42" } });
});

test("a path no route knows gets 404", async () => {
  const res = await world.http.request(shop, { method: "GET", path: "/basket" });
  expect(res.status, "status for GET /basket").toBe(404);
});
