import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("v1 keeps its shape while v2 sends integer cents", async () => {
  const v1 = await world.http.request(handler, { method: "GET", path: "/v1/products/1" });
  expect(v1.body, "GET /v1/products/1").toEqual({
    id: 1,
    name: "Espresso beans, 1 kg",
    price: "24.50",
    currency: "EUR",
  });
  const v2 = await world.http.request(handler, { method: "GET", path: "/v2/products/1" });
  expect(v2.status, "status of GET /v2/products/1").toBe(200);
  expect(v2.body, "GET /v2/products/1").toEqual({
    id: 1,
    name: "Espresso beans, 1 kg",
    price: { amountCents: 2450, currency: "EUR" },
    discontinued: false,
  });
});
