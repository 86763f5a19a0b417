import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("a checkout logs an access line that carries the caller's request id", async () => {
  world.http.route("POST", "https://payments.test/charges", () => ({
    status: 201,
    body: { chargeId: "ch_1" },
  }));

  const res = await world.http.request(handler, {
    method: "POST",
    path: "/checkout",
    headers: { "x-request-id": "req-1" },
    body: { cartId: "cart-1", paymentToken: "tok_visa_4242" },
  });
  expect(res.status, "status of the checkout").toBe(201);

  // world.logs() holds every line of the run; lines from log.info(...) are JSON strings.
  const lines = world.logs().flatMap((entry) => {
    try {
      return [JSON.parse(entry.message)];
    } catch {
      return []; // a console.log line
    }
  });
  const access = lines.find((line) => line.requestId === "req-1" && line.status !== undefined);
  expect(access, "the access line").toMatchObject({
    requestId: "req-1",
    method: "POST",
    path: "/checkout",
    status: 201,
  });
});
