import { test, expect, world } from "@pillars/test";
import { app } from "@pillars/learner";

test("a customer reads their own order", async () => {
  const res = await world.http.request(app, {
    method: "GET",
    path: "/orders/101",
    headers: { authorization: "Bearer sess_ada_9f2c41d7" },
  });
  expect(res.status, "status of Ada's GET /orders/101").toBe(200);
  expect(res.body, "the order").toEqual({
    id: 101,
    event: "Jazz on the River",
    totalCents: 9000,
    status: "paid",
  });
});

test("a request without a session is 401, not 403", async () => {
  const res = await world.http.request(app, { method: "GET", path: "/orders/101" });
  expect(res.status, "status of GET /orders/101 with no Authorization header").toBe(401);
});
