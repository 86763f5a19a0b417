import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("a provider outage is a 502 that does not repeat the provider's message", async () => {
  world.http.route("POST", "https://payments.test/charges", () => ({
    status: 503,
    body: { error: "psp-gw-3.internal: acquirer timeout" },
  }));
  const res = await world.http.request(handler, {
    method: "POST",
    path: "/payments",
    headers: { "x-request-id": "req-visible-1" },
    body: { orderId: 5007, card: { number: "4000056655665556", cvc: "8613" } },
  });
  expect(res.status, "status when the provider answers 503").toBe(502);
  expect(res.body, "the problem document").toMatchObject({
    type: "https://shop.example/problems/payment-provider-unavailable",
    status: 502,
    requestId: "req-visible-1",
  });
  expect(JSON.stringify(res.body).includes("psp-gw-3"), "the body names the provider's host").toBe(
    false,
  );
});
