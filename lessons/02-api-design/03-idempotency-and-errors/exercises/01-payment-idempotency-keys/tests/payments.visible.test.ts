import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("the same Idempotency-Key twice charges the card once", async () => {
  let charges = 0;
  world.http.route("POST", "https://payments.test/charges", () => {
    charges++;
    return { status: 201, body: { id: `ch_visible_${charges}`, status: "succeeded" } };
  });
  const request = {
    method: "POST",
    path: "/payments",
    headers: { "content-type": "application/json", "idempotency-key": "checkout-42" },
    body: { orderId: 9042, amountCents: 2599 },
  };
  const first = await world.http.request(handler, request);
  const retry = await world.http.request(handler, request);
  expect(first.status, "status of the first request").toBe(201);
  expect(retry.body, "body of the retry (the first response again)").toEqual(first.body);
  expect(charges, "charges the payment provider received").toBe(1);
});
